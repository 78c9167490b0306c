package org.vaspflow.io.lobster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.vaspflow.io.parse.Completeness;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.parse.TextCursor;

/**
 * Reads GROSSPOP.lobster:
 *
 * <pre>
 *   atom#    atom   basisfunction     Mulliken GP      Loewdin GP
 *                                      For spin 1      For spin 1        (LOBSTER 5 only)
 *       1      Li             1s            2.07            1.99
 *                             2s            0.22            0.30
 *                          total            2.29            2.29
 * </pre>
 *
 * Which column is which comes from the "For spin" line when there is one: the k-th column naming spin s holds
 * the k-th method of the header (Mulliken, then Löwdin) for that spin, so both "1 2 1 2" and "1 1 2 2" orders
 * read right. Without that line, two columns are Mulliken and Löwdin, four are Mulliken and Löwdin of spin 1
 * then of spin 2. pymatgen 2022.11.7 fails on the LOBSTER 5 header (could not convert 'spin').
 */
public final class GrosspopReader {
    private GrosspopReader() {
    }

    public static Grosspop read(Path file) {
        return TextCursor.read(file, GrosspopReader::parse);
    }

    public static Grosspop parse(String name, String text) {
        return TextCursor.parse(name, text, GrosspopReader::parse);
    }

    private static Grosspop parse(TextCursor c) {
        String header = c.skipTo("#");
        if (header == null || !header.strip().startsWith("atom#") || !header.contains("GP")) {
            throw new ParseException(c.file(), Math.max(1, c.lineNumber()), 1, header == null ? "" : header,
                    "not a GROSSPOP.lobster: no 'atom#  atom  basisfunction  Mulliken GP  Loewdin GP' header");
        }
        int[] spinOfColumn = null;
        List<Grosspop.Atom> atoms = new ArrayList<>();
        AtomRows current = null;
        String line;
        while ((line = c.next()) != null) {
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (t.regionMatches(true, 0, "For spin", 0, 8)) {
                spinOfColumn = spins(c, t);
                continue;
            }
            String[] tok = TextCursor.tokens(t);
            if (tok[0].chars().allMatch(Character::isDigit)) {
                if (current != null) {
                    throw c.error("atom " + current.number + " has no 'total' row");
                }
                if (tok.length < 3) {
                    throw c.error("expected atom number, element, basis function and populations");
                }
                current = new AtomRows(c.parseInt(tok[0]), tok[1], columns(c, tok.length - 3, spinOfColumn));
                tok = Arrays.copyOfRange(tok, 2, tok.length);
            } else if (current == null) {
                throw c.error("basis-function row before its atom row");
            }
            if (current.add(c, tok)) {
                atoms.add(current.build());
                current = null;
            }
        }
        if (atoms.isEmpty() && current == null) {
            throw new ParseException(c.file(), c.lineNumber(), 0, "", "no atoms in GROSSPOP.lobster (file cut?)");
        }
        Completeness done = Completeness.COMPLETE;
        if (current != null) {
            done = Completeness.partial(c.lineNumber(), "atom " + current.number + " has no 'total' row (file cut?)");
            atoms.add(current.build());
        }
        int nSpins = atoms.get(0).mullikenTotal().length;
        return new Grosspop(nSpins, atoms, done);
    }

    private static int[] spins(TextCursor c, String line) {
        String[] tok = TextCursor.tokens(line);
        List<Integer> spins = new ArrayList<>();
        for (int i = 0; i + 2 < tok.length; i += 3) {
            if (!tok[i].equalsIgnoreCase("for") || !tok[i + 1].equalsIgnoreCase("spin")) {
                throw c.errorAt(tok[i], "expected 'For spin n' per column");
            }
            spins.add(c.parseInt(tok[i + 2]));
        }
        if (spins.isEmpty() || tok.length % 3 != 0) {
            throw c.error("expected 'For spin n' per column");
        }
        return spins.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Column layout: {@code [column] = spin * 2 + method} (method 0 Mulliken, 1 Löwdin), from the spin line when
     * there is one.
     */
    private static int[] columns(TextCursor c, int n, int[] spinOfColumn) {
        if (spinOfColumn == null) {
            if (n != 2 && n != 4) {
                throw c.error("expected Mulliken and Loewdin populations (per spin)");
            }
            return n == 2 ? new int[] {0, 1} : new int[] {0, 1, 2, 3};
        }
        if (spinOfColumn.length != n) {
            throw c.error("the 'For spin' line names " + spinOfColumn.length + " columns, this row has " + n);
        }
        int[] seen = new int[3];
        int[] slot = new int[n];
        for (int j = 0; j < n; j++) {
            int s = spinOfColumn[j];
            if (s < 1 || s > 2 || seen[s] > 1) {
                throw c.error("spin " + s + " in the 'For spin' line is not 1 or 2, or named more than twice");
            }
            slot[j] = (s - 1) * 2 + seen[s]++;
        }
        return slot;
    }

    /** One atom's rows until its "total". */
    private static final class AtomRows {
        final int number;
        final String element;
        final int[] slot;
        final int nSpins;
        final List<String> orbitals = new ArrayList<>();
        double[][] values = new double[4][];
        double[] total;

        AtomRows(int number, String element, int[] slot) {
            this.number = number;
            this.element = element;
            this.slot = slot;
            this.nSpins = slot.length / 2;
        }

        /** Adds a row "function v…"; true when it was the total. */
        boolean add(TextCursor c, String[] tok) {
            if (tok.length != 1 + slot.length) {
                throw c.error("expected a basis function and " + slot.length + " populations");
            }
            double[] row = new double[4];
            for (int j = 0; j < slot.length; j++) {
                row[slot[j]] = c.parseDouble(tok[1 + j]);
            }
            if (tok[0].equals("total")) {
                total = row;
                return true;
            }
            orbitals.add(tok[0]);
            if (orbitals.size() > values.length) {
                values = Arrays.copyOf(values, 2 * values.length);
            }
            values[orbitals.size() - 1] = row;
            return false;
        }

        Grosspop.Atom build() {
            int n = orbitals.size();
            double[] m = new double[nSpins * n];
            double[] l = new double[nSpins * n];
            for (int s = 0; s < nSpins; s++) {
                for (int o = 0; o < n; o++) {
                    m[s * n + o] = values[o][2 * s];
                    l[s * n + o] = values[o][2 * s + 1];
                }
            }
            double[] mt = new double[nSpins];
            double[] lt = new double[nSpins];
            for (int s = 0; s < nSpins; s++) {
                mt[s] = total == null ? Double.NaN : total[2 * s];
                lt[s] = total == null ? Double.NaN : total[2 * s + 1];
            }
            return new Grosspop.Atom(number, element, List.copyOf(orbitals), m, l, mt, lt);
        }
    }
}
