package org.vaspflow.io.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
