package org.vaspflow.io.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Prefetch} hands over the bytes of its source in order, and a read error after the bytes before it. */
class PrefetchTest {
    @Test
    void bytesArriveInOrderWhateverTheReadSizes() throws IOException {
        byte[] data = new byte[1_000_003];
        new Random(7).nextBytes(data);
        for (int chunk : new int[] {7, 1_000, 1_000_003, 4_000_000}) {
            try (InputStream in = new Prefetch(new ByteArrayInputStream(data), chunk)) {
                assertArrayEquals(data, readAll(in, new Random(chunk)), "chunk " + chunk);
                assertEquals(-1, in.read());
            }
        }
    }

    @Test
    void anErrorComesAfterTheBytesReadBeforeIt() throws IOException {
        byte[] data = new byte[250_000];
        new Random(8).nextBytes(data);
        IOException damage = new IOException("damaged");
        InputStream failing = new InputStream() {
            private int at;

            @Override
            public int read() throws IOException {
                if (at == data.length) {
                    throw damage;
                }
                return data[at++] & 0xff;
            }
        };
        try (InputStream in = new Prefetch(failing, 100_000)) {
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            IOException e = assertThrows(IOException.class, () -> {
                for (int b; (b = in.read()) >= 0; ) {
                    got.write(b);
                }
            });
            assertSame(damage, e);
            assertArrayEquals(data, got.toByteArray());
        }
    }

    private static byte[] readAll(InputStream in, Random sizes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] b = new byte[70_000];
        for (int n; (n = in.read(b, 0, 1 + sizes.nextInt(b.length))) >= 0; ) {
            out.write(b, 0, n);
        }
        return out.toByteArray();
    }
}
