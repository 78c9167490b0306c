package org.vaspflow.io.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link RowBlocks} against a line-by-line reading of the same text: same rows stored, the cursor on the same line,
 * whatever the window size (rows straddling windows and halves), the number of rows asked for, and where a row of
 * another shape sits.
 */
class RowBlocksTest {
    @Test
    void readsWhatALineByLineReadingReadsForEveryWindowAndStopRow() {
        Random random = new Random(3);
        int rows = 3_000;
        for (int window : new int[] {64, 1_000, 40_000, 300_000, RowBlocks.WINDOW_BYTES}) {
            for (int bad : new int[] {-1, 0, 1, 777, 1_500, 2_999}) {
                StringBuilder text = new StringBuilder("head\n");
                for (int r = 0; r < rows; r++) {
                    text.append(r == bad ? " 1.0 2.0\n" : String.format(Locale.ROOT, " %.5f %.4E %d%s", r * 0.01,
                            random.nextGaussian(), r, r % 7 == 0 ? "\r\n" : "\n"));
                }
                String data = text.append(bad < 0 ? " 9 9 9 9\n" : "").toString();
                for (int n : new int[] {rows, rows / 3, rows + 5}) {
                    String where = "window " + window + " bad " + bad + " n " + n;
                    double[] expected = new double[3 * (rows + 5)];
                    int expectedRows;
                    int expectedLine;
                    try (ByteLines c = ByteLines.of("x", data)) {
                        c.next();
                        int r = 0;
                        while (r < n && c.hasNext()) {
                            c.next();
                            if (c.doubles() != 3) {
                                break;
                            }
                            System.arraycopy(c.values(), 0, expected, 3 * r, 3);
                            r++;
                        }
                        expectedRows = r;
                        expectedLine = r + 1;
                    }
                    try (ByteLines c = ByteLines.of("x", data)) {
                        c.next();
                        double[] got = new double[3 * (rows + 5)];
                        int stored = new RowBlocks(3, (values, count, row) -> System.arraycopy(values, 0, got,
                                3 * row, 3 * count), window).read(c, n, 0);
                        int more;
                        while (stored < n && (more = new RowBlocks(3, (values, count, row) -> System.arraycopy(
                                values, 0, got, 3 * row, 3 * count), window).read(c, n - stored, stored)) > 0) {
                            stored += more; // a window may end early (a line longer than a tiny window)
                        }
                        assertEquals(expectedRows, stored, where);
                        assertEquals(expectedLine, c.lineNumber(), where);
                        assertArrayEquals(expected, got, where);
                        String next = c.hasNext() ? (c.next() ? c.current() : "") : "<end>";
                        String expectedNext = data.lines().skip(expectedLine).findFirst().orElse("<end>");
                        assertEquals(expectedNext, next, where);
                    }
                }
            }
        }
    }

    /**
     * Blocks of rows between header lines (DOSCAR's ions), read block by block with the header read line by line, in
     * data several times the buffer: the windows read ahead to the front of the buffer and are joined to the tail of
     * the last one (also when a window stops at a header inside it), for any window size and block length.
     */
    @Test
    void blocksBetweenHeadersInDataLargerThanTheBuffer() {
        Random random = new Random(5);
        for (int window : new int[] {4_096, 50_000, 333_333}) {
            for (int block : new int[] {997, 20_000}) {
                StringBuilder text = new StringBuilder();
                int blocks = 120_000 / block + 1;
                for (int k = 0; k < blocks; k++) {
                    text.append("  11.68 -28.82 ").append(k).append(" 2.53 1.0\n"); // 5 numbers: another shape
                    for (int r = 0; r < block; r++) {
                        text.append(String.format(Locale.ROOT, " %.5f %.4E %d%n", r * 0.01, random.nextGaussian(), k));
                    }
                }
                String data = text.toString();
                double[] expected = new double[3 * blocks * block];
                try (ByteLines c = ByteLines.of("x", data)) {
                    for (int r = 0; c.next(); ) {
                        if (c.doubles() == 3) {
                            System.arraycopy(c.values(), 0, expected, 3 * r++, 3);
                        }
                    }
                }
                double[] got = new double[expected.length];
                try (ByteLines c = ByteLines.of("x", data)) {
                    RowBlocks rows = new RowBlocks(3, (values, count, row) -> System.arraycopy(values, 0, got,
                            3 * row, 3 * count), window);
                    for (int k = 0; k < blocks; k++) {
                        c.next();
                        assertEquals("  11.68 -28.82 " + k + " 2.53 1.0", c.current(), "window " + window + " block " + k);
                        // asking for more rows than the block has stops at the next header, inside a window
                        int ask = k % 2 == 0 ? block : block + 5;
                        assertEquals(block, rows.read(c, ask, k * block), "window " + window + " block " + k);
                    }
                    assertEquals(false, c.hasNext());
                }
                assertArrayEquals(expected, got, "window " + window + " block " + block);
            }
        }
    }

    /** A read error met while reading ahead is reported where a line-by-line reading meets it, after the same rows. */
    @Test
    void aReadErrorIsReportedWhereALineByLineReadingMeetsIt() {
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < 120_000; r++) { // several buffers: reads ahead go to the front too
            text.append(String.format(Locale.ROOT, " %.5f %.4E %d%n", r * 0.01, r * 1e-3, r));
        }
        byte[] data = text.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        int failAt = data.length * 2 / 3 + 5; // inside a line
        int expectedRows = 0;
        ParseException expected = null;
        try (ByteLines c = ByteLines.of("x", failing(data, failAt))) {
            while (c.next()) {
                expectedRows++;
            }
        } catch (ParseException e) {
            expected = e;
        }
        assertEquals(true, expected != null && expectedRows > 1_000, "the failing stream fails late");
        double[] got = new double[3 * 120_000];
        int stored = 0;
        ParseException error = null;
        try (ByteLines c = ByteLines.of("x", failing(data, failAt))) {
            RowBlocks rows = new RowBlocks(3, (values, count, row) -> System.arraycopy(values, 0, got, 3 * row,
                    3 * count), 16_384);
            while (true) {
                stored += rows.read(c, 120_000 - stored, stored);
                if (!c.next()) {
                    break;
                }
                stored++; // a row read the ordinary way (never here: the rows are all alike)
            }
        } catch (ParseException e) {
            error = e;
        }
        assertEquals(expectedRows, stored);
        assertEquals(expected.getMessage(), error == null ? "no error" : error.getMessage());
    }

    private static java.io.InputStream failing(byte[] data, int failAt) {
        return new java.io.InputStream() {
            private int at;

            @Override
            public int read() throws java.io.IOException {
                if (at == failAt) {
                    throw new java.io.IOException("damaged at " + failAt);
                }
                return data[at++] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws java.io.IOException {
                if (at == failAt) {
                    throw new java.io.IOException("damaged at " + failAt);
                }
                int n = Math.min(len, failAt - at);
                System.arraycopy(data, at, b, off, n);
                at += n;
                return n;
            }
        };
    }

    @Test
    void lastRowWithoutNewlineIsRead() {
        try (ByteLines c = ByteLines.of("x", "1 2\n3 4\n5 6")) {
            double[] got = new double[6];
            assertEquals(3, new RowBlocks(2, (values, count, row) -> System.arraycopy(values, 0, got, 2 * row,
                    2 * count), 4).read(c, 10, 0));
            assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, got);
            assertEquals(3, c.lineNumber());
            assertEquals("5 6", c.current());
            assertEquals(false, c.hasNext());
        }
    }
}
