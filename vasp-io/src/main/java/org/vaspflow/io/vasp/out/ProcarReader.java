package org.vaspflow.io.vasp.out;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vaspflow.io.parse.Completeness;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.parse.TextCursor;

/**
 * Reads PROCAR files, including LORBIT=12 phase blocks and spin-orbit magnetization blocks:
 *
 * <pre>
 * PROCAR lm decomposed + phase
 * # of k-points:   13         # of bands:   20         # of ions:    4      (repeated for the second spin)
 *  k-point     1 :    0.00000000 0.00000000 0.00000000     weight = 0.01562500
 * band     1 # energy  -12.28198856 # occ.  1.00000000
 * ion      s     py     pz     px    dxy    dyz    dz2    dxz  x2-y2    tot
 *     1  0.060  0.000 …  0.060                                 one row per ion
 * tot    0.796 …
 *     1  …  (three more ion blocks, each ending in tot: mx, my, mz of a spin-orbit run)
 * ion          s             py …                              LORBIT=12: phase block (real, imaginary pairs),
 *     1 -0.130  0.199  -0.000 …                                ends with a "charge" line; skipped
 * </pre>
 *
 * pymatgen (2022.11.7) cannot read the "+ phase" layout of VASP 5.4.4 (pymatgen #1778); this reader can.
 * Coordinates of k-points may be fused by Fortran ({@code 0.50000000-0.25000000}).
 */
public final class ProcarReader {
    private static final Pattern COUNTS = Pattern.compile(
            "# of k-points:\\s*(\\d+)\\s+# of bands:\\s*(\\d+)\\s+# of ions:\\s*(\\d+)");

    private ProcarReader() {
    }

    public static Procar read(Path file) {
        return TextCursor.read(file, ProcarReader::parse);
    }

    private static Procar parse(TextCursor c) {
        String title = c.require("the PROCAR title");
        if (!title.startsWith("PROCAR")) {
            throw c.error("not a PROCAR: the first line should start with PROCAR");
        }
        boolean phase = title.contains("phase");
        Sink sink = new Sink();
        Completeness done = Completeness.COMPLETE;
        try {
            read(c, sink);
        } catch (ParseException e) {
            if (sink.nk == 0) {
                throw e;
            }
            done = Completeness.partial(e);
        }
        if (sink.nk == 0) {
            throw new ParseException(c.file(), c.lineNumber(), 0, "", "no '# of k-points' line");
        }
        int spins = Math.max(1, sink.spin + 1);
        int expected = spins * sink.nk * sink.nb * sink.ni * sink.orbitals.size();
        if (done.complete() && sink.values.size() != expected) {
            done = Completeness.partial(c.lineNumber(), "expected " + expected + " projections, read " + sink.values.size());
        }
        return new Procar(spins, sink.nk, sink.nb, sink.ni, List.copyOf(sink.orbitals),
                Arrays.copyOf(sink.kpoints.toArray(), 3 * sink.nk), Arrays.copyOf(sink.weights.toArray(), sink.nk),
                sink.energies.toArray(), sink.occupations.toArray(), sink.values.toFloatArray(), sink.mag.toFloatArray(),
                phase, done);
    }

    private static void read(TextCursor c, Sink s) {
        String line;
        while ((line = c.next()) != null) {
            String t = line.strip();
            if (t.startsWith("# of k-points")) {
                Matcher m = COUNTS.matcher(t);
                if (!m.find()) {
                    throw c.error("expected '# of k-points: N # of bands: M # of ions: I'");
                }
                if (s.nk > 0) {
                    s.spin++;
                }
                s.nk = Integer.parseInt(m.group(1));
                s.nb = Integer.parseInt(m.group(2));
                s.ni = Integer.parseInt(m.group(3));
            } else if (t.startsWith("k-point")) {
                int colon = t.indexOf(':');
                int w = t.indexOf("weight");
                if (colon < 0 || w < 0) {
                    throw c.error("expected 'k-point N : x y z weight = w'");
                }
                double[] xyz = c.doubles(t.substring(colon + 1, w));
                if (s.spin == 0) {
                    for (int i = 0; i < 3; i++) {
                        s.kpoints.add(i < xyz.length ? xyz[i] : Double.NaN);
                    }
                    s.weights.add(first(c, t.substring(t.indexOf('=', w) + 1), "the k-point weight"));
                }
            } else if (t.startsWith("band")) {
                String[] parts = t.split("#");
                if (parts.length < 3) {
                    throw c.error("expected 'band N # energy E # occ. O'");
                }
                s.energies.add(first(c, parts[1].replace("energy", ""), "the band energy"));
                s.occupations.add(first(c, parts[2].replace("occ.", ""), "the occupation"));
            } else if (t.startsWith("ion")) {
                ionBlocks(c, s, t);
            } else if (!t.isEmpty() && !t.startsWith("charge")) {
                throw c.error("unexpected line in PROCAR");
            }
        }
    }

    private static double first(TextCursor c, String text, String what) {
        double[] v = c.doubles(text);
        if (v.length == 0) {
            throw c.error("expected " + what);
        }
        return v[0];
    }

    /** The ion table after its header, then any spin-orbit tables, then a phase block if one follows. */
    private static void ionBlocks(TextCursor c, Sink s, String header) {
        String[] h = TextCursor.tokens(header);
        List<String> orbitals = List.of(h).subList(1, h.length - (h[h.length - 1].equals("tot") ? 1 : 0));
        if (s.orbitals.isEmpty()) {
            s.orbitals.addAll(orbitals);
        } else if (!s.orbitals.equals(orbitals)) {
            throw c.error("orbital header changed within the file");
        }
        table(c, s, s.values);
        int extra = 0;
        String next;
        while ((next = c.peek()) != null && !next.isBlank() && Character.isDigit(next.strip().charAt(0))) {
            table(c, s, s.mag);
            extra++;
        }
        if (extra != 0 && extra != 3) {
            throw c.error("a spin-orbit band has 3 magnetization tables, found " + extra);
        }
        if (next != null && next.strip().startsWith("ion")) {
            c.next();
            String l;
            while ((l = c.next()) != null && !l.strip().startsWith("charge")) {
                if (l.isBlank()) {
                    break;
                }
            }
        }
    }

    private static void table(TextCursor c, Sink s, DoubleList into) {
        int norb = s.orbitals.size();
        for (int ion = 0; ion < s.ni; ion++) {
            c.require("projections of ion " + (ion + 1));
            double[] row = c.doubles(c.current());
            if (row.length < norb + 1) {
                throw c.error("expected the ion number and " + norb + " orbitals");
            }
            for (int o = 0; o < norb; o++) {
                into.add(row[1 + o]);
            }
        }
        String tot = c.require("the tot line");
        if (!tot.strip().startsWith("tot")) {
            throw c.error("expected the 'tot' line after " + s.ni + " ions");
        }
    }

    private static final class Sink {
        int nk;
        int nb;
        int ni;
        int spin;
        final List<String> orbitals = new ArrayList<>();
        final DoubleList kpoints = new DoubleList();
        final DoubleList weights = new DoubleList();
        final DoubleList energies = new DoubleList();
        final DoubleList occupations = new DoubleList();
        final DoubleList values = new DoubleList();
        final DoubleList mag = new DoubleList();
    }

    /** A growable primitive list (PROCARs reach gigabytes: no boxing). */
    static final class DoubleList {
        private double[] data = new double[64];
        private int size;

        void add(double v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, data.length * 2);
            }
            data[size++] = v;
        }

        int size() {
            return size;
        }

        double[] toArray() {
            return Arrays.copyOf(data, size);
        }

        float[] toFloatArray() {
            float[] f = new float[size];
            for (int i = 0; i < size; i++) {
                f[i] = (float) data[i];
            }
            return f;
        }
    }
}
