package org.vaspflow.io.vasp.out;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vaspflow.io.parse.ByteLines;
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
        try (ByteLines c = ByteLines.open(file)) {
            return parse(c);
        }
    }

    /** Reads PROCAR text already in memory; {@code name} is used in error messages. */
    public static Procar parse(String name, String text) {
        try (ByteLines c = ByteLines.of(name, text)) {
            return parse(c);
        }
    }

    /** As {@link #parse(String, String)}, line by line only when {@code inBlocks} is false (to test the two agree). */
    static Procar parse(String name, String text, boolean inBlocks) {
        try (ByteLines c = ByteLines.of(name, text)) {
            return parse(c, inBlocks);
        }
    }

    private static Procar parse(ByteLines c) {
        return parse(c, true);
    }

    private static Procar parse(ByteLines c, boolean inBlocks) {
        c.require("the PROCAR title");
        String title = c.current();
        if (!title.startsWith("PROCAR")) {
            throw c.error("not a PROCAR: the first line should start with PROCAR");
        }
        ProcarSink s = new ProcarSink(title.contains("phase"));
        Completeness done = Completeness.COMPLETE;
        try {
            read(c, s, inBlocks);
        } catch (ParseException e) {
            if (s.nk == 0 || c.hasNext()) {
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

    private static void read(ByteLines c, ProcarSink s, boolean inBlocks) {
        ProcarBlocks blocks = null;
        while (c.next()) {
            if (c.startsWith("band")) {
                band(c, s);
            } else if (c.startsWith("ion")) {
                ionTables(c, s);
                // the first table has set the layout: the bulk of the file is read a window per core from here
                if (blocks == null && inBlocks && ProcarBlocks.fits(s)) {
                    blocks = new ProcarBlocks(s, s.header);
                }
                if (blocks != null) {
                    blocks.read(c);
                }
            } else if (c.startsWith("k-point")) {
                kpoint(c, s, c.current());
            } else if (c.startsWith("# of k-points")) {
                Matcher m = COUNTS.matcher(c.current());
                if (!m.find()) {
                    throw c.error("expected '# of k-points: N # of bands: M # of ions: I'");
                }
                s.counts(c, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } else if (!c.isBlank()) {
                throw c.error("unexpected line in PROCAR");
            }
        }
    }

    private static void kpoint(ByteLines c, ProcarSink s, String line) {
        int label = line.indexOf("k-point") + "k-point".length();
        int colon = line.indexOf(':');
        int w = line.indexOf("weight");
        int eq = line.indexOf('=', Math.max(w, 0));
        if (colon < label || w < colon || eq < 0 || s.nk == 0) {
            throw c.error("expected 'k-point N : x y z weight = w' after the counts line");
        }
        s.k = index(c, line.substring(label, colon), s.nk, "k-point");
        if (c.doubles(colon + 1, w) != 3) {
            throw c.error("expected three k-point coordinates");
        }
        System.arraycopy(c.values(), 0, s.kpoints, 3 * s.k, 3);
        s.weights[s.k] = first(c, eq + 1, c.length(), "the k-point weight");
    }

    /** {@code band N # energy E # occ. O}, read from the bytes: one such line per band. */
    private static void band(ByteLines c, ProcarSink s) {
        int lead = c.firstNonBlank();
        int hash1 = c.indexOf('#', lead);
        int hash2 = hash1 < 0 ? -1 : c.indexOf('#', hash1 + 1);
        if (hash2 < 0 || s.k < 0) {
            throw c.error("expected 'band N # energy E # occ. O' after a k-point line");
        }
        double n = c.doubles(lead + "band".length(), hash1) == 1 ? c.values()[0] : -1;
        if (n < 1 || n > s.nb || n != Math.rint(n)) {
            throw c.error("expected a band number from 1 to " + s.nb);
        }
        s.band = (int) n - 1;
        int at = s.bandIndex();
        s.energies[at] = first(c, afterLabel(c, hash1 + 1, hash2), hash2, "the band energy");
        int end = c.indexOf('#', hash2 + 1);
        s.occupations[at] = first(c, afterLabel(c, hash2 + 1, c.length()), end < 0 ? c.length() : end,
                "the occupation");
    }

    /** Offset after the blank-separated word ({@code energy}, {@code occ.}) that starts at or after {@code from}. */
    private static int afterLabel(ByteLines c, int from, int to) {
        int i = from;
        while (i < to && c.byteAt(i) <= ' ') {
            i++;
        }
        while (i < to && c.byteAt(i) > ' ') {
            i++;
        }
        return i;
    }

    /** A 1-based index in 1..n as written, returned 0-based. */
    private static int index(ByteLines c, String text, int n, String what) {
        String[] tok = TextCursor.tokens(text);
        int i = -1;
        try {
            i = tok.length == 1 ? Integer.parseInt(tok[0]) : -1;
        } catch (NumberFormatException e) {
            throw c.errorAt(tok[0], "not an integer");
        }
        if (i < 1 || i > n) {
            throw c.error("expected a " + what + " number from 1 to " + n);
        }
        return i - 1;
    }

    private static double first(ByteLines c, int from, int to, String what) {
        if (c.doubles(from, to) == 0) {
            throw c.error("expected " + what);
        }
        return c.values()[0];
    }

    /** The ion table after its header, then any spin-orbit tables, then the phase block if one follows. */
    private static void ionTables(ByteLines c, ProcarSink s) {
        if (s.band < 0) {
            throw c.error("an ion table before any band line");
        }
        s.orbitals(c);
        int norb = s.orbitals.size();
        table(c, s, s.values, s.projectionOffset());
        int extra = 0;
        int next;
        while ((next = c.peekFirst()) >= '0' && next <= '9') {
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
        if (c.peekStartsWith("ion")) {
            c.next();
            ProcarPhase.read(c, s);
        }
    }

    private static void table(ByteLines c, ProcarSink s, float[] into, int offset) {
        int norb = s.orbitals.size();
        for (int ion = 0; ion < s.ni; ion++) {
            if (!c.next()) {
                throw c.endsEarly("projections of ion " + (ion + 1));
            }
            int n = c.doubles();
            double[] row = c.values();
            if (n < norb + 1 || n > norb + 2 || row[0] != ion + 1) {
                throw c.error("expected ion " + (ion + 1) + ", " + norb + " orbitals and their total");
            }
            int at = offset + ion * norb;
            for (int o = 0; o < norb; o++) {
                into[at + o] = (float) row[1 + o];
            }
        }
        if (s.ni > 1 || c.peekStartsWith("tot")) {
            c.require("the tot line");
            if (!c.startsWith("tot")) {
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
        byte[] header;
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

        void counts(ByteLines c, int nkpoints, int nbands, int nions) {
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

        /** The {@code ion s py … tot} header: names taken from the first, later ones compared byte for byte. */
        void orbitals(ByteLines c) {
            if (header != null && c.lineEquals(header)) {
                return;
            }
            String[] h = TextCursor.tokens(c.current());
            List<String> names = List.of(h).subList(1, h.length - (h[h.length - 1].equals("tot") ? 1 : 0));
            if (orbitals.isEmpty()) {
                orbitals.addAll(names);
                header = c.lineBytes();
                grow(c);
            } else if (!orbitals.equals(names)) {
                throw c.error("orbital header changed within the file");
            }
        }

        private void grow(ByteLines c) {
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
