package org.vaspflow.io.parse;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;

/**
 * Exact fast path for the decimal numbers of VASP's and LOBSTER's text outputs, parsed straight from bytes:
 * {@code [+-]digits[.digits][(E|e|D|d)[+-]digits]}. Tokens of another form, or with too many digits, are declined
 * (NaN) so the caller falls back to the general parser (FastDoubleParser, then the Fortran rules of
 * {@link TextCursor}).
 *
 * <p>Why: nearly every number in PROCAR, DOSCAR and COHPCAR is a short fixed-point or E-format field, and the
 * general parser's per-number overhead dominates these readers. Exactness (Clinger 1990, "How to read floating
 * point numbers accurately", PLDI '90, the fast path): with the digits read as an integer {@code m ≤ 2^53} and the
 * value {@code m × 10^q} where {@code q = exponent − fraction digits} and {@code |q| ≤ 22}, both {@code m} and
 * {@code 10^|q|} are exact doubles, so the single IEEE operation {@code m × 10^q} or {@code m / 10^−q} is correctly
 * rounded, i.e. bit-identical to {@link Double#parseDouble}. A {@code D} exponent (Fortran double precision) reads
 * as {@code E}, as {@link TextCursor#fortranDouble} does.
 */
public final class ByteNumbers {
    /** Powers of ten that are exact doubles (10^0 … 10^22). */
    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    private static final long TWO_TO_53 = 1L << 53;

    /*
     * E12, FIVE_DECIMALS and THREE_DECIMALS. VASP writes DOSCAR values as "  d.ddddE+dd" (E12.4), LOBSTER writes
     * COHPCAR values as "d.ddddd" (F9.5 to F12.5, by version) and VASP writes PROCAR weights as "d.ddd" (F7.3); most
     * numbers of these files have exactly that form, so row() reads one as a little-endian word (byte k of the field
     * is bits 8k..8k+7; the E12.4 field with its two blanks, the others after their blanks and sign), in a loop that
     * stays on such fields: one test and a fixed digit sum instead of a loop of about ten branches per number under
     * the C1 JIT. The digit test is the SWAR range check
     * of Lemire's fast_float ("is made of eight digits") restricted to the digit bytes: after subtracting '0', a
     * byte is a digit iff neither it nor it + 0x76 has its high bit set (a borrow or carry only starts from a byte
     * that fails). The value is m × 10^q with m ≤ 999 999 and |q| ≤ 22, Clinger's exact fast path as in exact().
     */
    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final java.lang.invoke.VarHandle INTS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            int[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    /** Eight blanks: XOR-ed with a word, the lowest non-zero byte is the first that is not a blank. */
    private static final long BLANKS = 0x2020202020202020L;
    private static final long POINT_LANE = 0xFF00L;
    private static final long POINT = 0x2E00L;
    /** "d.ddddd" then a blank: digits in bytes 0 and 2..6. */
    private static final long FIVE_DECIMALS_ZEROS = 0x0030303030300030L;
    private static final long FIVE_DECIMALS_HIGH = 0x0080808080800080L;
    private static final long FIVE_DECIMALS_TEN = 0x0076767676760076L;
    /** "d.ddd" then a blank (PROCAR's F7.3 weights): digits in bytes 0 and 2..4. */
    private static final long THREE_DECIMALS_ZEROS = 0x0000003030300030L;
    private static final long THREE_DECIMALS_HIGH = 0x0000008080800080L;
    private static final long THREE_DECIMALS_TEN = 0x0000007676760076L;
    /** "  d.dddd" / " -d.dddd", the first eight bytes of a whole E12.4 field: digits in bytes 2 and 4..7. */
    private static final long E12_ZEROS = 0x3030303000300000L;
    private static final long E12_HIGH = 0x8080808000800000L;
    private static final long E12_TEN = 0x7676767600760000L;
    private static final long E12_OTHER_LANES = 0x00000000FF00FFFFL;
    private static final long E12_SPACE = 0x000000002E002020L;
    private static final long E12_MINUS = 0x000000002E002D20L;
    /** "E+dd" / "E-dd", the last four bytes of an E12.4 field (as an int, after subtracting these zeros). */
    private static final int E12_EXPONENT_ZEROS = 0x30300000;
    private static final int E12_EXPONENT_HIGH = 0x80800000;
    private static final int E12_EXPONENT_TEN = 0x76760000;
    private static final int E12_PLUS = '+' << 8;
    private static final int E12_NEGATIVE = '-' << 8;

    private ByteNumbers() {
    }

    /** Bytes [from, to) as a decimal number, or NaN when the token is declined (see the class comment). */
    public static double decimal(byte[] b, int from, int to) {
        int[] end = new int[1];
        double v = scan(b, from, to, end);
        return end[0] == to ? v : Double.NaN;
    }

    /**
     * Reads the token that starts at {@code from} (a non-blank byte) and ends at the next blank byte or at
     * {@code stop}, in one pass: writes its end to {@code end[0]} and returns its value, or NaN when the token is
     * declined (then the caller parses [from, end[0]) the general way).
     */
    public static double scan(byte[] b, int from, int stop, int[] end) {
        // kept small (exponent and value in their own methods) so the JIT inlines it into the row loop
        int i = from;
        boolean negative = b[i] == '-';
        if (negative || b[i] == '+') {
            i++;
        }
        long m = 0;
        int first = i;
        int dot = -1;
        for (; i < stop; i++) {
            int d = b[i] - '0';
            if (d >= 0 && d <= 9) {
                m = m * 10 + d;
            } else if (d == '.' - '0' && dot < 0) {
                dot = i;
            } else {
                break;
            }
        }
        // counted from positions, not per digit: the loop above is the hottest of the text readers
        int digits = i - first - (dot >= 0 ? 1 : 0);
        int q = dot >= 0 ? dot + 1 - i : 0;
        if (i < stop && (b[i] & 0xff) > ' ') {
            return exponent(b, i, stop, end, m, digits, q, negative);
        }
        end[0] = i;
        return exact(m, digits, q, negative);
    }

    /** The rest of a token from its exponent letter at {@code i}. */
    private static double exponent(byte[] b, int at, int stop, int[] end, long m, int digits, int q,
            boolean negative) {
        int i = at;
        int e = b[i] | 0x20; // lower case
        if (e != 'e' && e != 'd' || ++i >= stop) {
            return declined(b, i, stop, end);
        }
        boolean negativeExponent = b[i] == '-';
        if (negativeExponent || b[i] == '+') {
            i++;
        }
        int exponent = 0;
        int exponentDigits = 0;
        for (; i < stop; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                break;
            }
            exponent = exponent * 10 + d;
            exponentDigits++;
        }
        if (exponentDigits == 0 || exponentDigits > 3 || i < stop && (b[i] & 0xff) > ' ') {
            return declined(b, i, stop, end);
        }
        end[0] = i;
        return exact(m, digits, q + (negativeExponent ? -exponent : exponent), negative);
    }

    /**
     * {@code ±m × 10^q} (m made of {@code digits} decimal digits) when Clinger's fast path makes it exact — m ≤ 2^53
     * with at most 18 digits and |q| ≤ 22, so one IEEE multiplication or division by an exact power of ten is
     * correctly rounded, i.e. bit-identical to {@link Double#parseDouble} — else NaN.
     */
    public static double exact(long m, int digits, int q, boolean negative) {
        if (digits == 0 || digits > 18 || m > TWO_TO_53) {
            return Double.NaN;
        }
        double v;
        if (m == 0 || q == 0) {
            v = m;
        } else if (q > 0 && q <= 22) {
            v = m * POW10[q];
        } else if (q < 0 && q >= -22) {
            v = m / POW10[-q];
        } else {
            return Double.NaN;
        }
        return negative ? -v : v;
    }

    private static double declined(byte[] b, int from, int stop, int[] end) {
        int i = from;
        while (i < stop && (b[i] & 0xff) > ' ') {
            i++;
        }
        end[0] = i;
        return Double.NaN;
    }

    /**
     * The blank-separated numbers of one line, from {@code from} to its {@code '\n'} (or {@code stop}), into
     * {@code into[at …]}, at most {@code max} written; returns how many there are, or -1 when a token is neither
     * {@link #scan}'s nor FastDoubleParser's (the caller then applies the Fortran rules of {@link TextCursor}, or
     * reports the damage). Writes to {@code lineEnd[0]} where the line ends (its {@code '\n'}, or {@code stop}).
     *
     * <p>Same values and the same declined tokens as {@link #scan}, which reads any token the loops for the fields
     * of DOSCAR, LOBSTER and PROCAR (E12, FIVE_DECIMALS, THREE_DECIMALS) do not take; one method that also finds the
     * end of the line, because under the launcher's C1-only JIT it would not be inlined, and a separate pass to find
     * the line costs a second read of every byte.
     */
    public static int row(byte[] b, int from, int stop, double[] into, int at, int max, int[] lineEnd) {
        int i = from;
        int n = 0;
        while (i < stop) {
            int c = b[i] & 0xff;
            if (c <= ' ') {
                if (c == '\n') {
                    break;
                }
                // DOSCAR's whole fields with their blanks, "  d.ddddE+dd" or " -d.ddddE+dd", each as a word for the
                // mantissa and an int for the exponent, in a loop of their own: a DOSCAR row is one run of them
                if (c == ' ') {
                    int run = i;
                    while (i + 12 <= stop) {
                        long w = (long) LONGS.get(b, i);
                        long d = w - E12_ZEROS;
                        long other = w & E12_OTHER_LANES;
                        if ((((d + E12_TEN) | d) & E12_HIGH) != 0 || (other != E12_SPACE && other != E12_MINUS)) {
                            break; // first, as cheaply as it can: most blanks of other files start no such field
                        }
                        int x = (int) INTS.get(b, i + 8) - E12_EXPONENT_ZEROS;
                        int exponentSign = x & 0xFF00;
                        if ((x & 0xFF) != 'E' || (exponentSign != E12_PLUS && exponentSign != E12_NEGATIVE)
                                || (((x + E12_EXPONENT_TEN) | x) & E12_EXPONENT_HIGH) != 0) {
                            break;
                        }
                        int exponent = ((x >>> 16) & 0xF) * 10 + (x >>> 24);
                        int q = (exponentSign == E12_NEGATIVE ? -exponent : exponent) - 4;
                        if (q < -22 || q > 22) {
                            break;
                        }
                        long m = ((d >>> 16) & 0xF) * 10000 + ((d >>> 32) & 0xF) * 1000 + ((d >>> 40) & 0xF) * 100
                                + ((d >>> 48) & 0xF) * 10 + (d >>> 56);
                        double v = m == 0 ? 0.0 : q < 0 ? m / POW10[-q] : m * POW10[q];
                        if (n < max) {
                            into[at + n] = other == E12_MINUS ? -v : v;
                        }
                        n++;
                        i += 12;
                    }
                    if (i != run && i < stop && (b[i] & 0xff) > ' ') {
                        // the last field runs on ("  1.0000E+001"): not one of them; the general path below reads it
                        i -= 12;
                        n--;
                    }
                    if (i != run) {
                        continue;
                    }
                    // LOBSTER's fields, blanks then "d.ddddd" or "-d.ddddd" (COHPCAR rows are runs of them), in a
                    // loop of their own; the blanks before any field are skipped as words, not a byte at a time
                    while (i + 16 <= stop) {
                        int k = Long.numberOfTrailingZeros((long) LONGS.get(b, i) ^ BLANKS) >>> 3;
                        if (k == 0) {
                            break; // another control byte: the byte-by-byte path
                        }
                        int t = i + k;
                        if (k == 8) {
                            i = t;
                            continue;
                        }
                        int minus = b[t] == '-' ? 1 : 0;
                        long w = (long) LONGS.get(b, t + minus);
                        long d = w - FIVE_DECIMALS_ZEROS;
                        double v;
                        if ((((d + FIVE_DECIMALS_TEN) | d) & FIVE_DECIMALS_HIGH) == 0 && (w & POINT_LANE) == POINT
                                && (w >>> 56) <= ' ') {
                            v = ((d & 0xF) * 100000 + ((d >>> 16) & 0xF) * 10000 + ((d >>> 24) & 0xF) * 1000
                                    + ((d >>> 32) & 0xF) * 100 + ((d >>> 40) & 0xF) * 10 + ((d >>> 48) & 0xF)) / 1e5;
                            i = t + minus + 7;
                        } else if ((((d = w - THREE_DECIMALS_ZEROS) + THREE_DECIMALS_TEN | d) & THREE_DECIMALS_HIGH) == 0
                                && (w & POINT_LANE) == POINT && ((w >>> 40) & 0xFF) <= ' ') {
                            // PROCAR's "d.ddd" (F7.3 weights)
                            v = ((d & 0xF) * 1000 + ((d >>> 16) & 0xF) * 100 + ((d >>> 24) & 0xF) * 10
                                    + ((d >>> 32) & 0xF)) / 1e3;
                            i = t + minus + 5;
                        } else {
                            i = t; // another field (an exponent, two integer digits …): read below, blanks skipped
                            break;
                        }
                        if (n < max) {
                            into[at + n] = minus == 1 ? -v : v;
                        }
                        n++;
                    }
                    if (i != run) {
                        continue;
                    }
                }
                i++;
                continue;
            }
            // any other token: scan's one pass, then FastDoubleParser (rare in these files, so not inlined here)
            int s = i;
            double v = scan(b, s, stop, lineEnd);
            i = lineEnd[0];
            if (v != v) {
                try {
                    v = JavaDoubleParser.parseDouble(b, s, i - s);
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
            if (n < max) {
                into[at + n] = v;
            }
            n++;
        }
        lineEnd[0] = i;
        return n;
    }
}
