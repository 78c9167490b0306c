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
 * Reads PROCAR files (lm or l, spin-polarised, spin-orbit, LORBIT=12 phase) in one streaming pass:
 *
 * <pre>
 * PROCAR lm decomposed + phase
 * # of k-points:   13         # of bands:   20         # of ions:    4      (again for the second spin)
 *  k-point     1 :    0.00000000 0.00000000 0.00000000     weight = 0.01562500
 * band     1 # energy  -12.28198856 # occ.  1.00000000
 * ion      s     py     pz     px    dxy    dyz    dz2    dxz  x2-y2    tot
 *     1  0.060  0.000 …  0.060                                 one row per ion
 * tot    0.796 …
 *     1  …  tot …  (three more ion tables: mx, my, mz of a spin-orbit run)
 * ion          s             py …                              LORBIT=12 phase block: (re, im) per orbital
 *     1 -0.130  0.199  -0.000 …  0.057                          (VASP ≤ 5.4.1: a row of re, then a row of im)
 * charge 0.769 …
 * </pre>
 *
 * Arrays are sized from the counts line, so nothing but the values is held (PROCARs reach gigabytes). Band and
 * k-point numbers place each table, so a file whose tables are out of order still reads right. A file cut short
 * (or damaged on its last line) is returned flagged incomplete with what it has; other damage is a
 * {@link ParseException}. Coordinates of k-points may be fused by Fortran ({@code 0.50000000-0.25000000}).
 */
public final class ProcarReader {
    private static final Pattern COUNTS = Pattern.compile(
            "# of k-points:\\s*(\\d+)\\s+# of bands:\\s*(\\d+)\\s+# of ions:\\s*(\\d+)");

    private ProcarReader() {
    }

    public static Procar read(Path file) {
        return TextCursor.read(file, ProcarReader::parse);
    }

    /** Reads PROCAR text already in memory; {@code name} is used in error messages. */
    public static Procar parse(String name, String text) {
        return TextCursor.parse(name, text, ProcarReader::parse);
    }

    private static Procar parse(TextCursor c) {
        String title = c.require("the PROCAR title");
        if (!title.startsWith("PROCAR")) {
            throw c.error("not a PROCAR: the first line should start with PROCAR");
        }
        ProcarSink s = new ProcarSink(title.contains("phase"));
        Completeness done = Completeness.COMPLETE;
        try {
            read(c, s);
        } catch (ParseException e) {
            if (s.nk == 0 || c.peek() != null) {
                throw e;
            }
            done = Completeness.partial(e);
        }
        if (s.nk == 0) {
            throw new ParseException(c.file(), c.lineNumber(), 0, "", "no '# of k-points' line");
        }
        int expected = s.nSpins() * s.nk * s.nb;
        if (done.complete() && s.tablesRead != expected) {
            done = Completeness.partial(c.lineNumber(), "expected " + expected + " band tables, read " + s.tablesRead);
        }
        return s.build(done);
    }

    private static void read(TextCursor c, ProcarSink s) {
        String line;
        while ((line = c.next()) != null) {
            String t = line.strip();
            if (t.startsWith("# of k-points")) {
                Matcher m = COUNTS.matcher(t);
                if (!m.find()) {
                    throw c.error("expected '# of k-points: N # of bands: M # of ions: I'");
                }
                s.counts(c, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } else if (t.startsWith("k-point")) {
                kpoint(c, s, t);
            } else if (t.startsWith("band")) {
                band(c, s, t);
            } else if (t.startsWith("ion")) {
                ionTables(c, s, t);
            } else if (!t.isEmpty()) {
                throw c.error("unexpected line in PROCAR");
            }
        }
    }

    private static void kpoint(TextCursor c, ProcarSink s, String t) {
        int colon = t.indexOf(':');
        int w = t.indexOf("weight");
        int eq = t.indexOf('=', Math.max(w, 0));
        if (colon < 0 || w < colon || eq < 0 || s.nk == 0) {
            throw c.error("expected 'k-point N : x y z weight = w' after the counts line");
        }
        s.k = index(c, t.substring("k-point".length(), colon), s.nk, "k-point");
        double[] xyz = c.doubles(t.substring(colon + 1, w));
        if (xyz.length != 3) {
            throw c.error("expected three k-point coordinates");
        }
        System.arraycopy(xyz, 0, s.kpoints, 3 * s.k, 3);
        s.weights[s.k] = first(c, t.substring(eq + 1), "the k-point weight");
    }

    private static void band(TextCursor c, ProcarSink s, String t) {
        String[] parts = t.split("#");
        if (parts.length < 3 || s.k < 0) {
            throw c.error("expected 'band N # energy E # occ. O' after a k-point line");
        }
        s.band = index(c, parts[0].substring("band".length()), s.nb, "band");
        int at = s.bandIndex();
        s.energies[at] = first(c, parts[1].replace("energy", ""), "the band energy");
        s.occupations[at] = first(c, parts[2].replace("occ.", ""), "the occupation");
    }

    /** A 1-based index in 1..n as written, returned 0-based. */
    private static int index(TextCursor c, String text, int n, String what) {
        String[] tok = TextCursor.tokens(text);
        int i = tok.length == 1 ? c.parseInt(tok[0]) : -1;
        if (i < 1 || i > n) {
            throw c.error("expected a " + what + " number from 1 to " + n);
        }
        return i - 1;
    }

    private static double first(TextCursor c, String text, String what) {
        String[] tok = TextCursor.tokens(text);
        if (tok.length == 0) {
            throw c.error("expected " + what);
        }
        return c.parseDouble(tok[0]);
    }

    /** The ion table after its header, then any spin-orbit tables, then the phase block if one follows. */
    private static void ionTables(TextCursor c, ProcarSink s, String header) {
        if (s.band < 0) {
            throw c.error("an ion table before any band line");
        }
        String[] h = TextCursor.tokens(header);
        s.orbitals(c, List.of(h).subList(1, h.length - (h[h.length - 1].equals("tot") ? 1 : 0)));
        int norb = s.orbitals.size();
        table(c, s, s.values, s.projectionOffset());
        int extra = 0;
        String next;
        while ((next = c.peek()) != null && !next.isBlank() && Character.isDigit(next.strip().charAt(0))) {
            if (extra == 3) {
                throw c.error("a spin-orbit band has 3 magnetization tables, found more");
            }
            table(c, s, s.magnetization(), ((extra * s.nk + s.k) * s.nb + s.band) * s.ni * norb);
            extra++;
        }
        if (extra != 0 && extra != 3) {
            throw c.error("a spin-orbit band has 3 magnetization tables, found " + extra);
        }
        s.tablesRead++;
        if (next != null && next.strip().startsWith("ion")) {
            c.next();
            ProcarPhase.read(c, s);
        }
    }

    private static void table(TextCursor c, ProcarSink s, float[] into, int offset) {
        int norb = s.orbitals.size();
        for (int ion = 0; ion < s.ni; ion++) {
            c.require("projections of ion " + (ion + 1));
            double[] row = c.doubles(c.current());
            if (row.length < norb + 1 || row.length > norb + 2 || row[0] != ion + 1) {
                throw c.error("expected ion " + (ion + 1) + ", " + norb + " orbitals and their total");
            }
            for (int o = 0; o < norb; o++) {
                into[offset + ion * norb + o] = (float) row[1 + o];
            }
        }
        if (s.ni > 1 || c.peek() != null && c.peek().strip().startsWith("tot")) {
            String tot = c.require("the tot line");
            if (!tot.strip().startsWith("tot")) {
                throw c.error("expected the 'tot' line after " + s.ni + " ions");
            }
        }
    }

    /** What has been read so far; arrays are sized from the counts line (and grown once for a second spin). */
    static final class ProcarSink {
        final boolean hasPhase;
        int nk;
        int nb;
        int ni;
        int spin = -1;
        int k = -1;
        int band = -1;
        int tablesRead;
        final List<String> orbitals = new ArrayList<>();
        double[] kpoints;
        double[] weights;
        double[] energies;
        double[] occupations;
        float[] values = new float[0];
        float[] mag = new float[0];
        float[] phase = new float[0];

        ProcarSink(boolean hasPhase) {
            this.hasPhase = hasPhase;
        }

        int nSpins() {
            return Math.max(1, spin + 1);
        }

        void counts(TextCursor c, int nkpoints, int nbands, int nions) {
            if (spin >= 0 && (nkpoints != nk || nbands != nb || nions != ni)) {
                throw c.error("the second spin's counts differ from the first's");
            }
            if (spin == 1 || nkpoints < 1 || nbands < 1 || nions < 1) {
                throw c.error(spin == 1 ? "a third counts line (PROCAR has at most two spins)" : "counts must be positive");
            }
            spin++;
            nk = nkpoints;
            nb = nbands;
            ni = nions;
            k = -1;
            band = -1;
            if (spin == 0) {
                kpoints = new double[3 * nk];
                weights = new double[nk];
            }
            energies = Arrays.copyOf(energies == null ? new double[0] : energies, (spin + 1) * nk * nb);
            occupations = Arrays.copyOf(occupations == null ? new double[0] : occupations, (spin + 1) * nk * nb);
            if (!orbitals.isEmpty()) {
                grow(c);
            }
        }

        void orbitals(TextCursor c, List<String> names) {
            if (orbitals.isEmpty()) {
                orbitals.addAll(names);
                grow(c);
            } else if (!orbitals.equals(names)) {
                throw c.error("orbital header changed within the file");
            }
        }

        private void grow(TextCursor c) {
            long per = (long) nk * nb * ni * orbitals.size();
            if ((hasPhase ? 2 : 1) * (spin + 1) * per > Integer.MAX_VALUE - 8) {
                throw c.error("PROCAR too large for one array: " + per + " projections per spin");
            }
            values = Arrays.copyOf(values, (int) ((spin + 1) * per));
            if (hasPhase) {
                phase = Arrays.copyOf(phase, (int) (2 * (spin + 1) * per));
            }
        }

        float[] magnetization() {
            if (mag.length == 0) {
                mag = new float[3 * nk * nb * ni * orbitals.size()];
            }
            return mag;
        }

        int bandIndex() {
            return (spin * nk + k) * nb + band;
        }

        int projectionOffset() {
            return bandIndex() * ni * orbitals.size();
        }

        Procar build(Completeness done) {
            return new Procar(nSpins(), nk, nb, ni, List.copyOf(orbitals), kpoints, weights, energies, occupations,
                    values, mag, hasPhase, phase, done);
        }
    }
}
