package org.vaspflow.io.vasp.xml;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The input window under {@link XmlCursor}: a byte buffer refilled from the stream, searched in place, with the
 * 1-based line and column of any buffered byte (newlines of dropped bytes are counted as they are dropped).
 * Bytes before {@code pos} may be dropped at the next refill, after the {@link Flush} hook has seen them.
 */
class ByteWindow {
    private static final int MAX_BUFFER = 1 << 28;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final InputStream in;
    byte[] buf;
    int pos;
    int limit;
    private boolean eof;
    /** Absolute offset of buf[0], newlines before it, absolute offset of the last of those newlines. */
    private long base;
    private long linesBefore;
    private long lastNewlineBefore = -1;
    private Flush beforeCompact;

    ByteWindow(InputStream in, int bufferSize) {
        this.in = in;
        this.buf = new byte[bufferSize];
    }

    void skipSpace() throws XmlDamage {
        while (true) {
            if (pos >= limit) {
                ensure(1);
                if (pos >= limit) {
                    return;
                }
            }
            if (buf[pos] > ' ') {
                return;
            }
            pos++;
        }
    }


    boolean startsWith(String s) throws XmlDamage {
        ensure(s.length());
        if (limit - pos < s.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (buf[pos + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Bytes from pos to the next {@code b} (loading more as needed, pos kept); -1 when the input ends first. */
    int distanceTo(byte b) throws XmlDamage {
        int from = pos;
        while (true) {
            for (int i = from; i < limit; i++) {
                if (buf[i] == b) {
                    return i - pos;
                }
            }
            int scanned = limit - pos;
            if (!fill()) {
                return -1;
            }
            from = pos + scanned;
        }
    }

    int distanceTo(String s) throws XmlDamage {
        int from = pos;
        while (true) {
            for (int i = from; i + s.length() <= limit; i++) {
                if (buf[i] == s.charAt(0) && matches(i, s)) {
                    return i - pos;
                }
            }
            int scanned = Math.max(0, limit - pos - s.length() + 1);
            if (!fill()) {
                throw endOfInput("file ends before " + s);
            }
            from = pos + scanned;
        }
    }

    private boolean matches(int at, String s) {
        for (int k = 1; k < s.length(); k++) {
            if (buf[at + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    void ensure(int n) throws XmlDamage {
        while (limit - pos < n && fill()) {
            // fill until n bytes are buffered or the input ends
        }
    }

    /**
     * Loads more input after {@code limit}, first dropping what lies before {@code pos} (after letting a
     * deferred row parser finish with it); false at the end of input.
     */
    private boolean fill() throws XmlDamage {
        if (eof) {
            return false;
        }
        if (pos > 0 && limit == buf.length) {
            if (beforeCompact != null) {
                beforeCompact.run();
            }
            linesBefore += newlines(buf, pos);
            for (int i = pos - 1; i >= 0; i--) {
                if (buf[i] == '\n') {
                    lastNewlineBefore = base + i;
                    break;
                }
            }
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            base += pos;
            limit -= pos;
            pos = 0;
        } else if (limit == buf.length) {
            if (buf.length >= MAX_BUFFER) {
                throw damage("a token longer than " + MAX_BUFFER + " bytes");
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        try {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
                return false;
            }
            limit += n;
            return true;
        } catch (IOException e) {
            eof = true;
            throw damage("cannot read further: " + e.getMessage());
        }
    }

    /** Work that must see the buffered bytes before they are dropped. */
    interface Flush {
        void run() throws XmlDamage;
    }

    /** Newlines in b[0, n), eight bytes at a time (a zero-byte count of each word XOR '\n' repeated). */
    static long newlines(byte[] b, int n) {
        long count = 0;
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            long x = (long) LONGS.get(b, i) ^ 0x0A0A0A0A0A0A0A0AL;
            long t = (x & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL;
            count += Long.bitCount(~(t | x | 0x7F7F7F7F7F7F7F7FL));
        }
        for (; i < n; i++) {
            if (b[i] == '\n') {
                count++;
            }
        }
        return count;
    }

    /** Runs before buffered bytes are dropped; {@link ArrayReader} parses its deferred rows there. */
    void beforeCompact(Flush hook) {
        this.beforeCompact = hook;
    }

    byte[] buffer() {
        return buf;
    }

    int pos() {
        return pos;
    }

    void skip(int n) {
        pos += n;
    }

    /** 1-based line and column of buffer offset {@code at}. */
    int[] positionOf(int at) {
        long line = linesBefore + 1;
        long lastNl = lastNewlineBefore;
        for (int i = 0; i < at && i < limit; i++) {
            if (buf[i] == '\n') {
                line++;
                lastNl = base + i;
            }
        }
        return new int[] {(int) Math.min(Integer.MAX_VALUE, line), (int) Math.min(Integer.MAX_VALUE, base + at - lastNl)};
    }

    int line() {
        return positionOf(pos)[0];
    }

    int column() {
        return positionOf(pos)[1];
    }

    XmlDamage damage(String reason) {
        return damageAt(pos, reason);
    }

    /** Damage at the end of the input: the file stops there. */
    XmlDamage endOfInput(String reason) {
        return damageAt(limit, reason);
    }

    XmlDamage damageAt(int at, String reason) {
        int[] lc = positionOf(at);
        int end = Math.min(limit, at + 60);
        String snippet = at < end ? new String(buf, at, end - at, StandardCharsets.ISO_8859_1) : "";
        return new XmlDamage(lc[0], lc[1], snippet, reason);
    }
}
