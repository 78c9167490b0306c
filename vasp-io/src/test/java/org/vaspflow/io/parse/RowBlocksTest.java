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

    /** A read error met while reading ahead is reported where a line-by-line reading meets it, after the same rows. */
    @Test
    void aReadErrorIsReportedWhereALineByLineReadingMeetsIt() {
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < 20_000; r++) {
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
        double[] got = new double[3 * 20_000];
        int stored = 0;
        ParseException error = null;
        try (ByteLines c = ByteLines.of("x", failing(data, failAt))) {
            RowBlocks rows = new RowBlocks(3, (values, count, row) -> System.arraycopy(values, 0, got, 3 * row,
                    3 * count), 16_384);
            while (true) {
                stored += rows.read(c, 20_000 - stored, stored);
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
