package org.vaspflow.io.vasp.out;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import org.vaspflow.io.parse.ByteLines;
import org.vaspflow.io.parse.RowBlocks;

/**
 * The bulk of a PROCAR (k-point, band and ion-table lines of the plain LORBIT=10/11 layout, once the first table
 * has set the orbitals) read a window of bytes at a time on two cores. The window is cut at band or k-point lines;
 * the first half is read with the reader's state and written in place, the second half, whose k-point may be the
 * one the first half ends in, into scratch arrays that are copied in file order once the first half is known to
 * have reached it.
 *
 * <p>Anything else (a counts line, a spin-orbit or phase table, a header that is not byte for byte the first, a
 * number only the Fortran rules read, damage) stops a half before that line (before the table it belongs to), and
 * the reader goes on line by line from there: values written are only those a line-by-line reading writes, and
 * damage is reported by that reading. Why: the per-band tables were parsed on one core.
 */
final class ProcarBlocks {
    /** Bytes per window (the buffer holds three); 8 and 16 MiB were no faster and took more memory. */
    private static final int WINDOW_BYTES = 4 << 20;
    /**
     * The calling thread's share of a window: it also reads the next one ahead. Larger than that of
     * {@link org.vaspflow.io.parse.RowBlocks}: a PROCAR byte costs more to parse, so the read is a smaller part of
     * the work (0.42 and 0.47 measured).
     */
    private static final double FIRST_SHARE = 0.47;
    private static final int PARALLEL_BYTES = 1 << 18;

    private final ProcarReader.ProcarSink s;
    private final byte[] header;
    private final ProcarHalf first;
    private final ProcarHalf second;

    ProcarBlocks(ProcarReader.ProcarSink s, byte[] header) {
        this.s = s;
        this.header = header;
        this.first = new ProcarHalf(s, header, false);
        this.second = new ProcarHalf(s, header, true);
    }

    /** Whether the file's layout is one this reads (no phase, no spin-orbit tables seen, the first table read). */
    static boolean fits(ProcarReader.ProcarSink s) {
        return !s.hasPhase && s.mag.length == 0 && s.band >= 0 && s.k >= 0 && !s.orbitals.isEmpty();
    }

    /**
     * Reads whole windows from the cursor's next line (the line after a table) while they parse cleanly; returns
     * after a window that stopped early, or when less than a window is left.
     */
    void read(ByteLines c) {
        while (fits(s)) {
            int limit = c.window(WINDOW_BYTES);
            int from = c.position();
            byte[] b = c.buffer();
            int cap = (int) Math.min(limit, (long) from + WINDOW_BYTES);
            int end = lastRecordStart(b, from, cap);
            if (end - from < PARALLEL_BYTES || Runtime.getRuntime().availableProcessors() < 2) {
                return;
            }
            // the first part is the smaller: this thread also reads the next window ahead (as RowBlocks does)
            int mid = recordStartAfter(b, from + (int) ((end - from) * FIRST_SHARE), end);
            first.reset(b, from, mid, s.k, s.band);
            second.reset(b, mid, end, -1, -1);
            Future<?> other = mid < end ? ForkJoinPool.commonPool().submit(second::parse) : null;
            first.parse();
            c.readAhead(WINDOW_BYTES, end);
            RowBlocks.await(other, c, "PROCAR block parser");
            ProcarHalf last = first;
            if (first.stoppedAt == mid && second.lines > 0) {
                second.commit(first.k);
                last = second;
            }
            int lines = first.lines + (last == second ? second.lines : 0);
            if (lines > 0) {
                c.skipLines(lines, last.lastStart, last.lastEnd, last.stoppedAt);
                s.k = last.k >= 0 ? last.k : first.k;
                s.band = last.band >= 0 ? last.band : first.band;
                s.tablesRead += first.tables + (last == second ? second.tables : 0);
            }
            if (last.stoppedAt != end) {
                return;
            }
        }
    }

    /** Start of the last band or k-point line that starts before {@code cap}, or {@code from} when none does. */
    private static int lastRecordStart(byte[] b, int from, int cap) {
        for (int i = cap - 1; i > from; i--) {
            if (b[i - 1] == '\n' && isRecord(b, i, cap)) {
                return i;
            }
        }
        return from;
    }

    /** Start of the first band or k-point line at or after {@code i}, or {@code end}. */
    private static int recordStartAfter(byte[] b, int i, int end) {
        for (; i < end; i++) {
            if (b[i - 1] == '\n' && isRecord(b, i, end)) {
                return i;
            }
        }
        return end;
    }

    private static boolean isRecord(byte[] b, int i, int end) {
        while (i < end && b[i] == ' ') {
            i++;
        }
        return ByteLines.startsWith(b, i, end, "band") || ByteLines.startsWith(b, i, end, "k-point");
    }
}
