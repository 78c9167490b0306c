package org.vaspflow.io.vasp.out;

import java.util.Arrays;
import org.vaspflow.io.parse.ByteLines;
import org.vaspflow.io.parse.ByteNumbers;

/**
 * One core's half of a {@link ProcarBlocks} window: its k-point, band and table lines read in the layout
 * {@link ProcarReader} reads them, stopping before any other line. The first half writes into the sink; the
 * second into scratch arrays (its k-points, bands and tables in file order) until {@link #commit}.
 */
final class ProcarHalf {
    private final ProcarReader.ProcarSink s;
    private final byte[] header;
    private final boolean scratch;
    private final int[] lineEnd = new int[1];
    private double[] row;
    private byte[] b;
    private int from;
    private int to;
    int k;
    int band;
    int lines;
    int tables;
    int stoppedAt;
    int lastStart;
    int lastEnd;
    // scratch (second half): k-points as (index, x, y, z, weight), bands as (k or -1, band, energy, occ.)
    private int nk;
    private int[] kIndex = new int[16];
    private double[] kValues = new double[64];
    private int nb;
    private int[] bandK = new int[256];
    private int[] bandIndex = new int[256];
    private boolean[] bandTable = new boolean[256];
    private double[] bandValues = new double[512];
    private float[] tableValues = new float[0];

    ProcarHalf(ProcarReader.ProcarSink s, byte[] header, boolean scratch) {
        this.s = s;
        this.header = header;
        this.scratch = scratch;
    }

    void reset(byte[] buffer, int start, int stop, int kpoint, int currentBand) {
        b = buffer;
        from = start;
        to = stop;
        k = kpoint;
        band = currentBand;
        lines = 0;
        tables = 0;
        stoppedAt = start;
        nk = 0;
        nb = 0;
        int width = s.orbitals.size() + 2;
        if (row == null || row.length < width) {
            row = new double[width];
        }
    }

    /** Reads records until {@code to} or the first line this does not read (see the class comment). */
    void parse() {
        int i = from;
        while (i < to) {
            int e = end(i);
            int lead = i;
            while (lead < e && (b[lead] & 0xff) <= ' ') {
                lead++;
            }
            if (lead == e) {
                done(i, e);
            } else if (ByteLines.startsWith(b, lead, e, "band")) {
                if (!band(lead, e)) {
                    break;
                }
                done(i, e);
            } else if (ByteLines.startsWith(b, lead, e, "k-point")) {
                if (!kpoint(lead, e)) {
                    break;
                }
                done(i, e);
            } else if (ByteLines.startsWith(b, lead, e, "ion")) {
                int after = table(i, e);
                if (after < 0) {
                    break;
                }
                i = after;
                continue;
            } else {
                break;
            }
            i = e < to ? e + 1 : e;
        }
        stoppedAt = Math.min(i, to);
    }

    private void done(int start, int e) {
        lines++;
        lastStart = start;
        lastEnd = e > start && b[e - 1] == '\r' ? e - 1 : e;
    }

    /** Index of the '\n' ending the line at {@code i}, or {@code to}. */
    private int end(int i) {
        while (i < to && b[i] != '\n') {
            i++;
        }
        return i;
    }

    private boolean band(int lead, int e) {
        int hash1 = indexOf('#', lead, e);
        int hash2 = hash1 < 0 ? -1 : indexOf('#', hash1 + 1, e);
        if (hash2 < 0 || k < 0 && !scratch || ByteNumbers.row(b, lead + 4, hash1, row, 0, 2, lineEnd) != 1) {
            return false;
        }
        double n = row[0];
        if (n < 1 || n > s.nb || n != Math.rint(n)) {
            return false;
        }
        if (ByteNumbers.row(b, afterLabel(hash1 + 1, hash2), hash2, row, 0, 1, lineEnd) < 1) {
            return false;
        }
        double energy = row[0];
        int third = indexOf('#', hash2 + 1, e);
        if (ByteNumbers.row(b, afterLabel(hash2 + 1, e), third < 0 ? e : third, row, 0, 1, lineEnd) < 1) {
            return false;
        }
        band = (int) n - 1;
        if (scratch) {
            if (nb == bandK.length) {
                bandK = Arrays.copyOf(bandK, 2 * nb);
                bandIndex = Arrays.copyOf(bandIndex, 2 * nb);
                bandTable = Arrays.copyOf(bandTable, 2 * nb);
                bandValues = Arrays.copyOf(bandValues, 4 * nb);
            }
            bandK[nb] = k;
            bandIndex[nb] = band;
            bandTable[nb] = false;
            bandValues[2 * nb] = energy;
            bandValues[2 * nb + 1] = row[0];
            nb++;
        } else {
            int at = (s.spin * s.nk + k) * s.nb + band;
            s.energies[at] = energy;
            s.occupations[at] = row[0];
        }
        return true;
    }

    private boolean kpoint(int lead, int e) {
        int label = lead + "k-point".length();
        int colon = indexOf(':', lead, e);
        int w = indexOfWord("weight", lead, e);
        int eq = w < 0 ? -1 : indexOf('=', w, e);
        if (colon < label || w < colon || eq < 0) {
            return false;
        }
        int i = label;
        while (i < colon && b[i] == ' ') {
            i++;
        }
        long index = 0;
        int digits = 0;
        for (; i < colon && b[i] >= '0' && b[i] <= '9' && digits < 9; i++, digits++) {
            index = index * 10 + b[i] - '0';
        }
        while (i < colon && b[i] == ' ') {
            i++;
        }
        if (digits == 0 || i != colon || index < 1 || index > s.nk) {
            return false;
        }
        if (ByteNumbers.row(b, colon + 1, w, row, 0, 3, lineEnd) != 3) {
            return false;
        }
        double x = row[0];
        double y = row[1];
        double z = row[2];
        if (ByteNumbers.row(b, eq + 1, e, row, 0, 1, lineEnd) < 1) {
            return false;
        }
        k = (int) index - 1;
        if (scratch) {
            if (nk == kIndex.length) {
                kIndex = Arrays.copyOf(kIndex, 2 * nk);
                kValues = Arrays.copyOf(kValues, 8 * nk);
            }
            kIndex[nk] = k;
            kValues[4 * nk] = x;
            kValues[4 * nk + 1] = y;
            kValues[4 * nk + 2] = z;
            kValues[4 * nk + 3] = row[0];
            nk++;
        } else {
            s.kpoints[3 * k] = x;
            s.kpoints[3 * k + 1] = y;
            s.kpoints[3 * k + 2] = z;
            s.weights[k] = row[0];
        }
        return true;
    }

    /**
     * The table whose header line is [start, e): returns where the line after it starts, or -1 when it is not
     * a plain table (then nothing of it counts as read).
     */
    private int table(int start, int e) {
        int headerEnd = e > start && b[e - 1] == '\r' ? e - 1 : e;
        if (band < 0 || !Arrays.equals(b, start, headerEnd, header, 0, header.length)) {
            return -1;
        }
        int norb = s.orbitals.size();
        int ni = s.ni;
        int size = ni * norb;
        int at;
        float[] into;
        if (scratch) {
            if (nb == 0) {
                return -1; // a table before any band line of this half: left to the line-by-line reading
            }
            at = (nb - 1) * size; // the table of the band line just read
            if (tableValues.length < at + size) {
                tableValues = Arrays.copyOf(tableValues, Math.max(at + size, tableValues.length * 3 / 2));
            }
            into = tableValues;
        } else {
            at = ((s.spin * s.nk + k) * s.nb + band) * size;
            into = s.values;
        }
        int i = e + 1;
        int count = 1;
        int lastS = start;
        int lastE = headerEnd;
        for (int ion = 0; ion < ni; ion++) {
            if (i >= to) {
                return -1;
            }
            int n = ByteNumbers.row(b, i, to, row, 0, row.length, lineEnd);
            if (n < norb + 1 || n > norb + 2 || row[0] != ion + 1) {
                return -1;
            }
            for (int o = 0; o < norb; o++) {
                into[at + ion * norb + o] = (float) row[1 + o];
            }
            int le = lineEnd[0];
            lastS = i;
            lastE = le > i && b[le - 1] == '\r' ? le - 1 : le;
            count++;
            i = le < to ? le + 1 : le;
        }
        int next = nextFirst(i);
        if (ni > 1 || next == 't') {
            int le = end(i);
            int lead = i;
            while (lead < le && (b[lead] & 0xff) <= ' ') {
                lead++;
            }
            if (i >= to || !ByteLines.startsWith(b, lead, le, "tot")) {
                return -1;
            }
            lastS = i;
            lastE = le > i && b[le - 1] == '\r' ? le - 1 : le;
            count++;
            i = le < to ? le + 1 : le;
        }
        int after = nextFirst(i);
        if (after >= '0' && after <= '9' || after == 'i' && isIon(i)) {
            return -1; // spin-orbit or phase tables follow: left to the line-by-line reading
        }
        lines += count;
        lastStart = lastS;
        lastEnd = lastE;
        tables++;
        if (scratch) {
            bandTable[nb - 1] = true;
        }
        return i;
    }

    /** The first non-blank byte of the line at {@code i} ({@code ' '} for a blank line, -1 at {@code to}). */
    private int nextFirst(int i) {
        if (i >= to) {
            return -1;
        }
        for (; i < to && b[i] != '\n'; i++) {
            if ((b[i] & 0xff) > ' ') {
                return b[i] & 0xff;
            }
        }
        return ' ';
    }

    private boolean isIon(int i) {
        int e = end(i);
        while (i < e && (b[i] & 0xff) <= ' ') {
            i++;
        }
        return ByteLines.startsWith(b, i, e, "ion");
    }

    private int afterLabel(int from, int to) {
        int i = from;
        while (i < to && (b[i] & 0xff) <= ' ') {
            i++;
        }
        while (i < to && (b[i] & 0xff) > ' ') {
            i++;
        }
        return i;
    }

    private int indexOf(char ch, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == ch) {
                return i;
            }
        }
        return -1;
    }

    private int indexOfWord(String word, int from, int to) {
        for (int i = from; i + word.length() <= to; i++) {
            if (ByteLines.startsWith(b, i, to, word)) {
                return i;
            }
        }
        return -1;
    }

    /** Copies the scratch into the sink in file order; bands before this half's first k-point are at {@code k0}. */
    void commit(int k0) {
        for (int q = 0; q < nk; q++) {
            int kk = kIndex[q];
            System.arraycopy(kValues, 4 * q, s.kpoints, 3 * kk, 3);
            s.weights[kk] = kValues[4 * q + 3];
        }
        int size = s.ni * s.orbitals.size();
        for (int q = 0; q < nb; q++) {
            int kk = bandK[q] < 0 ? k0 : bandK[q];
            int at = (s.spin * s.nk + kk) * s.nb + bandIndex[q];
            s.energies[at] = bandValues[2 * q];
            s.occupations[at] = bandValues[2 * q + 1];
            if (bandTable[q]) {
                System.arraycopy(tableValues, q * size, s.values, at * size, size);
            }
        }
        if (k < 0) {
            k = k0;
        }
    }
}
