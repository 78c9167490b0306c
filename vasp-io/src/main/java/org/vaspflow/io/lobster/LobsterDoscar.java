package org.vaspflow.io.lobster;

import java.util.List;
import org.vaspflow.io.parse.Completeness;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.vasp.Dos;

/**
 * DOSCAR.lobster: the total DOS (energies already relative to E-fermi; see {@link Dos}, without projections) and,
 * per atom, the DOS projected on its LOBSTER basis functions, whose names and number differ from atom to atom.
 *
 * @param atoms one entry per atom in POSCAR order
 */
public record LobsterDoscar(Dos total, List<AtomDos> atoms, Completeness completeness) implements Completeness.Flagged {

    /**
     * @param element from the Z the block header gives
     * @param orbitals basis functions ({@code 3s 2p_y 2p_z 2p_x})
     * @param density flat [spin][orbital][energy]
     */
    public record AtomDos(Element element, List<String> orbitals, double[] density) {
    }
}
