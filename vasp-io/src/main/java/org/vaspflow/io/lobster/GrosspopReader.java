package org.vaspflow.io.lobster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.parse.TextCursor;

/**
 * Reads GROSSPOP.lobster:
 *
 * <pre>
 *   atom#    atom   basisfunction     Mulliken GP      Loewdin GP      (spin: Mulliken GP, Loewdin GP per spin,
 *       1      Li             1s            2.07            1.99        LOBSTER 5 adds a "spin" word to the header)
 *                             2s            0.22            0.30
 *                          total            2.29            2.29
 * </pre>
 *
 * pymatgen 2022.11.7 fails on the LOBSTER 5.1 header; this reader takes the number of value columns from the rows.
 */
public final class GrosspopReader {
    private GrosspopReader() {
    }

    public static Grosspop read(Path file) {
        try (TextCursor c = TextCursor.open(file)) {
            List<Grosspop.Atom> atoms = new ArrayList<>();
            boolean header = false;
            int number = 0;
            String element = null;
            List<Map<String, Double>> mull = null;
            List<Map<String, Double>> loew = null;
            String line;
            while ((line = c.next()) != null) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("Mulliken and Loewdin") || t.startsWith("spin") || t.startsWith("For spin")) {
                    continue;
                }
                if (t.startsWith("atom#")) {
                    header = true;
                    continue;
                }
                if (!header) {
                    throw c.error("not a GROSSPOP.lobster: no 'atom#' header");
                }
                String[] tok = TextCursor.tokens(t);
                int valuesFrom;
                if (tok[0].matches("\\d+") && tok.length > 1 && Character.isLetter(tok[1].charAt(0))
                        && !tok[1].matches("\\d.*")) {
                    if (element != null) {
                        atoms.add(new Grosspop.Atom(number, element, mull, loew));
                    }
                    if (tok.length < 5) {
                        throw c.error("expected atom number, element, basis function and populations");
                    }
                    number = c.parseInt(tok[0]);
                    element = tok[1];
                    mull = new ArrayList<>();
                    loew = new ArrayList<>();
                    valuesFrom = 2;
                } else {
                    if (element == null) {
                        throw c.error("basis-function row before its atom row");
                    }
                    valuesFrom = 0;
                }
                String function = tok[valuesFrom];
                int nValues = tok.length - valuesFrom - 1;
                if (nValues < 2 || nValues % 2 != 0) {
                    throw c.error("expected Mulliken and Loewdin populations (per spin)");
                }
                int spins = nValues / 2;
                while (mull.size() < spins) {
                    mull.add(new LinkedHashMap<>());
                    loew.add(new LinkedHashMap<>());
                }
                for (int s = 0; s < spins; s++) {
                    mull.get(s).put(function, c.parseDouble(tok[valuesFrom + 1 + 2 * s]));
                    loew.get(s).put(function, c.parseDouble(tok[valuesFrom + 2 + 2 * s]));
                }
            }
            if (element != null) {
                atoms.add(new Grosspop.Atom(number, element, mull, loew));
            }
            if (atoms.isEmpty()) {
                throw new ParseException(c.file(), c.lineNumber(), 0, "", "no atoms in GROSSPOP.lobster");
            }
            return new Grosspop(List.copyOf(atoms));
        }
    }
}
