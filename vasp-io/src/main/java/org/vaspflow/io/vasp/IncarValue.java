package org.vaspflow.io.vasp;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * A typed INCAR value. VASP reads every value with Fortran list-directed input; vaspflow types values by the
 * tag catalogue ({@link IncarTags}) and, for tags it does not know, as pymatgen does: an integer if it reads as
 * one, else a real, else a logical ({@code .TRUE.}, {@code T}, {@code .FALSE.}, {@code F}), else text; several
 * numbers (with repeats such as {@code 4*0.6}) make a list.
 */
public sealed interface IncarValue {
    /**
     * The value as INCAR text, written as pymatgen's {@code Incar.get_string} writes it: logicals {@code True} /
     * {@code False} (Fortran reads the first letter), reals as Python's {@code repr} ({@code 1e-06},
     * {@code 520.0}), lists element by element ({@link Numbers#compact()} for repeats).
     */
    String text();

    /** The value as a JSON-friendly Java object: Long, Double, Boolean, String, or double[]/long[]. */
    Object plain();

    record Int(long value) implements IncarValue {
        @Override
        public String text() {
            return Long.toString(value);
        }

        @Override
        public Object plain() {
            return value;
        }
    }

    record Real(double value) implements IncarValue {
        @Override
        public String text() {
            return format(value);
        }

        @Override
        public Object plain() {
            return value;
        }
    }

    record Bool(boolean value) implements IncarValue {
        @Override
        public String text() {
            return value ? "True" : "False";
        }

        @Override
        public Object plain() {
            return value;
        }
    }

    record Text(String value) implements IncarValue {
        @Override
        public String text() {
            return value;
        }

        @Override
        public Object plain() {
            return value;
        }
    }

    /** A list of numbers; {@code integers} when every entry was written as an integer (LDAUL, say). */
    record Numbers(double[] values, boolean integers) implements IncarValue {
        public Numbers {
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        @Override
        public String text() {
            StringBuilder sb = new StringBuilder();
            for (double v : values) {
                sb.append(sb.length() > 0 ? " " : "").append(element(v));
            }
            return sb.toString();
        }

        /**
         * Runs of equal values as {@code n*value}, every run with its count, as pymatgen writes MAGMOM
         * ({@code 2*5.0 1*0.6}); VASP expands {@code n*value} in any numeric list.
         */
        public String compact() {
            StringBuilder sb = new StringBuilder();
            int i = 0;
            while (i < values.length) {
                int j = i;
                while (j + 1 < values.length && Double.compare(values[j + 1], values[i]) == 0) {
                    j++;
                }
                sb.append(sb.length() > 0 ? " " : "").append(j - i + 1).append('*').append(element(values[i]));
                i = j + 1;
            }
            return sb.toString();
        }

        private String element(double v) {
            return integers ? Long.toString((long) v) : format(v);
        }

        @Override
        public Object plain() {
            if (integers) {
                return Arrays.stream(values).mapToLong(d -> (long) d).toArray();
            }
            return values.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Numbers n && integers == n.integers && Arrays.equals(values, n.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values) * 31 + (integers ? 1 : 0);
        }

        @Override
        public String toString() {
            return "Numbers" + Arrays.toString(values);
        }
    }

    /**
     * Python's {@code repr} of a double (what pymatgen writes): the shortest decimal that reads back to the same
     * double, plain for 1e-4 ≤ |v| < 1e16 ({@code 520.0}, {@code 0.0002}), otherwise scientific with a signed
     * two-digit exponent ({@code 1e-06}, {@code 1.5e+16}).
     */
    static String format(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v == 0 ? (1 / v < 0 ? "-0.0" : "0.0") : Double.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
        }
        BigDecimal d = new BigDecimal(Double.toString(Math.abs(v))).stripTrailingZeros();
        String digits = d.unscaledValue().toString();
        int exponent = digits.length() - 1 - d.scale();
        String sign = v < 0 ? "-" : "";
        if (exponent >= -4 && exponent < 16) {
            String plain = d.toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
    }
}
