package org.vaspflow.io.vasp.xml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads one {@code <array>} of VASP's XML — {@code <field>} names, nested {@code <set>}s and {@code <r>} rows of
 * numbers — straight from the scanner's bytes:
 *
 * <pre>
 * &lt;array&gt; &lt;dimension dim="1"&gt;…&lt;/dimension&gt; &lt;field&gt;energy&lt;/field&gt; …
 *  &lt;set&gt; &lt;set comment="spin 1"&gt; &lt;r&gt;   -9.4592    0.0000    0.0000 &lt;/r&gt; … &lt;/set&gt; &lt;/set&gt;
 * &lt;/array&gt;
 * </pre>
 *
 * The scan records where each row's text lies and defers its numbers. When the scanner is about to drop the bytes,
 * the rows are handed to the pool as a {@link RowBatch} and parsed while the scan goes on in the other buffer; at
 * the end of the array the last rows are parsed by all cores before the array counts as read. Every row must hold
 * as many numbers as the first.
 */
final class ArrayReader {

    private final XmlCursor x;
    private final XmlNumbers.Sink sink;
    private final Shape shape = new Shape();
    private int[] starts = new int[256];
    private int[] ends = new int[256];
    private int pending;
    private long pendingBytes;
    private int rowsDone;

    private ArrayReader(XmlCursor x, XmlNumbers.Sink sink) {
        this.x = x;
        this.sink = sink;
    }

    /** Reads the current {@code <array>} element to its end tag; numbers go to {@code sink}, row-major. */
    static Shape read(XmlCursor x, XmlNumbers.Sink sink) throws XmlDamage {
        ArrayReader r = new ArrayReader(x, sink);
        x.beforeCompact(r::handOff);
        try {
            try {
                r.scan();
            } catch (XmlDamage later) {
                throw r.earliest(later);
            }
            XmlDamage earlier = x.settle();
            if (earlier != null) {
                throw earlier;
            }
            RowBatch last = r.handOff(0);
            XmlDamage bad = last == null ? null : last.await();
            if (bad != null) {
                throw bad;
            }
        } finally {
            x.beforeCompact(null);
        }
        return r.shape;
    }

    private void scan() throws XmlDamage {
        int setDepth = 0;
        while (true) {
            int ev = x.next();
            if (ev == XmlCursor.EOF) {
                throw x.endOfInput("file ends inside <array>");
            }
            String n = x.name();
            if (ev == XmlCursor.START) {
                switch (n) {
                    case "r" -> rows();
                    case "field" -> shape.fields.add(x.text().strip());
                    case "set" -> shape.count(++setDepth);
                    default -> x.skipElement();
                }
            } else if (n.equals("set")) {
                setDepth--;
            } else if (n.equals("array")) {
                return;
            }
        }
    }

    /** A row met as a start tag, then its plain siblings through the fast path. */
    private void rows() throws XmlDamage {
        if (x.selfClosed()) {
            throw x.damage("empty <r/> row");
        }
        x.stackPop();
        int d = x.distanceTo((byte) '<');
        if (d < 0) {
            throw x.endOfInput("file ends inside <r>");
        }
        do {
            d = x.rowsInBuffer(d, this::row);
            x.closeRow(d);
        } while ((d = x.openRow()) >= 0);
    }

    /** Records the row whose text is buffer bytes [start, end); the first of the array is parsed at once. */
    private void row(int start, int end) throws XmlDamage {
        int d = end - start;
        shape.rows++;
        if (shape.columns == 0) {
            int cols = XmlNumbers.parseRow(x.buffer(), start, start + d, XmlNumbers.COUNT_ONLY);
            if (cols <= 0) {
                throw x.damageAt(start, cols == 0 ? "a row without numbers" : "a row with something not a number");
            }
            shape.columns = cols;
            sink.ensureCapacity(cols);
            double[] first = new double[cols];
            XmlNumbers.parseRow(x.buffer(), start, start + d, first);
            sink.putRow(0, first, cols);
            rowsDone = 1;
        } else {
            if (pending == starts.length) {
                starts = Arrays.copyOf(starts, pending * 2);
                ends = Arrays.copyOf(ends, pending * 2);
            }
            starts[pending] = start;
            ends[pending++] = start + d;
            pendingBytes += d;
        }
    }

    /**
     * The damage the scan met, unless a row still waiting to be parsed is bad and earlier in the file: then that
     * row's. Why: the reported place must not depend on how far the buffer reached when the scan stopped.
     */
    private XmlDamage earliest(XmlDamage later) {
        byte[] b = x.buffer();
        for (int i = 0; i < pending; i++) {
            String problem = RowBatch.problem(b, starts[i], ends[i], shape.columns);
            if (problem != null) {
                XmlDamage row = x.damageAt(starts[i], problem);
                return row.line < later.line || row.line == later.line && row.column < later.column ? row : later;
            }
        }
        return later;
    }

    /**
     * Hands the deferred rows (still in the scanner's buffer, whose first {@code dropped} bytes are about to be
     * dropped) to a started {@link RowBatch}; null when there are none. The scanner has waited for the previous
     * batch, so the sink may grow here.
     */
    private RowBatch handOff(int dropped) throws XmlDamage {
        if (pending == 0) {
            return null;
        }
        int cols = shape.columns;
        long need = (long) (rowsDone + pending) * cols;
        if (need > Integer.MAX_VALUE - 8) {
            throw x.damageAt(starts[0], "an array of more than 2^31 numbers");
        }
        sink.ensureCapacity((int) need);
        RowBatch batch = new RowBatch(x.where(), Arrays.copyOf(starts, pending), Arrays.copyOf(ends, pending), pending,
                pendingBytes, (long) rowsDone * cols, cols, sink, dropped);
        rowsDone += pending;
        pending = 0;
        pendingBytes = 0;
        return batch.start();
    }

    /** Field names, row count, numbers per row and set counts per depth of one {@code <array>}. */
    static final class Shape {
        final List<String> fields = new ArrayList<>();
        final int[] setsAtDepth = new int[8];
        int rows;
        int columns;

        void count(int depth) {
            if (depth < setsAtDepth.length) {
                setsAtDepth[depth]++;
            }
        }

        int values() {
            return rows * columns;
        }
    }
}
