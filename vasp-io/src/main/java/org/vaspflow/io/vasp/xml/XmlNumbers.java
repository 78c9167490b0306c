package org.vaspflow.io.vasp.xml;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;

/**
 * The fast path for the numeric rows of vasprun.xml ({@code <r>} and {@code <v>}): whitespace-separated reals
 * parsed in place with FastDoubleParser, no String per number. VASP writes {@code ****} when a number overflows
 * its Fortran field; that becomes NaN, as pymatgen's {@code _vasprun_float} does.
 */
final class XmlNumbers {
    private XmlNumbers() {
    }

    /** Appends the numbers of {@code text} to {@code out} from index {@code at}; returns the new index. */
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
            return Double.NaN;
        }
    }

    /** A growable double[] without boxing. */
    static final class DoubleBuffer {
        private double[] data;
        private int size;

        DoubleBuffer(int capacity) {
            data = new double[Math.max(4, capacity)];
        }

        void add(double v) {
            if (size == data.length) {
                data = java.util.Arrays.copyOf(data, data.length * 2);
            }
            data[size++] = v;
        }

        int size() {
            return size;
        }

        double[] toArray() {
            return java.util.Arrays.copyOf(data, size);
        }

        float[] toFloatArray() {
            float[] f = new float[size];
            for (int i = 0; i < size; i++) {
                f[i] = (float) data[i];
            }
            return f;
        }
    }
}
