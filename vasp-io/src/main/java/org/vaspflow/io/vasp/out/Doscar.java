package org.vaspflow.io.vasp.out;

import java.util.List;
import java.util.Optional;
import org.vaspflow.io.parse.Completeness;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.vasp.Dos;

/**
 * A DOSCAR: the DOS (same layout as vasprun.xml's, see {@link Dos}), whether it is non-collinear (then the
 * "spin" index of the projected DOS runs over total, mx, my, mz), and the structure of the POSCAR/CONTCAR found
 * beside it, which names the element of each ion.
 */
public record Doscar(Dos dos, boolean nonCollinear, Optional<Structure> structure, List<String> speciesPerIon,
        Completeness completeness) implements Completeness.Flagged {
}
