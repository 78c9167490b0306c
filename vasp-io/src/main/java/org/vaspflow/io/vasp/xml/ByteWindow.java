package org.vaspflow.io.vasp.xml;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.vaspflow.io.parse.ByteLines;
import org.vaspflow.io.parse.ParallelParser;

/**
 * The input window under {@link XmlCursor}: a byte buffer refilled from the stream, searched in place, with the
 * 1-based line and column of any buffered byte (newlines of dropped bytes are counted as they are dropped).
 * Bytes before {@code pos} may be dropped at the next refill, after the {@link Flush} hook has seen them.
 *
 * <p>Two buffers take turns: when the hook leaves work that still reads the dropped bytes (the deferred rows of a
 * big {@code <array>}, see {@link RowBatch}), the window continues in the other buffer while the pool parses, and
 * the newlines of the dropped bytes are counted there too. Why: the scan is serial, so parsing a window while the
 * next one is scanned keeps every core busy. At most one such piece of work is in flight; it is waited for
 * ({@link #settle}) before its buffer is reused, before any position is computed and before any damage is
 * reported, so damage it finds (earlier in the file) wins over damage the scan meets later.
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
    /** The other buffer, and the work that may still be reading it. */
    private byte[] spare;
    private Deferred inFlight;

    ByteWindow(InputStream in, int bufferSize) {
        this.in = in;
        this.buf = new byte[bufferSize];
    }

    void skipSpace() throws XmlDamage {
        while (true) {
            // locals, not fields, in the loop: under the C1 JIT each field access is a memory access
            byte[] b = buf;
            int p = pos;
            int end = limit;
            while (p < end && b[p] <= ' ') {
                p++;
            }
            pos = p;
            if (p < end) {
                return;
            }
            ensure(1);
            if (pos >= limit) {
                return;
            }
        }
    }


    boolean startsWith(String s) throws XmlDamage {
        ensure(s.length());
        return ByteLines.startsWith(buf, pos, limit, s);
    }

    /** Bytes from pos to the next {@code b} (loading more as needed, pos kept); -1 when the input ends first. */
    int distanceTo(byte b) throws XmlDamage {
        int from = pos;
        while (true) {
            int i = indexOf(buf, from, limit, b);
            if (i >= 0) {
                return i - pos;
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
     * Loads more input after {@code limit}, first dropping what lies before {@code pos} (after handing it to the
     * deferred row parser); false at the end of input.
     */
    private boolean fill() throws XmlDamage {
        if (eof) {
            return false;
        }
        if (pos > 0 && limit == buf.length) {
            XmlDamage earlier = settle();
            if (earlier != null) {
                throw earlier;
            }
            Deferred work = beforeCompact == null ? null : beforeCompact.handOff(pos);
            if (work == null) {
                linesBefore += newlinesOnAllCores(buf, pos);
            }
            for (int i = pos - 1; i >= 0; i--) {
                if (buf[i] == '\n') {
                    lastNewlineBefore = base + i;
                    break;
                }
            }
            byte[] target = buf;
            if (work != null) {
                target = spare != null && spare.length == buf.length ? spare : new byte[buf.length];
                spare = buf;
                inFlight = work;
            }
            System.arraycopy(buf, pos, target, 0, limit - pos);
            buf = target;
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

    /**
     * Waits for the work on the dropped buffer (helping with it) and counts its newlines in; the damage it found,
     * or null.
     */
    XmlDamage settle() {
        Deferred d = inFlight;
        if (d == null) {
            return null;
        }
        inFlight = null;
        XmlDamage damage = d.await();
        linesBefore += d.newlines();
        return damage;
    }

    /** Work that must see the buffered bytes before they are dropped. */
    interface Flush {
        /**
         * Called before bytes [0, dropped) are dropped; returns work still reading them (which also counts their
         * newlines), or null when it is done with them.
         */
        Deferred handOff(int dropped) throws XmlDamage;
    }

    /** Work handed off by {@link Flush}: it may still read the dropped buffer until {@link #await} returns. */
    interface Deferred {
        /** Waits for the work, helping with it; the damage it found (its earliest), or null. */
        XmlDamage await();

        /** Newlines in the dropped bytes; valid after {@link #await}. */
        long newlines();
    }

    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    /**
     * The first index in [from, to) holding {@code target}, or -1; eight bytes per step (SWAR, "haszero" of
     * Mycroft 1987 as given in Anderson's Bit Twiddling Hacks: {@code (x - 0x01..) & ~x & 0x80..} is non-zero iff
     * a byte of x is zero, and its lowest set bit marks the first zero byte exactly, since a borrow only runs
     * upward from a zero byte). Why: the scanner walks every byte of every row to find its end.
     */
    static int indexOf(byte[] a, int from, int to, byte target) {
        long pattern = (target & 0xFFL) * ONES;
        int i = from;
        // two words per step, one branch for both: under C1 the loop overhead is a good part of the cost
        for (; i + 16 <= to; i += 16) {
            long x = (long) LONGS.get(a, i) ^ pattern;
            long y = (long) LONGS.get(a, i + 8) ^ pattern;
            long hitX = (x - ONES) & ~x & HIGHS;
            long hitY = (y - ONES) & ~y & HIGHS;
            if ((hitX | hitY) != 0) {
                return hitX != 0 ? i + (Long.numberOfTrailingZeros(hitX) >>> 3)
                        : i + 8 + (Long.numberOfTrailingZeros(hitY) >>> 3);
            }
        }
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(a, i) ^ pattern;
            long hit = (x - ONES) & ~x & HIGHS;
            if (hit != 0) {
                return i + (Long.numberOfTrailingZeros(hit) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (a[i] == target) {
                return i;
            }
        }
        return -1;
    }

    /** Below this many bytes one core counts newlines: splitting costs more than it saves. */
    private static final int PARALLEL_COUNT_BYTES = 1 << 20;

    /**
     * {@link #newlines} of b[0, n), split across cores for a full window. Why: every byte of the file is counted
     * once when it is dropped, and under the C1-only JIT that serial pass was ~20% of a large file's CPU time.
     */
    static long newlinesOnAllCores(byte[] b, int n) {
        if (n < PARALLEL_COUNT_BYTES) {
            return newlines(b, 0, n);
        }
        int parts = Runtime.getRuntime().availableProcessors();
        long[] counts = new long[parts];
        // eight-byte aligned pieces, one per core; the last takes the tail
        ParallelParser.splitRange(parts, 1, (from, to) -> {
            for (int p = from; p < to; p++) {
                int lo = (int) ((long) n * p / parts) & ~7;
                int hi = p == parts - 1 ? n : (int) ((long) n * (p + 1) / parts) & ~7;
                counts[p] = newlines(b, lo, hi);
            }
            return -1;
        });
        long sum = 0;
        for (long c : counts) {
            sum += c;
        }
        return sum;
    }

    static long newlines(byte[] b, int n) {
        return newlines(b, 0, n);
    }

    /**
     * Newlines in b[from, to), eight bytes at a time: {@code x = word XOR '\n'×8} has a zero byte per newline;
     * {@code ~(((x & 0x7F..) + 0x7F..) | x | 0x7F..)} sets bit 7 of exactly those bytes (no carry crosses a byte,
     * unlike the haszero test). Shifted to bit 0 they are summed per byte lane for up to 128 words (≤ 128 per
     * lane), then the eight lanes are added by one multiply into the top byte (Anderson, Bit Twiddling Hacks) —
     * the C1 JIT has no popcount intrinsic.
     */
    static long newlines(byte[] b, int from, int to) {
        long count = 0;
        int i = from;
        while (i + 8 <= to) {
            long lanes = 0;
            int stop = Math.min(to - 7, i + 128 * 8);
            for (; i < stop; i += 8) {
                long x = (long) LONGS.get(b, i) ^ 0x0A0A0A0A0A0A0A0AL;
                long t = (x & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL;
                lanes += ~(t | x | 0x7F7F7F7F7F7F7F7FL) >>> 7;
            }
            count += laneSum(lanes);
        }
        for (; i < to; i++) {
            if (b[i] == '\n') {
                count++;
            }
        }
        return count;
    }

    /** The sum of the eight byte lanes of {@code lanes} (each at most 128 here), through 16-bit lanes. */
    private static long laneSum(long lanes) {
        long pairs = (lanes & 0x00FF00FF00FF00FFL) + ((lanes >>> 8) & 0x00FF00FF00FF00FFL);
        return (pairs * 0x0001000100010001L) >>> 48;
    }

    /** Runs before buffered bytes are dropped; {@link ArrayReader} hands its deferred rows over there. */
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
        settle();
        return where().positionOf(at);
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

    /** Damage at buffer offset {@code at}, unless the work in flight found some earlier in the file. */
    XmlDamage damageAt(int at, String reason) {
        XmlDamage earlier = settle();
        return earlier != null ? earlier : where().damageAt(at, reason);
    }

    /** The buffered bytes and where they lie in the file, kept for work that reports damage after they are dropped. */
    Where where() {
        return new Where(buf, limit, base, linesBefore, lastNewlineBefore);
    }

    /**
     * A buffer's bytes [0, limit) and their place in the file: absolute offset of byte 0, newlines before it and
     * the absolute offset of the last of those.
     */
    record Where(byte[] buf, int limit, long base, long linesBefore, long lastNewlineBefore) {
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

        XmlDamage damageAt(int at, String reason) {
            int[] lc = positionOf(at);
            int end = Math.min(limit, at + 60);
            String snippet = at < end ? new String(buf, at, end - at, StandardCharsets.ISO_8859_1) : "";
            return new XmlDamage(lc[0], lc[1], snippet, reason);
        }
    }
}
