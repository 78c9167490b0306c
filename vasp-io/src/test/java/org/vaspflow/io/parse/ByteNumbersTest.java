package org.vaspflow.io.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vaspflow.io.testing.ReaderContract;
import org.vaspflow.io.testing.SharedData;

/**
 * {@link ByteNumbers#decimal} against the JDK's {@link Double#parseDouble}: every accepted token must give the
 * same bits (Clinger's fast path is exact, not approximate), and tokens outside the fast path are declined.
 */
class ByteNumbersTest {
    private static final String[] REAL_FILES = {"vasp/procar-lm-8ions/PROCAR.gz",
        "vasp/k4sn4o6-spin-doscar-procar/DOSCAR", "vasp/mg4v2bi2o12-dftu-doscar/PROCAR",
        "lobster/gaas-spin-emmet/COHPCAR.lobster.gz", "lobster/nacl-v51-lcfo/COBICAR.lobster",
        "bench/DOSCAR.custodian.gz"};

    @Test
    void everyNumberOfRealFilesIsBitIdenticalToTheJdk() {
        long accepted = 0;
        for (String name : REAL_FILES) {
            byte[] b = ReaderContract.plainBytes(SharedData.data(name));
            int i = 0;
            while (i < b.length) {
                while (i < b.length && (b[i] & 0xff) <= ' ') {
                    i++;
                }
                int s = i;
                while (i < b.length && (b[i] & 0xff) > ' ') {
                    i++;
                }
                if (i > s) {
                    accepted += check(b, s, i, name) ? 1 : 0;
                }
            }
        }
        assertTrue(accepted > 1_000_000, "numbers compared: " + accepted);
    }

    @Test
    void randomFixedPointAndExponentFieldsAreBitIdentical() {
        Random r = new Random(11);
        long accepted = 0;
        for (int k = 0; k < 300_000; k++) {
            double v = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(30) - 15);
            String t = switch (k % 4) {
                case 0 -> String.format(Locale.ROOT, "%.8f", v);
                case 1 -> String.format(Locale.ROOT, "%.5E", v);
                case 2 -> String.format(Locale.ROOT, "%.3f", v);
                default -> String.format(Locale.ROOT, "%.16e", v);
            };
            byte[] b = t.getBytes(StandardCharsets.ISO_8859_1);
            accepted += check(b, 0, b.length, t) ? 1 : 0;
        }
        assertTrue(accepted > 150_000, "accepted " + accepted);
    }

    @Test
    void fortranDExponentReadsAsE() {
        assertEquals(Double.doubleToRawLongBits(1.5e-3), Double.doubleToRawLongBits(decimal("1.5D-03")));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(decimal("-0.000")));
        assertEquals(-2.0, decimal("-.2e1"));
    }

    @Test
    void tokensOutsideTheFastPathAreDeclined() {
        for (String t : new String[] {"1.0-2.0", "0.1234-105", "****", "NaN", "1e", "1e+", ".", "+", "-", "1.2.3",
            "1234567890123456789", "9007199254740993", "1e23", "1e-300", "12e1234", "1x", "0x10"}) {
            assertTrue(Double.isNaN(decimal(t)), t);
        }
    }

    /** {@link ByteNumbers#row} has scan and exact inline: it must give what a token-by-token scan gives. */
    @Test
    void rowEqualsTokenByTokenScanOnRealLinesAndEdgeTokens() {
        long rows = 0;
        for (String name : REAL_FILES) {
            byte[] b = ReaderContract.plainBytes(SharedData.data(name));
            for (int s = 0, e; s < b.length; s = e + 1) {
                e = s;
                while (e < b.length && b[e] != '\n') {
                    e++;
                }
                rows += sameRow(b, s, e) ? 1 : 0;
            }
        }
        assertTrue(rows > 50_000, "rows compared: " + rows);
        String[] edge = {"1.0-2.0", "0.1234-105", "****", "NaN", "1e", "1e+", ".", "+", "-", "1.2.3", "-0.000",
            "1234567890123456789", "9007199254740993", "9007199254740992", "1e23", "1e22", "1e-22", "1e-23",
            "1e-300", "12e1234", "1x", "0x10", "1.5D-03", "-.2e1", "0.0000E+00", "-1.30756e+01", "1E5", "1e+0005",
            "7.", ".5", "+3.25", "1.0E-3x", "2d", "\u00e91.0", "1.0\u00e9"};
        Random r = new Random(5);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder line = new StringBuilder();
            for (int t = r.nextInt(6); t >= 0; t--) {
                line.append(r.nextBoolean() ? "  " : "\t").append(edge[r.nextInt(edge.length)]);
            }
            byte[] b = line.toString().getBytes(StandardCharsets.ISO_8859_1);
            sameRow(b, 0, b.length);
        }
    }

    /**
     * COHPCAR's "d.ddddd" (8 to 13 wide, as LOBSTER versions write them), PROCAR's "d.ddd" and DOSCAR's
     * "d.ddddE+dd" fields, read as words: the same as the token-by-token scan, bit for bit, for random values and
     * exponents, and with any one byte of a line changed to anything.
     */
    @Test
    void wordFieldsEqualTokenByTokenScanAlsoWithAnyByteChanged() {
        Random r = new Random(11);
        for (int k = 0; k < 40_000; k++) {
            StringBuilder line = new StringBuilder();
            for (int t = r.nextInt(8); t >= 0; t--) {
                double v = (r.nextBoolean() ? -1 : 1) * r.nextInt(1_000_000) / 1e5;
                int kind = r.nextInt(3);
                line.append(kind == 0 ? String.format(java.util.Locale.ROOT, "%" + (8 + r.nextInt(6)) + ".5f", v)
                        : kind == 1 ? String.format(java.util.Locale.ROOT, "%" + (6 + r.nextInt(4)) + ".3f", v)
                        : String.format(java.util.Locale.ROOT, "%s%d.%04dE%c%02d", r.nextBoolean() ? "  " : " -",
                                r.nextInt(10), r.nextInt(10_000), r.nextBoolean() ? '+' : '-', r.nextInt(40)));
            }
            byte[] b = (line + (r.nextBoolean() ? "\n" : "")).getBytes(StandardCharsets.ISO_8859_1);
            if (k % 2 == 1) {
                b[r.nextInt(b.length)] = (byte) r.nextInt(256);
            }
            int end = 0;
            while (end < b.length && b[end] != '\n') {
                end++;
            }
            sameRow(b, 0, end);
        }
    }

    @Test
    void rowStopsAtTheEndOfItsLine() {
        byte[] b = " 1.5 -2E+01\r\n 3.0 4.0\n".getBytes(StandardCharsets.ISO_8859_1);
        double[] into = new double[4];
        int[] lineEnd = new int[1];
        assertEquals(2, ByteNumbers.row(b, 0, b.length, into, 0, 4, lineEnd));
        assertEquals(12, lineEnd[0]);
        assertEquals(-20.0, into[1]);
        assertEquals(2, ByteNumbers.row(b, 13, b.length, into, 2, 2, lineEnd));
        assertEquals(b.length - 1, lineEnd[0]);
        assertEquals(4.0, into[3]);
    }

    /** Compares row() with the token-by-token reference on bytes [from, to); true when the row had numbers. */
    private static boolean sameRow(byte[] b, int from, int to) {
        double[] expected = new double[256];
        int n = reference(b, from, to, expected);
        double[] got = new double[256];
        int[] lineEnd = {-1};
        assertEquals(n, ByteNumbers.row(b, from, to, got, 0, got.length, lineEnd),
                new String(b, from, to - from, StandardCharsets.ISO_8859_1));
        if (n >= 0) {
            assertEquals(to, lineEnd[0]);
        }
        for (int k = 0; k < Math.min(n, got.length); k++) {
            assertEquals(Double.doubleToRawLongBits(expected[k]), Double.doubleToRawLongBits(got[k]),
                    new String(b, from, to - from, StandardCharsets.ISO_8859_1) + " value " + k);
        }
        return n > 0;
    }

    private static int reference(byte[] b, int from, int to, double[] into) {
        int[] end = new int[1];
        int n = 0;
        int i = from;
        while (i < to) {
            if ((b[i] & 0xff) <= ' ') {
                i++;
                continue;
            }
            int s = i;
            double v = ByteNumbers.scan(b, s, to, end);
            i = end[0];
            if (v != v) {
                try {
                    v = JavaDoubleParser.parseDouble(b, s, i - s);
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
            if (n < into.length) {
                into[n] = v;
            }
            n++;
        }
        return n;
    }

    private static double decimal(String t) {
        byte[] b = t.getBytes(StandardCharsets.ISO_8859_1);
        return ByteNumbers.decimal(b, 0, b.length);
    }

    private static boolean check(byte[] b, int from, int to, String where) {
        double fast = ByteNumbers.decimal(b, from, to);
        if (Double.isNaN(fast)) {
            return false;
        }
        String token = new String(b, from, to - from, StandardCharsets.ISO_8859_1).replace('D', 'E').replace('d', 'e');
        double jdk = Double.parseDouble(token);
        assertEquals(Double.doubleToRawLongBits(jdk), Double.doubleToRawLongBits(fast), token + " in " + where);
        return true;
    }
}
