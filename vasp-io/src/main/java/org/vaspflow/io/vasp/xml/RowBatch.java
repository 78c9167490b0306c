package org.vaspflow.io.vasp.xml;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The deferred {@code <r>} rows of one window of an {@code <array>} (their byte ranges in a buffer the scanner may
 * already have left), parsed into the sink in chunks that the common pool's workers and the waiting thread claim
 * one at a time; optionally also the newline count of the buffer's dropped bytes. Why chunks claimed from a
 * counter rather than a fixed split: the scanning thread joins in only when it has to wait, so the split cannot
 * be known in advance.
 *
 * <p>Every row must hold {@code columns} numbers; the earliest row that does not is reported as damage at its
 * place in the file ({@link ByteWindow.Where}).
 */
final class RowBatch implements ByteWindow.Deferred {
    /** Row text per claimed chunk: small enough to balance two threads, large enough that claiming is free. */
    private static final int CHUNK_BYTES = 1 << 18;
    /** Below this many bytes newlines are counted one byte at a time. */
    private static final int SHORT_GAP = 32;
    /** Below this much row text the caller parses alone: waking a worker costs more than it saves. */
    private static final int PARALLEL_BYTES = 1 << 20;

    private final ByteWindow.Where where;
    private final int[] starts;
    private final int[] ends;
    private final int rows;
    private final long firstValue;
    private final int columns;
    private final XmlNumbers.Sink sink;
    private final int countNewlinesTo;
    private final long rowBytes;
    private final int rowsPerChunk;
    private final int rowJobs;
    private final int jobs;
    private final AtomicInteger nextJob = new AtomicInteger();
    private final CountDownLatch jobsLeft;
    private final AtomicInteger firstBadRow = new AtomicInteger(Integer.MAX_VALUE);
    private final AtomicLong newlines = new AtomicLong();
    private volatile Throwable failure;

    /**
     * Rows {@code starts[i]..ends[i]} (i &lt; rows) of {@code where.buf()}, each holding {@code columns} numbers,
     * go to the sink from value index {@code firstValue} on; newlines of bytes [0, countNewlinesTo) are counted.
     */
    RowBatch(ByteWindow.Where where, int[] starts, int[] ends, int rows, long rowBytes, long firstValue, int columns,
            XmlNumbers.Sink sink, int countNewlinesTo) {
        this.where = where;
        this.starts = starts;
        this.ends = ends;
        this.rows = rows;
        this.rowBytes = rowBytes;
        this.firstValue = firstValue;
        this.columns = columns;
        this.sink = sink;
        this.countNewlinesTo = countNewlinesTo;
        this.rowsPerChunk = (int) Math.max(1, rows * (long) CHUNK_BYTES / Math.max(1, rowBytes));
        this.rowJobs = (rows + rowsPerChunk - 1) / rowsPerChunk;
        this.jobs = rowJobs;
        this.jobsLeft = new CountDownLatch(jobs);
    }

    /** Lets the common pool's workers start on it (not for a small batch: the caller parses that in await). */
    RowBatch start() {
        if (rowBytes + countNewlinesTo >= PARALLEL_BYTES) {
            int workers = Math.min(jobs - 1, ForkJoinPool.getCommonPoolParallelism());
            for (int w = 0; w < workers; w++) {
                ForkJoinPool.commonPool().execute(this::work);
            }
        }
        return this;
    }

    @Override
    public XmlDamage await() {
        work();
        boolean interrupted = false;
        while (true) {
            try {
                jobsLeft.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable t = failure;
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        int bad = firstBadRow.get();
        if (bad == Integer.MAX_VALUE) {
            return null;
        }
        return where.damageAt(starts[bad], problem(where.buf(), starts[bad], ends[bad], columns));
    }

    /** What is wrong with a row of bytes [from, to) that should hold {@code columns} numbers, or null. */
    static String problem(byte[] b, int from, int to, int columns) {
        int n = XmlNumbers.parseRow(b, from, to, XmlNumbers.COUNT_ONLY);
        return n == columns ? null : n < 0 ? "a row with something not a number"
                : "a row of " + n + " numbers where " + columns + " were expected";
    }

    @Override
    public long newlines() {
        return newlines.get();
    }

    /** Claims and runs jobs until none is left. */
    private void work() {
        int job;
        while ((job = nextJob.getAndIncrement()) < jobs) {
            try {
                parseRows(job * rowsPerChunk, Math.min(rows, (job + 1) * rowsPerChunk));
            } catch (Throwable t) {
                failure = t;
            } finally {
                jobsLeft.countDown();
            }
        }
    }

    /**
     * Parses rows [from, to); when newlines are counted, also those of the bytes after each row up to the next
     * (or to the end of the dropped bytes) and, for the first chunk, before the first row. Why per gap: row text
     * is most of the bytes and the parser already counts its newlines, so a separate pass over the whole buffer
     * (a fifth of the CPU time of a large file, JFR) is not needed.
     */
    private void parseRows(int from, int to) {
        byte[] b = where.buf();
        double[] row = new double[columns];
        boolean counting = countNewlinesTo > 0;
        long lines = counting && from == 0 ? newlinesIn(b, 0, starts[0]) : 0;
        for (int i = from; i < to; i++) {
            long parsed = XmlNumbers.parseRowAndLines(b, starts[i], ends[i], row);
            if ((int) parsed != columns) {
                firstBadRow.accumulateAndGet(i, Math::min);
                return;
            }
            sink.putRow((int) (firstValue + (long) i * columns), row, columns);
            if (counting) {
                lines += (parsed >>> 32) + newlinesIn(b, ends[i], i + 1 < rows ? starts[i + 1] : countNewlinesTo);
            }
        }
        newlines.addAndGet(lines);
    }

    private static long newlinesIn(byte[] b, int from, int to) {
        if (to - from >= SHORT_GAP) {
            return ByteWindow.newlines(b, from, to);
        }
        long n = 0;
        for (int i = from; i < to; i++) {
            if (b[i] == '\n') {
                n++;
            }
        }
        return n;
    }
}
