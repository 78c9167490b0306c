package org.vaspflow.io.vasp.xml;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.vaspflow.io.parse.ByteNumbers;
import org.vaspflow.io.parse.TextCursor;

/**
 * The fast path for the numeric rows of vasprun.xml ({@code <r>} and {@code <v>}): whitespace-separated reals
 * parsed in place with FastDoubleParser, straight from the bytes for {@code <r>} rows, no String per number.
 * VASP writes {@code ****} when a number overflows its Fortran field; that becomes NaN, as pymatgen's
 * {@code _vasprun_float} does. Anything else that is not a number (Fortran's exponent without E, {@code 0.1-105},
 * is one) is damage.
 */
final class XmlNumbers {
    /** A row array for {@link #parseRow} that only counts the row's numbers. */
    static final double[] COUNT_ONLY = new double[0];

    private XmlNumbers() {
    }

    /** Appends the numbers of {@code text} to {@code out}; returns how many. */
    static int parseInto(CharSequence text, DoubleBuffer out) {
        int n = text.length();
        int i = 0;
        int count = 0;
        while (i < n) {
            while (i < n && text.charAt(i) <= ' ') {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            while (i < n && text.charAt(i) > ' ') {
                i++;
            }
            out.add(parse(text, start, i - start));
            count++;
        }
        return count;
    }

    static double[] parse(CharSequence text) {
        DoubleBuffer b = new DoubleBuffer(8);
        parseInto(text, b);
        return b.toArray();
    }

    static double parse(CharSequence text, int offset, int length) {
        if (text.charAt(offset) == '*') {
            return Double.NaN;
        }
        try {
            return JavaDoubleParser.parseDouble(text, offset, length);
        } catch (NumberFormatException e) {
            return fortran(text.subSequence(offset, offset + length).toString());
        }
    }

    /**
     * Parses the numbers of bytes [from, to) into {@code row} (the first {@code row.length} of them); returns how
     * many the row holds, or -1 when one is not a number.
     *
     * <p>One pass: each token is scanned and, when it is a plain decimal, accumulated digit by digit in the same
     * loop (the rule and its exactness are those of {@link #plainDecimal}); any other token (exponent, too many
     * digits, {@code ****}, Fortran's {@code 0.1-105}) is re-read from its start by {@link #general}. Why one pass:
     * under the launcher's C1-only JIT a call per token and a second walk over its bytes cost more than the digits.
     */
    static int parseRow(byte[] b, int from, int to, double[] row) {
        return (int) parseRowAndLines(b, from, to, row);
    }

    /**
     * {@link #parseRow(byte[], int, int, double[])} that also counts the newlines between the row's numbers: the
     * count (or -1) in the low 32 bits, the newlines in the high 32. Why: the parser walks every byte of the row,
     * so {@link RowBatch} need not count newlines in row text a second time.
     */
    static long parseRowAndLines(byte[] b, int from, int to, double[] row) {
        int i = from;
        int count = 0;
        long lines = 0;
        final int max = row.length;
        while (i < to) {
            // the projection field, read as one word (see PROJECTION_FIELD); inline, as C1 would not inline a call
            if (i + 8 <= to && (i + 8 == to || (b[i + 8] & 0xFF) <= ' ')) {
                long w = (long) LONGS.get(b, i);
                long d = w - ZEROS;
                long other = w & OTHER_LANES;
                if ((((d + TEN_OR_MORE) | d) & HIGH_BITS) == 0
                        && (other == SPACE_SPACE_POINT || other == SPACE_MINUS_POINT)) {
                    double v = (((d >>> 16) & 0xF) * 10000 + ((d >>> 32) & 0xF) * 1000 + ((d >>> 40) & 0xF) * 100
                            + ((d >>> 48) & 0xF) * 10 + (d >>> 56)) / 1e4;
                    if (count < max) {
                        row[count] = other == SPACE_MINUS_POINT ? -v : v;
                    }
                    count++;
                    i += 8;
                    continue;
                }
            }
            // bytes above 0x7F are not XML whitespace: & 0xFF keeps them in a token, which then is not a number
            int c = b[i] & 0xFF;
            if (c <= ' ') {
                if (c == '\n') {
                    lines++;
                }
                i++;
                continue;
            }
            int start = i;
            boolean negative = c == '-';
            if (negative || c == '+') {
                i++;
            }
            long m = 0;
            int digits = 0;
            int dot = -1;
            while (i < to) {
                c = b[i];
                int d = c - '0';
                if (d >= 0 && d <= 9) {
                    m = m * 10 + d;
                    digits++;
                } else if (c == '.' && dot < 0) {
                    dot = i;
                } else {
                    break;
                }
                i++;
            }
            double v;
            int fraction = dot < 0 ? 0 : i - dot - 1;
            // ByteNumbers.exact inline: as a call (too large for C1 to inline) it costs ~5% CPU on a 500 MB file
            if ((i >= to || (b[i] & 0xFF) <= ' ') && digits > 0 && digits <= 18 && m <= TWO_TO_53 && fraction <= 22) {
                v = fraction > 0 ? m / POW10[fraction] : m;
                if (negative) {
                    v = -v;
                }
            } else {
                while (i < to && (b[i] & 0xFF) > ' ') {
                    i++;
                }
                try {
                    v = general(b, start, i);
                } catch (NumberFormatException notANumber) {
                    return lines << 32 | 0xFFFFFFFFL;
                }
            }
            if (count < max) {
                row[count] = v;
            }
            count++;
        }
        return lines << 32 | count;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /*
     * PROJECTION_FIELD. VASP writes projections as Fortran F8.4, "  d.dddd" or " -d.dddd", and they are most of a
     * large vasprun.xml, so parseRow reads such a field as one little-endian word (byte k of the field is bits
     * 8k..8k+7): one test and a fixed digit sum replace a byte loop of about eight branches. The digit test is the
     * SWAR range check of Lemire's fast_float ("is made of eight digits") restricted to the five digit bytes:
     * after subtracting '0', a byte is a digit iff neither it nor it + 0x76 has its high bit set (a borrow or carry
     * only starts from a byte that fails). The value is the five digits m over 10^4, exact and correctly rounded
     * by Clinger's fast path as in plainDecimal, so bit-identical to Double.parseDouble.
     */
    private static final long ZEROS = 0x3030303000300000L;
    private static final long HIGH_BITS = 0x8080808000800000L;
    private static final long TEN_OR_MORE = 0x7676767600760000L;
    private static final long OTHER_LANES = 0x00000000FF00FFFFL;
    private static final long SPACE_SPACE_POINT = 0x000000002E002020L;
    private static final long SPACE_MINUS_POINT = 0x000000002E002D20L;

    /**
     * A token the plain-decimal path declined: {@code ****} is NaN, then FastDoubleParser, then Fortran forms;
     * NumberFormatException when it is none of these.
     */
    private static double general(byte[] b, int start, int end) {
        if (b[start] == '*') {
            return Double.NaN;
        }
        try {
            return JavaDoubleParser.parseDouble(b, start, end - start);
        } catch (NumberFormatException e) {
            return fortran(new String(b, start, end - start, StandardCharsets.ISO_8859_1));
        }
    }

    /** Powers of ten that are exact doubles (10^0 … 10^22), for the inlined fast path of {@link #parseRow}. */
    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    private static final long TWO_TO_53 = 1L << 53;

    /**
     * Bytes [from, to) as a plain decimal ({@code [+-]digits[.digits]}, no exponent), or NaN when the token has
     * another form or too many digits (the caller then uses the general parser). Why: nearly every number in
     * vasprun.xml is a short fixed-point field, and profiles of the 45 MB bench file show the general parser's
     * per-number overhead dominating a cold JVM's parse. Exactness (Clinger 1990, "How to read floating point
     * numbers accurately", the fast path): when the digits form an integer {@code m ≤ 2^53} and the fraction has
     * {@code k ≤ 22} digits, both {@code m} and {@code 10^k} are exact doubles and one IEEE division
     * {@code m / 10^k} is correctly rounded, i.e. bit-identical to {@link Double#parseDouble}.
     */
    static double plainDecimal(byte[] b, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (b[i] == '-' || b[i] == '+')) {
            negative = b[i] == '-';
            i++;
        }
        long m = 0;
        int digits = 0;
        int fraction = -1;
        for (; i < to; i++) {
            int c = b[i];
            if (c >= '0' && c <= '9') {
                if (++digits > 18) {
                    return Double.NaN;
                }
                m = m * 10 + (c - '0');
                if (fraction >= 0) {
                    fraction++;
                }
            } else if (c == '.' && fraction < 0) {
                fraction = 0;
            } else {
                return Double.NaN;
            }
        }
        return ByteNumbers.exact(m, digits, fraction > 0 ? -fraction : 0, negative);
    }

    private static double fortran(String token) {
        double v = TextCursor.fortranDouble(token);
        if (Double.isNaN(v) && !token.startsWith("*")) {
            throw new NumberFormatException("not a number: " + token);
        }
        return v;
    }

    /** Where parsed rows go: a primitive array that grows, written at given indices (rows may arrive in parallel). */
    interface Sink {
        /** Makes indices [0, n) writable; never called while rows are being written. */
        void ensureCapacity(int n);

        /** Writes {@code row[0, n)} at indices [at, at + n) (rows may arrive from several threads, disjoint). */
        void putRow(int at, double[] row, int n);
    }

    /** A growable double[] without boxing. */
    static final class DoubleBuffer implements Sink {
        private double[] data;
        private int size;

        DoubleBuffer(int capacity) {
            data = new double[Math.max(4, capacity)];
        }

        void add(double v) {
            ensureCapacity(size + 1);
            data[size++] = v;
        }

        @Override
        public void ensureCapacity(int n) {
            if (n > data.length) {
                data = Arrays.copyOf(data, Math.max(n, (int) Math.min(Integer.MAX_VALUE - 8, data.length * 2L)));
            }
        }

        @Override
        public void putRow(int at, double[] row, int n) {
            System.arraycopy(row, 0, data, at, n);
        }

        /** What {@link #add} appended. */
        double[] toArray() {
            return Arrays.copyOf(data, size);
        }

        /** The first n values written with {@link #putRow}. */
        double[] toArray(int n) {
            return Arrays.copyOf(data, n);
        }
    }

    /** A growable float[] for projections; {@link #toArray(int)} hands over the array itself when it fits. */
    static final class FloatBuffer implements Sink {
        private float[] data;

        FloatBuffer(long expected) {
            data = new float[(int) Math.max(16, Math.min(Integer.MAX_VALUE - 8, expected))];
        }

        @Override
        public void ensureCapacity(int n) {
            if (n > data.length) {
                data = Arrays.copyOf(data, Math.max(n, (int) Math.min(Integer.MAX_VALUE - 8, data.length * 2L)));
            }
        }

        @Override
        public void putRow(int at, double[] row, int n) {
            float[] d = data;
            for (int k = 0; k < n; k++) {
                d[at + k] = (float) row[k];
            }
        }

        float[] toArray(int size) {
            return size == data.length ? data : Arrays.copyOf(data, size);
        }
    }
}
