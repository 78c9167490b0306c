package org.vaspflow.io.parse;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;

/**
 * Reads long runs of numeric rows of one width (the data blocks of DOSCAR and COHPCAR) a window of bytes at a
 * time, on two cores: the window is cut at a line start near its middle, and each core both finds the lines of
 * its half and parses them (one pass, {@link ByteNumbers#row}) into a row-major scratch array; then each core hands
 * its rows to the {@link Sink}, which moves them where they belong. Why: finding the lines first on one core, and
 * moving the values to their curves on one core afterwards, left the second core idle for half the time.
 *
 * <p>A read stops before the first line that is not exactly {@code width} numbers (or at the end of the data),
 * with the cursor on the last stored row, so the caller reads that line the ordinary way and damage is reported
 * exactly as a line-by-line reading reports it. Rows a core parsed past that line are dropped, never handed on.
 */
public final class RowBlocks {
    /**
     * Bytes parsed per window (the buffer holds three): large enough that a hand-off is rare; 8 and 16 MiB were no
     * faster and took more memory.
     */
    static final int WINDOW_BYTES = 4 << 20;
    /**
     * The calling thread's share of a window: it also reads the next one (about a fifth of the parse's time;
     * 0.38, 0.42 and 0.46 measured).
     */
    private static final double FIRST_SHARE = 0.42;
    /** Windows smaller than this are parsed on the calling thread: a hand-off costs more than it saves. */
    private static final int PARALLEL_BYTES = 1 << 18;

    /** Receives parsed rows; called from two threads at once, for disjoint rows. */
    public interface Sink {
        /**
         * Rows {@code row … row + count - 1} of the reading, row-major in {@code values} ({@code width} each,
         * from index 0).
         */
        void put(double[] values, int count, int row);
    }

    private final int width;
    private final Sink sink;
    private final int windowBytes;
    private final int parallelBytes;
    /** Two pairs of halves, used in turn: a pair's rows are handed on while the other pair parses. */
    private final Part[] firsts = {new Part(), new Part()};
    private final Part[] seconds = {new Part(), new Part()};
    /** Mean bytes of a row in the last window (0 before the first). */
    private int bytesPerRow;

    public RowBlocks(int width, Sink sink) {
        this(width, sink, WINDOW_BYTES);
    }

    /** With a smaller window (split in halves from a quarter of it), for tests of rows that straddle both. */
    RowBlocks(int width, Sink sink, int windowBytes) {
        this.width = width;
        this.sink = sink;
        this.windowBytes = windowBytes;
        this.parallelBytes = Math.min(PARALLEL_BYTES, windowBytes / 4);
    }

    /**
     * Reads up to {@code n} rows, handing row {@code k} of this call to the sink as row {@code firstRow + k}; returns
     * how many were stored (fewer than {@code n} at a line of another shape, a line longer than a window, or the end
     * of the data).
     */
    public int read(ByteLines c, int n, int firstRow) {
        int total = 0;
        // the hand-over of the previous window's halves, run by the same sides before they parse this window's:
        // one wait per window instead of two (parse, then hand over)
        Runnable firstPut = null;
        Runnable secondPut = null;
        int turn = 0;
        try {
            while (total < n) {
                int limit = c.window(windowBytes);
                int from = c.position();
                byte[] b = c.buffer();
                int end = c.atEnd() && limit - from <= windowBytes ? limit
                        : lastLineStart(b, from, (int) Math.min(limit, (long) from + windowBytes));
                if (end <= from) {
                    break; // no data left, or one line longer than a window: the caller reads it line by line
                }
                int want = n - total;
                if (bytesPerRow > 0 && (end - from) / bytesPerRow > want + 16) {
                    // the rows wanted end well before the window does (the last rows of a DOSCAR ion, say): parse
                    // little more than them, not a half window of the rows that follow (estimated from earlier rows)
                    end = lineStartAfter(b, from + (int) Math.min(end - from, (long) (want + 16) * bytesPerRow), end);
                }
                int mid = end;
                if (end - from >= parallelBytes && Runtime.getRuntime().availableProcessors() > 1) {
                    // this thread also reads the next window ahead while the pool parses the larger second part
                    mid = lineStartAfter(b, from + (int) ((end - from) * FIRST_SHARE), end);
                }
                Part first = firsts[turn];
                Part second = seconds[turn];
                turn ^= 1;
                first.reset(b, from, mid, want, width);
                second.reset(b, mid, end, want, width);
                int windowEnd = end;
                Runnable here = sequence(firstPut, mid < end ? () -> {
                    first.parse();
                    c.readAhead(windowBytes, windowEnd);
                } : first::parse);
                Runnable there = sequence(secondPut, mid < end ? second::parse : null);
                firstPut = null;
                secondPut = null;
                both(here, there, c);
                int rows1 = first.rows;
                int rows2 = first.stoppedAt == mid ? Math.min(second.rows, want - rows1) : 0;
                int row = firstRow + total;
                firstPut = rows1 > 0 ? () -> sink.put(first.values, rows1, row) : null;
                secondPut = rows2 > 0 ? () -> sink.put(second.values, rows2, row + rows1) : null;
                Part last = rows2 > 0 ? second : first;
                int lastRows = rows2 > 0 ? rows2 : rows1;
                if (rows1 + rows2 > 0) {
                    c.skipLines(rows1 + rows2, last.starts[lastRows - 1], last.ends[lastRows - 1],
                            last.starts[lastRows]);
                }
                total += rows1 + rows2;
                if (rows1 + rows2 > 0) {
                    bytesPerRow = Math.max(1, (last.starts[lastRows] - from) / (rows1 + rows2));
                }
                boolean whole = rows2 > 0 ? rows2 == second.rows && second.stoppedAt == end : first.stoppedAt == end;
                if (!whole) {
                    break; // a row of another shape, or n rows stored
                }
            }
        } finally {
            // the last window's rows are handed over before the caller sees the count
            both(firstPut, secondPut, c);
        }
        return total;
    }

    /** {@code a} then {@code b} (either may be null, then the other alone; both null gives null). */
    private static Runnable sequence(Runnable a, Runnable b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return () -> {
            a.run();
            b.run();
        };
    }

    /** Runs {@code here} on this thread and {@code there} on the pool (either may be null), and waits for both. */
    private static void both(Runnable here, Runnable there, ByteLines c) {
        Future<?> other = there == null ? null : ForkJoinPool.commonPool().submit(there);
        if (here != null) {
            here.run();
        }
        await(other, c, "row parser");
    }

    /**
     * Waits for work done on another thread (a part parsed on the pool; nothing when null) and returns its result;
     * an interrupt is a ParseException at the cursor's line, a failure of the work an IllegalStateException naming
     * {@code what}.
     */
    public static <T> T await(Future<T> other, ByteLines c, String what) {
        if (other == null) {
            return null;
        }
        try {
            return other.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ParseException(c.file(), c.lineNumber() + 1, 0, "", "interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException(what + " failed", e.getCause());
        }
    }

    /** Index after the last '\n' in [from, limit), or from when there is none. */
    private static int lastLineStart(byte[] b, int from, int limit) {
        for (int i = limit - 1; i >= from; i--) {
            if (b[i] == '\n') {
                return i + 1;
            }
        }
        return from;
    }

    /** Index after the first '\n' at or after {@code i}, or {@code end} when there is none before it. */
    private static int lineStartAfter(byte[] b, int i, int end) {
        for (; i < end; i++) {
            if (b[i] == '\n') {
                return i + 1;
            }
        }
        return end;
    }

    /** One core's half of a window: its rows, where each starts and ends, and where it stopped. */
    private static final class Part {
        byte[] b;
        int from;
        int to;
        int max;
        int width;
        int rows;
        int stoppedAt;
        double[] values = new double[0];
        int[] starts = new int[1];
        int[] ends = new int[1];

        void reset(byte[] buffer, int start, int stop, int maxRows, int rowWidth) {
            b = buffer;
            from = start;
            to = stop;
            width = rowWidth;
            max = maxRows;
            rows = 0;
            stoppedAt = start;
        }

        /** Room for row {@code r} (grown as rows come, so the scratch stays near the size of a half window). */
        private void room(int r) {
            if ((long) (r + 1) * width > values.length) {
                values = java.util.Arrays.copyOf(values, (int) Math.min(Integer.MAX_VALUE - 8,
                        Math.max((long) (r + 1) * width, values.length * 3L / 2)));
            }
            if (r + 1 >= starts.length) {
                starts = java.util.Arrays.copyOf(starts, Math.max(r + 2, starts.length * 3 / 2));
                ends = java.util.Arrays.copyOf(ends, starts.length);
            }
        }

        /** Parses lines from {@code from} until {@code to}, {@code max} rows, or a line not of {@code width} numbers. */
        void parse() {
            int[] lineEnd = new int[1];
            int i = from;
            int r = 0;
            while (i < to && r < max) {
                room(r);
                int count = ByteNumbers.row(b, i, to, values, r * width, width, lineEnd);
                if (count != width) {
                    break;
                }
                int e = lineEnd[0];
                starts[r] = i;
                ends[r] = e > i && b[e - 1] == '\r' ? e - 1 : e;
                r++;
                i = e < to ? e + 1 : e;
            }
            rows = r;
            stoppedAt = i;
            starts[r] = i;
        }
    }
}
