package org.vaspflow.io.lobster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vaspflow.io.parse.Completeness;
import org.vaspflow.io.parse.Compression;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.parse.TextCursor;

/**
 * Reads ICOHPLIST, ICOOPLIST and ICOBILIST in the three layouts LOBSTER has written:
 *
 * <pre>
 * legacy (LOBSTER 2): spin blocks, no translation, "avg. over # bonds"
 *   COHP#  atomMU  atomNU     distance          ICOHP(eF) avg. over # bonds  for spin  1
 *       1     Fe8     Fe7      2.83189           -0.10218                 2
 *   COHP#  atomMU  atomNU     distance          ICOHP(eF) avg. over # bonds  for spin  2
 *
 * LOBSTER 3-4: spin blocks with translation; orbital-wise rows follow their pair row
 *   COHP#       atomMU       atomNU     distance     translation      ICOHP (at) eF   for spin  1
 *       1          As5          Ga1      2.48990       0   1   1           -2.16463
 *       1       As5_4s       Ga1_4s      2.48990       0   1   1           -0.06008
 *
 * LOBSTER 5.1: the header wraps ("for spin 1" on its own line) and a spin-polarised file gives both spins on
 * one row (two value columns)
 *   COHP#    atomMU    atomNU   distance   translation   ICOHP (at) eF
 *                                                          for spin 1      [for spin 2]
 *       1       Na1       Cl5    2.84731     0  -1   0        -0.56501
 * </pre>
 *
 * pymatgen 2022.11.7 fails on the 5.1 layout (LobsterPy #336); this reader does not. The kind (COHP, COOP,
 * COBI) comes from the header, else from the file name.
 */
public final class IcohplistReader {
    private IcohplistReader() {
    }

    public static Icohplist read(Path file) {
        return TextCursor.read(file, c -> parse(c, Compression.baseName(file)));
    }

    /** Parses text in memory; {@code name} (e.g. {@code ICOBILIST.lobster}) also tells the kind, as a file name does. */
    public static Icohplist parse(String name, String text) {
        return TextCursor.parse(name, text, c -> parse(c, name));
    }

    private static Icohplist parse(TextCursor c, String fileName) {
        Map<String, Builder> bonds = new LinkedHashMap<>();
        List<Builder> order = new ArrayList<>();
        Icohplist.Kind kind = null;
        boolean translation = false;
        int spin = 0;
        boolean twoColumns = false;
        boolean anySpin2 = false;
        Builder last = null;
        int lastSpin = -1;
        String line;
        while ((line = c.next()) != null) {
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            String upper = t.toUpperCase(Locale.ROOT);
            if (upper.startsWith("COHP#") || upper.startsWith("COOP#") || upper.startsWith("COBI#")) {
                kind = Icohplist.Kind.valueOf(upper.substring(0, 4));
                translation = upper.contains("TRANSLATION");
                spin = upper.contains("SPIN  2") || upper.contains("SPIN 2") ? 1 : 0;
                anySpin2 |= spin == 1;
                continue;
            }
            if (upper.startsWith("FOR SPIN")) {
                twoColumns = upper.indexOf("SPIN", upper.indexOf("SPIN") + 4) > 0;
                spin = !twoColumns && upper.contains("SPIN 2") ? 1 : spin;
                anySpin2 |= twoColumns || spin == 1;
                continue;
            }
            if (kind == null) {
                throw c.error("no COHP#/COOP#/COBI# header before the first row: not an ICOHPLIST");
            }
            String[] tok = TextCursor.tokens(t);
            int fixed = translation ? 7 : 4;
            if (tok.length < fixed + 1) {
                throw c.error("expected label, two atoms, distance" + (translation ? ", translation" : "") + " and a value");
            }
            String label = tok[0];
            c.parseInt(label);
            double length = c.parseDouble(tok[3]);
            int[] tr = new int[3];
            if (translation) {
                for (int i = 0; i < 3; i++) {
                    tr[i] = c.parseInt(tok[4 + i]);
                }
            }
            double v1 = c.parseDouble(tok[fixed]);
            double v2 = twoColumns && tok.length > fixed + 1 ? c.parseDouble(tok[fixed + 1]) : Double.NaN;
            // the first row of a label is the atom (or LCFO fragment) pair; the rows after it with the same label
            // are its orbital-resolved terms
            boolean orbital = last != null && last.label.equals(label) && lastSpin == spin;
            if (orbital) {
                last.orbital(spin, tok[1], tok[2], v1, v2);
                continue;
            }
            int bondsAvg = !translation && tok.length > 5 ? c.parseInt(tok[5]) : 1;
            String key = label + "|" + tok[1] + "|" + tok[2] + "|" + tr[0] + "," + tr[1] + "," + tr[2];
            Builder b = bonds.get(key);
            if (b == null) {
                if (spin == 1) {
                    throw c.error("spin-2 row for bond " + label + " that spin 1 did not list");
                }
                b = new Builder(label, tok[1], tok[2], length, tr, bondsAvg);
                bonds.put(key, b);
                order.add(b);
            }
            lastSpin = spin;
            if (spin == 1) {
                b.down = v1;
            } else {
                b.up = v1;
                b.down = twoColumns ? v2 : b.down;
            }
            last = b;
        }
        if (kind == null) {
            throw new ParseException(c.file(), Math.max(1, c.lineNumber()), 0, "", "no COHP#/COOP#/COBI# header: not an ICOHPLIST");
        }
        boolean spinPolarized = anySpin2;
        List<Icohplist.Bond> out = new ArrayList<>(order.size());
        Completeness done = Completeness.COMPLETE;
        for (Builder b : order) {
            if (spinPolarized && Double.isNaN(b.down)) {
                done = Completeness.partial(c.lineNumber(), "bond " + b.label + " has no spin-2 value (file cut?)");
            }
            out.add(b.build(spinPolarized));
        }
        return new Icohplist(kindOf(kind, fileName), spinPolarized, List.copyOf(out), done);
    }

    private static Icohplist.Kind kindOf(Icohplist.Kind fromHeader, String fileName) {
        String n = fileName.toUpperCase(Locale.ROOT);
        if (n.startsWith("ICOOP")) {
            return Icohplist.Kind.COOP;
        }
        if (n.startsWith("ICOBI")) {
            return Icohplist.Kind.COBI;
        }
        return fromHeader;
    }

    private static final class Builder {
        final String label;
        final String atom1;
        final String atom2;
        final double length;
        final int[] translation;
        final int numberOfBonds;
        double up = Double.NaN;
        double down = Double.NaN;
        final Map<String, double[]> orbitals = new LinkedHashMap<>();

        Builder(String label, String atom1, String atom2, double length, int[] translation, int numberOfBonds) {
            this.label = label;
            this.atom1 = atom1;
            this.atom2 = atom2;
            this.length = length;
            this.translation = translation;
            this.numberOfBonds = numberOfBonds;
        }

        void orbital(int spin, String o1, String o2, double v1, double v2) {
            double[] v = orbitals.computeIfAbsent(o1 + "|" + o2, k -> new double[] {Double.NaN, Double.NaN});
            if (spin == 1) {
                v[1] = v1;
            } else {
                v[0] = v1;
                if (!Double.isNaN(v2)) {
                    v[1] = v2;
                }
            }
        }

        Icohplist.Bond build(boolean spinPolarized) {
            List<Icohplist.OrbitalTerm> terms = new ArrayList<>();
            orbitals.forEach((k, v) -> {
                String[] o = k.split("\\|");
                terms.add(new Icohplist.OrbitalTerm(o[0], o[1], v[0], spinPolarized ? v[1] : Double.NaN));
            });
            return new Icohplist.Bond(label, atom1, atom2, length, translation, numberOfBonds, up,
                    spinPolarized ? down : Double.NaN, List.copyOf(terms));
        }
    }
}
