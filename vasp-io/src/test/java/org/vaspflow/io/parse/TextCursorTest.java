package org.vaspflow.io.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.io.testing.ReaderContract;

class TextCursorTest {
    @Test
    void fortranNumbers() {
        assertEquals(1.5e-3, TextCursor.fortranDouble("1.5D-03"), 0);
        assertEquals(0.1234e-105, TextCursor.fortranDouble("0.1234-105"), 1e-120);
        assertTrue(Double.isNaN(TextCursor.fortranDouble("*******")));
        assertEquals(List.of("-0.123", "-0.456"), TextCursor.splitFortranFields("-0.123-0.456"));
        assertEquals(List.of("1.0", "-2.0", "3.5E-02"), TextCursor.splitFortranFields(" 1.0-2.0  3.5E-02"));
        assertEquals(List.of("0.1234-105"), TextCursor.splitFortranFields("0.1234-105"));
    }

    @Test
    void errorsCarryLineColumnAndText() {
        TextCursor c = TextCursor.of("X", "a\n  1.0 abc\n");
        c.next();
        c.next();
        ParseException e = assertThrows(ParseException.class, () -> c.doubles(c.current()));
        assertEquals(2, e.line());
        assertEquals(7, e.column());
        assertEquals("abc", e.snippet());
        assertTrue(e.getMessage().startsWith("X:2:7:"), e.getMessage());
    }

    @Test
    void everyCompressionIsRecognisedByContent(@TempDir Path tmp) throws Exception {
        byte[] text = "hello\nworld\n".getBytes();
        for (String kind : new String[] {"gz", "bz2", "xz", "zst"}) {
            Path f = ReaderContract.write(tmp.resolve("no-suffix-" + kind), ReaderContract.compress(text, kind));
            try (TextCursor c = TextCursor.open(f)) {
                assertEquals("hello", c.next());
                assertEquals("world", c.next());
                assertEquals(null, c.next());
            }
        }
    }

    @Test
    void damagedGzipIsAParseException(@TempDir Path tmp) {
        byte[] gz = ReaderContract.compress("line\n".repeat(10000).getBytes(), "gz");
        Path f = ReaderContract.write(tmp.resolve("cut.gz"), java.util.Arrays.copyOf(gz, gz.length / 2));
        assertThrows(ParseException.class, () -> {
            try (TextCursor c = TextCursor.open(f)) {
                while (c.next() != null) {
                    // read to the damage
                }
            }
        });
    }
}
