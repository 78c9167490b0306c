package org.vaspflow.io.vasp.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.vaspflow.io.parse.Compression;
import org.vaspflow.io.testing.SharedData;

/**
 * The plain-decimal fast path of {@link XmlNumbers} must give exactly the double {@link Double#parseDouble} gives
 * (bit for bit, signed zeros included) for every token it accepts, and decline every token it cannot do exactly.
 */
class XmlNumbersFastPathTest {
    private static final Pattern ROW = Pattern.compile("<[rv]>([^<]*)</[rv]>");

    private static void assertSameAsJdk(String token) {
        byte[] b = token.getBytes(StandardCharsets.ISO_8859_1);
        double fast = XmlNumbers.plainDecimal(b, 0, b.length);
        if (!Double.isNaN(fast)) {
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(token)), Double.doubleToRawLongBits(fast),
                    () -> "token '" + token + "': fast " + fast + " vs JDK " + Double.parseDouble(token));
        }
        // and the row parser (fast path or fallback) agrees with the JDK too
        double[] out = new double[1];
        byte[] row = ("  " + token + " ").getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(1, XmlNumbers.parseRow(row, 0, row.length, out));
        assertEquals(Double.doubleToRawLongBits(Double.parseDouble(token)),
                Double.doubleToRawLongBits(out[0]), token);
    }

    @Test
    void everyNumberOfRealVasprunFilesParsesBitIdentically() throws Exception {
        int tokens = 0;
        int fast = 0;
        for (String f : new String[] {"vasp/feo-afm-ldau-relax/vasprun.xml", "vasp/ir16-h-slab/vasprun.xml.gz",
            "vasp/k4sn4o6-spin-doscar-procar/vasprun.xml"}) {
            Path file = SharedData.data(f);
            String text;
            try (InputStream in = Compression.open(file)) {
                text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            }
            Matcher m = ROW.matcher(text);
            while (m.find()) {
                for (String token : m.group(1).trim().split("\\s+")) {
                    if (token.isEmpty() || token.startsWith("*")) {
                        continue;
                    }
                    double jdk;
                    try {
                        jdk = Double.parseDouble(token);
                    } catch (NumberFormatException e) {
                        continue;  // Fortran forms: not this test's subject
                    }
                    byte[] b = token.getBytes(StandardCharsets.ISO_8859_1);
                    double v = XmlNumbers.plainDecimal(b, 0, b.length);
                    if (!Double.isNaN(v)) {
                        fast++;
                        assertEquals(Double.doubleToRawLongBits(jdk), Double.doubleToRawLongBits(v),
                                file + ": '" + token + "'");
                    }
                    tokens++;
                }
            }
        }
        assertTrue(tokens > 100_000, "the files hold many numbers: " + tokens);
        assertTrue(fast > tokens * 0.95, "the fast path takes nearly all of them: " + fast + " of " + tokens);
    }

    /**
     * The projection field {@code "  d.dddd"} / {@code " -d.dddd"} (read as one word) gives exactly the JDK's
     * double, and eight bytes with any one byte changed give the JDK's double or, when they are not a number,
     * a failed row: never a wrong value.
     */
    @Test
    void projectionFieldsParseBitIdenticallyAndChangedBytesNeverGiveAWrongValue() {
        SplittableRandom r = new SplittableRandom(7);
        double[] out = new double[2];
        for (int n = 0; n < 200_000; n++) {
            String field = String.format(Locale.ROOT, "%8.4f", (r.nextBoolean() ? -1 : 1) * r.nextInt(100_000) / 1e4);
            byte[] b = (field + " ").getBytes(StandardCharsets.ISO_8859_1);
            if (n % 2 == 1) {
                b[r.nextInt(8)] = (byte) r.nextInt(256);
            }
            String token = new String(b, StandardCharsets.ISO_8859_1);
            double[] jdk = jdkRow(token);
            int count = XmlNumbers.parseRow(b, 0, b.length, out);
            if (jdk == null) {
                // Fortran forms (2-2849, 1.0D+02), **** and Java literal suffixes FastDoubleParser accepts aside
                if (!token.matches("[-+0-9.A-Za-z*\\x00- ]*")) {
                    assertEquals(-1, count, () -> "not numbers: '" + token + "'");
                }
                continue;
            }
            assertEquals(jdk.length, count, token);
            for (int k = 0; k < Math.min(count, out.length); k++) {
                assertEquals(Double.doubleToRawLongBits(jdk[k]), Double.doubleToRawLongBits(out[k]), token);
            }
        }
        byte[] row = "  0.0004  1.0000 -2.5000  0.12345 ".getBytes(StandardCharsets.ISO_8859_1);
        double[] four = new double[4];
        assertEquals(4, XmlNumbers.parseRow(row, 0, row.length, four));
        assertEquals(0.0004, four[0]);
        assertEquals(1.0, four[1]);
        assertEquals(-2.5, four[2]);
        assertEquals(0.12345, four[3]);
    }

    /** The whitespace-separated tokens as the JDK reads them, or null when one is not a Java double. */
    private static double[] jdkRow(String text) {
        // bytes up to 0x20 separate numbers, as in the row parser
        String[] tokens = java.util.Arrays.stream(text.split("[\\x00- ]+")).filter(t -> !t.isEmpty())
                .toArray(String[]::new);
        double[] v = new double[tokens.length];
        for (int k = 0; k < tokens.length; k++) {
            if (!tokens[k].matches("[-+]?[0-9.]+")) {
                return null;
            }
            try {
                v[k] = Double.parseDouble(tokens[k]);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return v;
    }

    @Test
    void randomFixedPointFieldsParseBitIdentically() {
        SplittableRandom r = new SplittableRandom(20261206);
        for (int i = 0; i < 300_000; i++) {
            double x = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(-6, 9));
            int decimals = r.nextInt(0, 17);
            assertSameAsJdk(String.format(Locale.ROOT, "%." + decimals + "f", x));
        }
    }

    @Test
    void edgeTokens() {
        for (String t : new String[] {"0", "-0", "-0.00000000", "+1.5", "1.", ".5", "-.5", "9007199254740992",
            "9007199254740993", "0.1", "123456789012345678", "1234567890123456789", "0.0000000000000000000001",
            "0.00000000000000000000001", "1e5", "1.5E-03", "-17.51370000", "100000000.00000000"}) {
            assertSameAsJdk(t);
        }
        byte[] e = "1.5E-03".getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(Double.isNaN(XmlNumbers.plainDecimal(e, 0, e.length)), "exponents go to the general parser");
        byte[] big = "9007199254740993".getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(Double.isNaN(XmlNumbers.plainDecimal(big, 0, big.length)), "above 2^53 is declined");
        byte[] dots = "1.2.3".getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(Double.isNaN(XmlNumbers.plainDecimal(dots, 0, dots.length)));
    }
}
