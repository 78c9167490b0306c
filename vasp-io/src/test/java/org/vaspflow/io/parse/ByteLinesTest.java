package org.vaspflow.io.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.vaspflow.io.testing.SharedData;

/** {@link ByteLines}: the same lines, line numbers and numbers as {@link TextCursor} on real files. */
class ByteLinesTest {
    @Test
    void sameLinesAndNumbersAsTextCursorOnRealFiles() {
        for (String name : new String[] {"vasp/procar-lm-8ions/PROCAR.gz",
            "vasp/procar-phase-vasp544/PROCAR.new_format_5.4.4.gz", "vasp/k4sn4o6-spin-doscar-procar/DOSCAR",
            "lobster/gaas-spin-emmet/COHPCAR.lobster.gz", "lobster/nacl-v51-lcfo/COHPCAR.LCFO.lobster"}) {
            Path file = SharedData.data(name);
            int numericLines = 0;
            try (ByteLines b = ByteLines.open(file); TextCursor t = TextCursor.open(file)) {
                String line;
                while ((line = t.next()) != null) {
                    assertTrue(b.next(), name + ": ends early at line " + t.lineNumber());
                    assertEquals(line, b.current(), name);
                    assertEquals(t.lineNumber(), b.lineNumber());
                    double[] expected;
                    try {
                        expected = t.doubles(line);
                    } catch (ParseException e) {
                        assertThrows(ParseException.class, b::doubles, name + " line " + t.lineNumber());
                        continue;
                    }
                    int n = b.doubles();
                    assertArrayEquals(expected, Arrays.copyOf(b.values(), n), name + " line " + t.lineNumber());
                    numericLines += n > 0 ? 1 : 0;
                }
                assertFalse(b.next(), name + ": more lines than TextCursor");
            }
            assertTrue(numericLines > 10, name + ": " + numericLines);
        }
    }

    @Test
    void peekingAndLineEnds() {
        try (ByteLines c = ByteLines.of("t", "first\r\n\n  12 tot\nlast")) {
            assertEquals('f', c.peekFirst());
            assertTrue(c.next());
            assertEquals("first", c.current());
            assertEquals(' ', c.peekFirst());
            assertTrue(c.next());
            assertTrue(c.isBlank());
            assertEquals('1', c.peekFirst());
            assertFalse(c.peekStartsWith("tot"));
            assertTrue(c.next());
            assertTrue(c.startsWith("12"));
            assertEquals(5, c.indexOf('t', 0));
            assertTrue(c.peekStartsWith("last"));
            assertTrue(c.next());
            assertEquals("last", c.current());
            assertEquals(4, c.lineNumber());
            assertEquals(-1, c.peekFirst());
            assertFalse(c.hasNext());
            assertFalse(c.next());
        }
    }

    @Test
    void linesLongerThanTheBufferAndPeeksAcrossRefills() {
        StringBuilder text = new StringBuilder();
        int columns = 300_000; // ~2.4 MB per line: more than the initial buffer
        for (int row = 0; row < 3; row++) {
            for (int k = 0; k < columns; k++) {
                text.append(' ').append(row).append('.').append(k % 1000);
            }
            text.append('\n');
        }
        try (ByteLines c = ByteLines.of("long", text.toString())) {
            for (int row = 0; row < 3; row++) {
                assertTrue(c.next());
                assertTrue(row == 2 || c.peekFirst() == '0' + row + 1);
                double[] into = new double[columns];
                assertEquals(columns, c.doublesInto(into, 0, columns));
                assertEquals(row + 0.999, into[999], 0);
                assertEquals(row + 0.123, into[columns - 877], 0);
            }
            assertFalse(c.next());
        }
    }

    @Test
    void fortranFieldsAndDamageAsTextCursor() {
        try (ByteLines c = ByteLines.of("f", " 0.5-0.25 1.5D-03 **** 0.1234-105\n 1.0 abc 2.0\n")) {
            c.next();
            assertEquals(5, c.doubles());
            assertArrayEquals(new double[] {0.5, -0.25, 1.5e-3, Double.NaN, 0.1234e-105},
                    Arrays.copyOf(c.values(), 5));
            c.next();
            ParseException e = assertThrows(ParseException.class, c::doubles);
            assertEquals(2, e.line());
            assertEquals(6, e.column());
        }
    }

    @Test
    void requireAtTheEndNamesTheNextLine() {
        try (ByteLines c = ByteLines.of("f", "one\n")) {
            c.require("one");
            ParseException e = assertThrows(ParseException.class, () -> c.require("two"));
            assertEquals(2, e.line());
            assertTrue(e.getMessage().contains("two"), e.getMessage());
        }
    }

    @Test
    void rowsInParallelStopBeforeTheFirstBadRowAsALineByLineReadingWould() {
        int rows = 20_000; // ~0.5 MB: above the size at which the halves go to two cores
        for (int bad : new int[] {-1, 3, rows / 2 - 1, rows / 2 + 7, rows - 1}) {
            StringBuilder text = new StringBuilder("header\n");
            for (int r = 0; r < rows; r++) {
                if (r == bad) {
                    text.append(" 1.0 2.0x 3.0\n");
                } else if (r == 5) {
                    text.append(" 5.00000 0.5-0.25\r\n"); // fused Fortran fields: read line by line, not damage
                } else {
                    text.append(String.format(java.util.Locale.ROOT, " %.5f %.4E %d%n", r * 0.01, r * 1e-3, r));
                }
            }
            try (ByteLines c = ByteLines.of("rows", text.toString())) {
                c.next();
                double[] into = new double[3 * rows];
                int e = 0;
                while (e < rows) {
                    e += new RowBlocks(3, (values, count, row) -> System.arraycopy(values, 0, into, 3 * row,
                            3 * count)).read(c, rows - e, e);
                    assertEquals(e + 1, c.lineNumber());
                    if (e == rows) {
                        break;
                    }
                    assertTrue(c.next());
                    if (e == bad) {
                        ParseException ex = assertThrows(ParseException.class, c::doubles);
                        assertEquals(bad + 2, ex.line());
                        assertEquals(6, ex.column()); // the token "2.0x", as TextCursor reports it
                        break;
                    }
                    assertEquals(3, c.doublesInto(into, 3 * e, 3), "row " + e);
                    e++;
                }
                int last = bad < 0 ? rows : bad;
                for (int r = 0; r < last; r++) {
                    double expected = r == 5 ? 0.5 : Double.parseDouble(String.format(java.util.Locale.ROOT, "%.4E", r * 1e-3));
                    assertEquals(expected, into[3 * r + 1], 0, "row " + r);
                }
                if (bad < 0) {
                    assertFalse(c.next());
                }
            }
        }
    }

    /**
     * Windows read ahead while "parsed" and then consumed in any amount (all their lines, a few, none), as
     * RowBlocks and PROCAR's reader do, in data several times the buffer: every line comes back once and in order
     * whether the bytes read ahead went to the end of the buffer or to its front (joined after a short tail, or after
     * a long one), and the line-by-line reading takes over anywhere.
     */
    @Test
    void windowsReadAheadAndConsumedInAnyAmountGiveEveryLineInOrder() {
        java.util.Random random = new java.util.Random(17);
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < 150_000; r++) {
            text.append("line ").append(r).append(" ".repeat(random.nextInt(40))).append('\n');
        }
        String data = text.toString();
        String[] lines = data.split("\n");
        for (int window : new int[] {5_000, 64_000, 120_000, 200_000, 300_000}) {
            try (ByteLines c = ByteLines.of("x", data)) {
                int line = 0;
                while (line < lines.length) {
                    int limit = c.window(window);
                    byte[] b = c.buffer();
                    int from = c.position();
                    int cap = Math.min(limit, from + window);
                    int end = from;
                    for (int i = cap - 1; i >= from; i--) {
                        if (b[i] == '\n') {
                            end = i + 1;
                            break;
                        }
                    }
                    c.readAhead(window, end);
                    // consume every line of the window, a few, or half, then sometimes one line the ordinary way
                    int inWindow = 0;
                    for (int i = from; i < end; i++) {
                        inWindow += b[i] == '\n' ? 1 : 0;
                    }
                    int kind = random.nextInt(4);
                    int take = kind == 0 ? random.nextInt(20) : kind == 1 ? inWindow / 2 : Integer.MAX_VALUE;
                    int lineStart = from;
                    int lastStart = -1;
                    int lastEnd = -1;
                    int taken = 0;
                    for (int i = from; i < end && taken < take; i++) {
                        if (b[i] == '\n') {
                            assertEquals(lines[line + taken], new String(b, lineStart, i - lineStart,
                                    java.nio.charset.StandardCharsets.ISO_8859_1), "window " + window);
                            lastStart = lineStart;
                            lastEnd = i;
                            lineStart = i + 1;
                            taken++;
                        }
                    }
                    if (taken > 0) {
                        c.skipLines(taken, lastStart, lastEnd, lineStart);
                        line += taken;
                    }
                    if (line < lines.length && (taken < take || random.nextBoolean())) {
                        assertTrue(c.next());
                        assertEquals(lines[line], c.current(), "window " + window);
                        line++;
                    }
                }
                assertFalse(c.next());
            }
        }
    }
}
