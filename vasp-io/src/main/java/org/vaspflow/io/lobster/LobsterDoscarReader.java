package org.vaspflow.io.lobster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vaspflow.io.parse.ByteLines;
import org.vaspflow.io.parse.Completeness;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.parse.TextCursor;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.vasp.Dos;
import org.vaspflow.io.vasp.out.DoscarReader;

/**
 * Reads DOSCAR.lobster: VASP's DOSCAR layout (shared with {@link DoscarReader#readTotal}), with each atom's block
 * header naming the atom and its basis functions, and columns per basis function (and spin):
 *
 * <pre>
 *      17.01116449  -22.70670730 10001  -0.88711756  1.00000000; Z= 11; 3s 2p_y 2p_z 2p_x
 * -22.70671   0.00000   0.00000 …     E, then per basis function (up, down when spin-polarised)
 * </pre>
 *
 * Energies are already E − E_F. pymatgen needs a structure file to read this file; vaspflow does not.
 */
public final class LobsterDoscarReader {
    private LobsterDoscarReader() {
    }

    public static LobsterDoscar read(Path file) {
        try (ByteLines c = ByteLines.open(file)) {
            return parse(c);
        }
    }

    private static LobsterDoscar parse(ByteLines c) {
        DoscarReader.TotalBlock t = DoscarReader.readTotal(c);
        Dos total = t.dos();
        int spins = total.nSpins();
        int nedos = total.nEnergies();
        List<LobsterDoscar.AtomDos> atoms = new ArrayList<>();
        Completeness done = Completeness.COMPLETE;
        try {
            for (int a = 0; t.projected() && a < t.nIons(); a++) {
                DoscarReader.header(c);
                String[] parts = c.current().split(";");
                if (parts.length < 3) {
                    throw c.error("a DOSCAR.lobster atom header ends with '; Z= n; basis functions'");
                }
                int z = DoscarReader.integer(c, parts[1].replace("Z=", "").strip());
                Element element = Element.ofZ(z);
                List<String> orbitals = List.of(TextCursor.tokens(parts[2]));
                double[] density = new double[spins * orbitals.size() * nedos];
                for (int e = 0; e < nedos; e++) {
                    c.require("row " + (e + 1) + " of atom " + (a + 1));
                    if (c.doubles() != 1 + spins * orbitals.size()) {
                        throw c.error("expected " + (1 + spins * orbitals.size()) + " columns");
                    }
                    double[] row = c.values();
                    for (int o = 0; o < orbitals.size(); o++) {
                        for (int s = 0; s < spins; s++) {
                            density[(s * orbitals.size() + o) * nedos + e] = row[1 + o * spins + s];
                        }
                    }
                }
                atoms.add(new LobsterDoscar.AtomDos(element, orbitals, density));
            }
        } catch (ParseException | IllegalArgumentException e) {
            if (e instanceof IllegalArgumentException) {
                throw c.error("Z is not an element");
            }
            done = Completeness.partial((ParseException) e);
        }
        return new LobsterDoscar(total, List.copyOf(atoms), done);
    }
}
