package org.vaspflow.io.vasp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.parse.TextCursor;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.structure.Lattice;
import org.vaspflow.io.structure.Site;
import org.vaspflow.io.structure.Structure;

/**
 * Reads POSCAR/CONTCAR files, VASP 4 and VASP 5 layouts:
 *
 * <pre>
 * Fe2 O2                        comment (VASP 4: may hold the species, e.g. "Fe O")
 *    1.00000000000000           scale; negative = target cell volume in Å³; three values = per-axis scale
 *     -2.0055919881  0.0000001047 -1.1532598317      lattice vector a (Å, before scaling)
 *      0.6966202013  2.9999646227  1.1090891455      b
 *      3.0959449103  0.6754747384 -5.3840470751      c
 *    Fe   O                     species (VASP 5 only; "Fe/abc123" hashed names of VASP 6 accepted)
 *      2     2                  counts per species
 * Selective dynamics            optional (any line starting with S or s)
 * Direct                        or Cartesian (a line starting with C, c, K or k), positions follow
 *   0.0  0.0  0.0  [T T F]  [label]
 * </pre>
 *
 * After the positions a CONTCAR of an MD run may carry a lattice-velocity block ({@code Lattice velocities and
 * vectors}, 8 lines), the ion velocities (optionally headed by a blank, {@code Cartesian} or {@code Direct}
 * line) and the predictor-corrector block; the ion velocities are kept (as Cartesian Å/fs) when they parse, and
 * everything else after the positions is tolerated and ignored. A VASP 4 file (no species line) takes its species from the comment line when that
 * names exactly as many elements as there are counts, else from {@code POTCAR.spec} or {@code POTCAR} beside the
 * file; otherwise it is an error that says so.
 */
public final class PoscarReader {
    private PoscarReader() {
    }

    /** Reads a file (compression by content); species of VASP 4 files may come from POTCAR(.spec) beside it. */
    public static Poscar read(Path file) {
        try (TextCursor c = TextCursor.open(file)) {
            return parse(c, () -> speciesBeside(file));
        }
    }

    /** Parses text; VASP 4 files must name their species in the comment line. */
    public static Poscar parse(String name, String text) {
        try (TextCursor c = TextCursor.of(name, text)) {
            return parse(c, Optional::empty);
        }
    }

    /** Supplies species names for a VASP 4 file when the comment does not hold them. */
    @FunctionalInterface
    interface SpeciesFallback {
        Optional<List<String>> get();
    }

    static Poscar parse(TextCursor c, SpeciesFallback fallback) {
        String comment = c.require("the comment line");
        double[] scale = readScale(c);
        double[][] rows = new double[3][];
        for (int i = 0; i < 3; i++) {
            c.require("lattice vector " + "abc".charAt(i));
            rows[i] = numbers(c, 3, "three lattice-vector components");
        }
        String line = c.require("species names or counts");
        List<String> names;
        int[] counts;
        if (startsWithInteger(line)) {
            counts = readCounts(c, line);
            names = vasp4Species(c, comment, counts.length, fallback);
        } else {
            names = List.of(TextCursor.tokens(line));
            for (String n : names) {
                if (Element.parse(n).isEmpty()) {
                    throw c.errorAt(n, "not an element in the species line");
                }
            }
            counts = readCounts(c, c.require("counts per species"));
            if (counts.length != names.size()) {
                throw c.error(names.size() + " species named but " + counts.length + " counts given");
            }
        }
        String mode = c.require("Direct or Cartesian");
        boolean selective = false;
        if (!mode.isBlank() && Character.toLowerCase(mode.strip().charAt(0)) == 's') {
            selective = true;
            mode = c.require("Direct or Cartesian");
        }
        char m = mode.isBlank() ? ' ' : Character.toLowerCase(mode.strip().charAt(0));
        boolean cartesian = m == 'c' || m == 'k';
        if (!cartesian && m != 'd') {
            throw c.error("expected Direct or Cartesian");
        }
        Lattice unscaled = lattice(c, rows);
        double[] factor = scaleFactors(scale, unscaled);
        double[][] scaled = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                scaled[i][j] = rows[i][j] * factor[j];
            }
        }
        Lattice lattice = Lattice.fromMatrix(scaled);
        List<Site> sites = new ArrayList<>();
        for (int group = 0; group < counts.length; group++) {
            Element element = Element.parse(names.get(group)).orElseThrow();
            for (int k = 0; k < counts[group]; k++) {
                c.require("position " + (sites.size() + 1));
                sites.add(readSite(c, element, cartesian, factor, lattice, selective));
            }
        }
        List<double[]> velocities = readVelocities(c, lattice, sites.size());
        return new Poscar(new Structure(lattice, sites, comment.strip()), names, scale, selective, velocities);
    }

    private static double[] readScale(TextCursor c) {
        c.require("the scale factor");
        double[] s = c.doubles(c.current());
        if (s.length != 1 && s.length != 3) {
            throw c.error("expected one scale factor (or three)");
        }
        for (double v : s) {
            if (v == 0 || Double.isNaN(v)) {
                throw c.error("scale factor must be non-zero");
            }
        }
        if (s.length == 3 && (s[0] < 0 || s[1] < 0 || s[2] < 0)) {
            throw c.error("three scale factors must all be positive");
        }
        return s;
    }

    private static double[] scaleFactors(double[] scale, Lattice unscaled) {
        if (scale.length == 3) {
            return scale.clone();
        }
        double f = scale[0] > 0 ? scale[0] : Math.cbrt(-scale[0] / unscaled.volumeAngstrom3());
        return new double[] {f, f, f};
    }

    private static Lattice lattice(TextCursor c, double[][] rows) {
        try {
            return Lattice.fromMatrix(rows);
        } catch (IllegalArgumentException e) {
            throw c.error("lattice vectors are linearly dependent");
        }
    }

    private static double[] numbers(TextCursor c, int atLeast, String what) {
        String[] t = TextCursor.tokens(c.current());
        if (t.length < atLeast) {
            throw c.error("expected " + what);
        }
        double[] v = new double[atLeast];
        for (int i = 0; i < atLeast; i++) {
            v[i] = c.parseDouble(t[i]);
            if (!Double.isFinite(v[i])) {
                throw c.errorAt(t[i], "not a finite number");
            }
        }
        return v;
    }

    private static boolean startsWithInteger(String line) {
        String[] t = TextCursor.tokens(line);
        return t.length > 0 && t[0].chars().allMatch(Character::isDigit);
    }

    private static int[] readCounts(TextCursor c, String line) {
        String[] t = TextCursor.tokens(line);
        if (t.length == 0) {
            throw c.error("expected the number of atoms per species");
        }
        int[] counts = new int[t.length];
        for (int i = 0; i < t.length; i++) {
            counts[i] = c.parseInt(t[i]);
            if (counts[i] < 0) {
                throw c.errorAt(t[i], "negative atom count");
            }
        }
        return counts;
    }

    private static List<String> vasp4Species(TextCursor c, String comment, int groups, SpeciesFallback fallback) {
        String[] words = TextCursor.tokens(comment);
        List<String> fromComment = new ArrayList<>();
        for (String w : words) {
            String symbol = w.replaceAll("[^A-Za-z].*$", "");
            if (!symbol.isEmpty() && Element.isSymbol(symbol)) {
                fromComment.add(symbol);
            }
        }
        if (fromComment.size() == groups && words.length == groups) {
            return fromComment;
        }
        Optional<List<String>> beside = fallback.get();
        if (beside.isPresent() && beside.get().size() == groups) {
            return beside.get();
        }
        throw c.error("VASP 4 POSCAR without a species line: the comment does not name " + groups
                + " elements and no POTCAR or POTCAR.spec beside the file names them");
    }

    private static Site readSite(TextCursor c, Element element, boolean cartesian, double[] factor, Lattice lattice,
            boolean selective) {
        String[] t = TextCursor.tokens(c.current());
        if (t.length < 3 || selective && t.length < 6) {
            throw c.error(selective ? "expected three coordinates and three T/F flags" : "expected three coordinates");
        }
        double[] xyz = new double[3];
        for (int i = 0; i < 3; i++) {
            xyz[i] = c.parseDouble(t[i]);
            if (!Double.isFinite(xyz[i])) {
                throw c.errorAt(t[i], "not a finite coordinate");
            }
        }
        double[] frac = cartesian ? lattice.toFractional(new double[] {xyz[0] * factor[0], xyz[1] * factor[1],
            xyz[2] * factor[2]}) : xyz;
        boolean[] flags = Site.ALL_FREE;
        int labelAt = 3;
        if (selective) {
            flags = new boolean[3];
            for (int i = 0; i < 3; i++) {
                String f = t[3 + i].toUpperCase(Locale.ROOT);
                if (!f.equals("T") && !f.equals("F")) {
                    throw c.errorAt(t[3 + i], "selective-dynamics flag must be T or F");
                }
                flags[i] = f.equals("T");
            }
            labelAt = 6;
        }
        String label = t.length > labelAt ? String.join(" ", Arrays.copyOfRange(t, labelAt, t.length)) : "";
        return new Site(element, frac, label, flags);
    }

    /*
     * What may follow the positions (VASP wiki, "POSCAR", file format specification): an 8-line lattice-velocity
     * block of MD runs with a dynamic cell (first line starts with L), then the ion velocities (an optional mode
     * line: blank or C/c/K/k Cartesian, D/d direct; then one row per ion, Å/fs), then the predictor-corrector
     * block. Only the ion velocities are kept; a block that does not parse is tolerated: it is not part of the
     * structure, and VASP rewrites it at the next MD step.
     */
    private static List<double[]> readVelocities(TextCursor c, Lattice lattice, int n) {
        boolean separated = skipBlank(c);
        String next = c.peek();
        if (next != null && next.strip().toLowerCase(Locale.ROOT).startsWith("l")) {
            for (int i = 0; i < 8 && c.peek() != null; i++) {
                c.next();
            }
            skipBlank(c);
            next = c.peek();
        }
        if (next == null || n == 0) {
            return List.of();
        }
        boolean direct = false;
        char mode = Character.toLowerCase(next.strip().charAt(0));
        if (Character.isLetter(mode)) {
            direct = mode == 'd';
            separated = true;
            c.next();
        }
        if (!separated) {
            return List.of();
        }
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] v = velocityRow(c.peek());
            if (v.length == 0) {
                return List.of();
            }
            c.next();
            rows.add(direct ? lattice.toCartesian(v) : v);
        }
        return rows;
    }

    /** Skips blank lines; true when there was one. */
    private static boolean skipBlank(TextCursor c) {
        boolean any = false;
        while (c.peek() != null && c.peek().isBlank()) {
            c.next();
            any = true;
        }
        return any;
    }

    private static double[] velocityRow(String line) {
        String[] t = line == null ? new String[0] : TextCursor.tokens(line);
        if (t.length != 3) {
            return new double[0];
        }
        double[] v = new double[3];
        for (int k = 0; k < 3; k++) {
            v[k] = TextCursor.fortranDouble(t[k]);
            if (!Double.isFinite(v[k])) {
                return new double[0];
            }
        }
        return v;
    }

    private static Optional<List<String>> speciesBeside(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null) {
            return Optional.empty();
        }
        try {
            Path spec = dir.resolve("POTCAR.spec");
            if (Files.isRegularFile(spec)) {
                return Optional.of(PotcarSpec.read(spec).symbols().stream()
                        .map(s -> Element.parse(s).map(Element::symbol).orElse(s)).toList());
            }
            Path potcar = dir.resolve("POTCAR");
            if (Files.isRegularFile(potcar)) {
                return Optional.of(PotcarReader.read(potcar).stream().map(h -> h.element().symbol()).toList());
            }
        } catch (ParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
