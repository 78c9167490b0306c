package org.vaspflow.io.vasp.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The four-digits-at-a-time steps of {@link XmlNumbers#parseRow}: exhaustive over digits, exact over bytes. */
class XmlNumbersSwarTest {
    private static int le(byte[] b) {
        return (b[0] & 0xFF) | (b[1] & 0xFF) << 8 | (b[2] & 0xFF) << 16 | (b[3] & 0xFF) << 24;
    }

    @Test
    void fourDigitsGivesTheDecimalValueOfEveryFourDigitString() {
        for (int v = 0; v < 10_000; v++) {
            byte[] b = String.format("%04d", v).getBytes(StandardCharsets.ISO_8859_1);
            assertEquals(v, XmlNumbers.fourDigits(le(b)));
        }
    }

    @Test
    void rowsWithEveryNonDigitByteAtEveryPlaceOfADigitGroupParseLikeTheJdkOrFail() {
        // a non-digit byte inside a four-byte group must send that group down the byte-wise path: the row then
        // either parses exactly as the JDK reads its tokens or is refused as not a number
        for (int place = 0; place < 8; place++) {
            for (int c = 0; c < 256; c++) {
                if (c >= '0' && c <= '9') {
                    continue;
                }
                byte[] row = " 12.34567890 ".getBytes(StandardCharsets.ISO_8859_1);
                row[1 + place + (place >= 2 ? 1 : 0)] = (byte) c;
                String text = new String(row, StandardCharsets.ISO_8859_1);
                double[] out = new double[4];
                int n = XmlNumbers.parseRow(row, 0, row.length, out);
                String[] tokens = text.replaceAll("[\\x00-\\x20\\x80-\\xff]+", " ").trim().split(" ");
                Double[] jdk = new Double[tokens.length];
                boolean allNumbers = true;
                for (int k = 0; k < tokens.length; k++) {
                    try {
                        jdk[k] = Double.parseDouble(tokens[k]);
                    } catch (NumberFormatException e) {
                        allNumbers = false;
                    }
                }
                if (allNumbers && n >= 0) {
                    assertEquals(tokens.length, n, text);
                    for (int k = 0; k < n; k++) {
                        assertEquals(Double.doubleToRawLongBits(jdk[k]), Double.doubleToRawLongBits(out[k]),
                                "byte " + c + " at " + place + ": " + text);
                    }
                } else if (n >= 0) {
                    // accepted while the JDK refuses a token: only the Fortran forms and **** may do that
                    assertEquals(true, text.contains("*") || text.contains("-") || text.contains("+")
                            || text.toLowerCase().contains("d") || text.toLowerCase().contains("e")
                            || text.toLowerCase().contains("f") || text.contains("."), text);
                }
            }
        }
    }
}
