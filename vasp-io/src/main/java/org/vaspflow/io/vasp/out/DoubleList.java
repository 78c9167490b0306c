package org.vaspflow.io.vasp.out;

import java.util.Arrays;

/** A growable list of primitive doubles: bulk numbers are never boxed. */
final class DoubleList {
    private double[] data = new double[64];
    private int size;

    void add(double v) {
        if (size == data.length) {
            data = Arrays.copyOf(data, data.length * 2);
        }
        data[size++] = v;
    }

    void addAll(double[] v, int from, int to) {
        for (int i = from; i < to; i++) {
            add(v[i]);
        }
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    double[] toArray() {
        return Arrays.copyOf(data, size);
    }
}
