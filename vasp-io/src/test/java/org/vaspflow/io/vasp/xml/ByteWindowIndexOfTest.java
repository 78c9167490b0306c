package org.vaspflow.io.vasp.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The eight-bytes-at-a-time search of {@link ByteWindow#indexOf} must find exactly what a byte loop finds. */
class ByteWindowIndexOfTest {
    private static int naive(byte[] a, int from, int to, byte t) {
        for (int i = from; i < to; i++) {
            if (a[i] == t) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void agreesWithAByteLoopOnRandomInputAndEveryAlignment() {
        SplittableRandom r = new SplittableRandom(3);
        byte[] targets = {'<', '\n', 0, (byte) 0x80, (byte) 0xFF, (byte) 0x7F, 1};
        for (int round = 0; round < 20_000; round++) {
            int n = r.nextInt(0, 80);
            byte[] a = new byte[n];
            // few distinct bytes, so hits, near-misses (target ± 1, borrow patterns) and misses all occur
            byte t = targets[r.nextInt(targets.length)];
            for (int i = 0; i < n; i++) {
                int k = r.nextInt(6);
                a[i] = k == 0 ? t : k == 1 ? (byte) (t + 1) : k == 2 ? (byte) (t - 1) : k == 3 ? 0 : (byte) r.nextInt(256);
            }
            int from = n == 0 ? 0 : r.nextInt(0, n + 1);
            int to = from + (n - from == 0 ? 0 : r.nextInt(0, n - from + 1));
            assertEquals(naive(a, from, to, t), ByteWindow.indexOf(a, from, to, t), () -> "round with n=" + n);
        }
    }

    @Test
    void findsTheFirstOfSeveralInOneWord() {
        byte[] a = "ab<<c<de<".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertEquals(2, ByteWindow.indexOf(a, 0, a.length, (byte) '<'));
        assertEquals(5, ByteWindow.indexOf(a, 4, a.length, (byte) '<'));
        assertEquals(-1, ByteWindow.indexOf(a, 0, 2, (byte) '<'));
    }

    @Test
    void newlinesOfAWholeWindowAreCountedExactlyOnEveryCoreAndInSaturatedLanes() {
        SplittableRandom r = new SplittableRandom(11);
        byte[] b = new byte[(3 << 20) + 5];
        for (int i = 0; i < b.length; i++) {
            // stretches of nothing but newlines fill every lane of the 128-word sums
            b[i] = (i >> 14) % 3 == 0 ? (byte) '\n' : r.nextInt(5) == 0 ? (byte) '\n' : (byte) r.nextInt(256);
        }
        for (int n : new int[] {0, 7, 1023, 1024, 1025, 8 * 128, 8 * 128 + 9, (1 << 20) - 1, 1 << 20, (1 << 20) + 3,
            b.length}) {
            long naive = 0;
            for (int i = 0; i < n; i++) {
                naive += b[i] == '\n' ? 1 : 0;
            }
            assertEquals(naive, ByteWindow.newlinesOnAllCores(b, n), "first " + n + " bytes");
            assertEquals(naive, ByteWindow.newlines(b, 0, n), "first " + n + " bytes, one core");
        }
    }
}
