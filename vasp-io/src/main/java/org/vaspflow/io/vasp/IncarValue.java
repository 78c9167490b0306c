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
    /** The value as INCAR text (lists compressed with repeats as pymatgen writes MAGMOM: {@code 2*5.0 2*0.6}). */
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
            return value ? ".TRUE." : ".FALSE.";
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
            int i = 0;
            while (i < values.length) {
                int j = i;
                while (j + 1 < values.length && values[j + 1] == values[i]) {
                    j++;
                }
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                String v = integers ? Long.toString((long) values[i]) : format(values[i]);
                sb.append(j > i ? (j - i + 1) + "*" + v : v);
                i = j + 1;
            }
            return sb.toString();
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

    /** Shortest decimal that reads back to the same double; plain unless very large or small. */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return new BigDecimal(v).toPlainString() + ".0";
        }
        double a = Math.abs(v);
        if (a >= 1e-4 && a < 1e15) {
            return new BigDecimal(Double.toString(v)).toPlainString();
        }
        return Double.toString(v);
    }
}
