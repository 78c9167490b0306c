package org.vaspflow.io.parse;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A forward-only line cursor over the bytes of a (possibly compressed) text file, for the readers of large
 * numeric outputs (PROCAR, DOSCAR, COHPCAR): a line is a byte range in a reused buffer, numbers are parsed from
 * those bytes straight into primitive arrays ({@link ByteNumbers}, then FastDoubleParser), and a {@code String}
 * is made only when a reader asks for one ({@link #current()}). Numbers follow {@link TextCursor#doubles}
 * exactly: a token neither parser takes goes through {@link TextCursor}'s Fortran rules (fused fields such as
 * {@code 1.0-2.0}, exponents without {@code E}, {@code ****} read as NaN), and a token that is no number there
 * either is a {@link ParseException} at its line and column.
 *
 * <p>Lines end at {@code \n}; a {@code \r} before it is dropped. The text is ISO-8859-1, so a byte offset in a
 * line is also its 0-based column. Not thread-safe; one cursor per reading.
 */
public final class ByteLines implements Closeable {
    private static final int INITIAL_BYTES = 1 << 20;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final String file;
    private final InputStream in;
    private byte[] buf = new byte[INITIAL_BYTES];
    private int limit;
    private boolean eof;
    /** A read error met by {@link #readAhead}, reported by the next {@link #fill}. */
    private IOException pendingError;
    /**
     * Bytes read ahead to {@code [aheadAt, aheadAt + aheadBytes)} because the end of the buffer was full; {@link #join}
     * puts the tail of the data in use (up to {@code aheadAt} bytes) in front of them. 0 when there are none.
     */
    private int aheadBytes;
    private int aheadAt;
    /** Start of the first line not yet handed out. */
    private int pos;
    /** The current line, [start, end) without its terminator; start == -1 before the first line and at the end. */
    private int start = -1;
    private int end;
    /** End of the peeked line (index of its '\n', or limit at the end of the data), -1 when none is peeked. */
    private int peekEnd = -1;
    private int lineNumber;
    private String currentText;
    private double[] values = new double[64];
    private final int[] tokenEnd = new int[1];

    private ByteLines(String file, InputStream in) {
        this.file = file;
        this.in = in;
    }

    /** Opens a file, decompressing by content (and reporting progress, see {@link Compression#open}). */
    public static ByteLines open(Path path) {
        return new ByteLines(path.toString(), Compression.open(path));
    }

    /** A cursor over text in memory (ISO-8859-1); {@code name} is used in error messages. */
    public static ByteLines of(String name, String text) {
        return new ByteLines(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)));
    }

    /** A cursor over a stream (for tests of read errors). */
    static ByteLines of(String name, InputStream in) {
        return new ByteLines(name, in);
    }

    public String file() {
        return file;
    }

    /** Line number of the current line, 0 before the first. */
    public int lineNumber() {
        return lineNumber;
    }

    /** Advances to the next line; false at the end of the data. */
    public boolean next() {
        int e = peekEnd >= 0 ? peekEnd : lineEnd();
        peekEnd = -1;
        currentText = null;
        if (e < 0) {
            start = -1;
            end = 0;
            return false;
        }
        start = pos;
        end = e > start && buf[e - 1] == '\r' ? e - 1 : e;
        pos = e < limit ? e + 1 : e;
        lineNumber++;
        return true;
    }

    /** Advances to the next line, or fails naming what was expected when the data ends here. */
    public void require(String expected) {
        if (!next()) {
            throw endsEarly(expected);
        }
    }

    /** The error for data that ends where {@code expected} should follow (for loops that build the text lazily). */
    public ParseException endsEarly(String expected) {
        return new ParseException(file, lineNumber + 1, 0, "", "file ends early: expected " + expected);
    }

    /** True when a line follows the current one. */
    public boolean hasNext() {
        return peek() >= 0;
    }

    /**
     * The first non-blank byte of the next line without consuming it: a byte value, {@code ' '} for a blank line,
     * -1 at the end of the data.
     */
    public int peekFirst() {
        if (peek() < 0) {
            return -1;
        }
        for (int i = pos; i < peekEnd; i++) {
            if ((buf[i] & 0xff) > ' ') {
                return buf[i] & 0xff;
            }
        }
        return ' ';
    }

    /** True when the next line, after leading blanks, starts with {@code prefix} (ASCII). */
    public boolean peekStartsWith(String prefix) {
        return peek() >= 0 && startsWith(pos, peekEnd, prefix);
    }

    /** The current line as text (made on demand; the numeric paths never need it). */
    public String current() {
        if (start < 0) {
            return "";
        }
        if (currentText == null) {
            currentText = new String(buf, start, end - start, StandardCharsets.ISO_8859_1);
        }
        return currentText;
    }

    /** Length of the current line in bytes (= characters). */
    public int length() {
        return start < 0 ? 0 : end - start;
    }

    /** True when the current line is empty or only blanks. */
    public boolean isBlank() {
        return firstNonBlank() < 0;
    }

    /** Offset of the first non-blank byte of the current line, -1 when it is blank. */
    public int firstNonBlank() {
        for (int i = start; i >= 0 && i < end; i++) {
            if ((buf[i] & 0xff) > ' ') {
                return i - start;
            }
        }
        return -1;
    }

    /** True when the current line, after leading blanks, starts with {@code prefix} (ASCII). */
    public boolean startsWith(String prefix) {
        return start >= 0 && startsWith(start, end, prefix);
    }

    /** Offset in the current line of the first {@code c} at or after {@code from}, -1 when there is none. */
    public int indexOf(char c, int from) {
        for (int i = start + Math.max(0, from); i >= 0 && i < end; i++) {
            if (buf[i] == c) {
                return i - start;
            }
        }
        return -1;
    }

    /** The byte (0–255) at an offset of the current line, which must be below {@link #length()}. */
    public int byteAt(int offset) {
        return buf[start + offset] & 0xff;
    }

    /** True when the current line's bytes equal {@code other}. */
    public boolean lineEquals(byte[] other) {
        return start >= 0 && Arrays.equals(buf, start, end, other, 0, other.length);
    }

    /** A copy of the current line's bytes. */
    public byte[] lineBytes() {
        return start < 0 ? new byte[0] : Arrays.copyOfRange(buf, start, end);
    }

    /** Parses every number of the current line into {@link #values()}; returns how many. */
    public int doubles() {
        return doubles(0, length());
    }

    /** Parses the numbers between offsets [from, to) of the current line into {@link #values()}; returns how many. */
    public int doubles(int from, int to) {
        int n = doubles(from, to, values, 0, values.length);
        if (n > values.length) {
            values = new double[Math.max(n, 2 * values.length)];
            n = doubles(from, to, values, 0, values.length);
        }
        return n;
    }

    /** The numbers of the last {@link #doubles()} call (the array is reused). */
    public double[] values() {
        return values;
    }

    /**
     * Parses the numbers of the current line into {@code into[at …]}, writing at most {@code max}; returns how
     * many the line holds (more than {@code max} means some were counted, not written).
     */
    public int doublesInto(double[] into, int at, int max) {
        return doubles(0, length(), into, at, max);
    }

    private int doubles(int from, int to, double[] into, int at, int max) {
        int i = start + Math.max(0, from);
        int stop = start + Math.min(to, length());
        int n = ByteNumbers.row(buf, i, stop, into, at, max, tokenEnd);
        return n >= 0 ? n : fortranRow(i, stop, into, at, max);
    }

    /** The numbers of a row that has a token only {@link TextCursor}'s Fortran rules read, or one that is no number. */
    private int fortranRow(int i, int stop, double[] into, int at, int max) {
        int n = 0;
        while (i < stop) {
            while (i < stop && (buf[i] & 0xff) <= ' ') {
                i++;
            }
            if (i >= stop) {
                break;
            }
            int s = i;
            double v = ByteNumbers.scan(buf, s, stop, tokenEnd);
            i = tokenEnd[0];
            if (v != v) {
                try {
                    v = JavaDoubleParser.parseDouble(buf, s, i - s);
                } catch (NumberFormatException e) {
                    List<String> fields = TextCursor.splitFortranFields(new String(buf, s, i - s,
                            StandardCharsets.ISO_8859_1));
                    for (int k = 0; k < fields.size() - 1; k++) {
                        double f = fortran(fields.get(k));
                        if (n < max) {
                            into[at + n] = f;
                        }
                        n++;
                    }
                    v = fortran(fields.get(fields.size() - 1));
                }
            }
            if (n < max) {
                into[at + n] = v;
            }
            n++;
        }
        return n;
    }

    /**
     * Makes {@code bytes} bytes after {@link #position()} available in {@link #buffer()} (fewer at the end of the
     * data, or when at least half of them are there already: the rest is then read ahead while those are parsed),
     * growing the buffer when needed; returns the end of the data in the buffer. For readers that parse whole windows
     * in place ({@link RowBlocks}, PROCAR's tables) and then move the cursor with {@link #skipLines}.
     */
    public int window(int bytes) {
        peekEnd = -1;
        currentText = null;
        join();
        if (buf.length < 3L * bytes + carry(bytes) && limit - pos < bytes && !eof) {
            // a small file fits the buffer it has: read it all before growing the buffer to three windows (and the
            // front that readAhead keeps free)
            compact();
            limit += readInto(limit, buf.length - limit);
            if (limit - pos < bytes && !eof) {
                buf = Arrays.copyOf(buf, 3 * bytes + carry(bytes));
            }
        }
        int lacking = bytes - (limit - pos);
        if (lacking > bytes / 2 && !eof) {
            // only what this window lacks: the next window is read while this one is parsed (readAhead); an error
            // waits for the line-by-line reading to reach it (fill)
            if (buf.length - limit < lacking) {
                compact();
            }
            limit += readInto(limit, lacking);
        }
        return limit;
    }

    /**
     * Reads up to {@code bytes} more without moving anything, so it may run while other threads parse the data
     * already in {@link #buffer()} up to {@code windowEnd} (which is what it is for: the read of the next window
     * then overlaps the parse of this one instead of waiting for it). The bytes go to the free end of the buffer;
     * when that is too short, the bytes before the data in use are free and little follows {@code windowEnd}, they
     * go to the front, where the next {@link #window} puts those few bytes in front of them: the buffer is then
     * never moved, which for a reading window by window was a copy of the whole file. A read error is kept and
     * reported by the next read in place, where a reading without this one would have met it.
     */
    public void readAhead(int bytes, int windowEnd) {
        if (aheadBytes > 0) {
            return; // the front is taken until the next window joins it
        }
        int carry = carry(bytes);
        if (buf.length - limit < bytes && keep() >= carry + bytes && limit - windowEnd <= carry / 2) {
            aheadAt = carry;
            aheadBytes = readInto(carry, bytes);
        } else {
            limit += readInto(limit, Math.min(bytes, buf.length - limit));
        }
    }

    /** Reads up to {@code bytes} to {@code buf[at …]} (fewer at the end of the data or at an error); returns how many. */
    private int readInto(int at, int bytes) {
        int read = 0;
        try {
            while (read < bytes && !eof && pendingError == null) {
                int n = in.read(buf, at + read, bytes - read);
                if (n < 0) {
                    eof = true;
                } else {
                    read += n;
                }
            }
        } catch (IOException e) {
            pendingError = e;
        }
        return read;
    }

    /**
     * Room left at the front of the buffer, before bytes read ahead there, for the tail of the data in use: a
     * quarter of a window, so a window cut short near its end (at the last rows of a DOSCAR ion, say) still lets
     * the next one be read ahead.
     */
    private static int carry(int windowBytes) {
        return windowBytes / 4;
    }

    /** Start of the data in use: the current line, or the next line when there is none. */
    private int keep() {
        return start >= 0 ? Math.min(start, pos) : pos;
    }

    /**
     * Makes the bytes read ahead to the front follow the data in use; returns by how much indices moved. Its tail
     * (the bytes from {@link #keep}: normally the last line parsed and a partial one) goes just before them; a longer
     * tail (a window that ended early at a line of another shape) goes to the front and they are copied after it.
     */
    private int join() {
        if (aheadBytes == 0) {
            return 0;
        }
        int keep = keep();
        int tail = limit - keep;
        int ahead = aheadBytes;
        aheadBytes = 0;
        if (tail <= aheadAt) {
            int to = aheadAt - tail;
            System.arraycopy(buf, keep, buf, to, tail); // disjoint: the bytes read ahead end before keep
            limit = aheadAt + ahead;
            return shift(keep - to);
        }
        // rare (the end of the buffer had no room for them, so they need it freed first): set aside, compact, append
        byte[] front = Arrays.copyOfRange(buf, aheadAt, aheadAt + ahead);
        int moved = compact();
        System.arraycopy(front, 0, buf, limit, ahead);
        limit += ahead;
        return moved;
    }

    /** Moves the cursor's indices {@code by} bytes down (after its data moved there); returns {@code by}. */
    private int shift(int by) {
        pos -= by;
        if (start >= 0) {
            start -= by;
            end -= by;
        }
        return by;
    }

    /** The buffer {@link #window} filled (valid until the cursor moves on; never to be written). */
    public byte[] buffer() {
        return buf;
    }

    /** Start of the next line in {@link #buffer()}. */
    public int position() {
        return pos;
    }

    /** True when the buffer holds all the data that is left. */
    public boolean atEnd() {
        return eof;
    }

    /**
     * Consumes {@code lines} lines parsed in place from {@link #position()}, the last one being [lastStart, lastEnd)
     * in {@link #buffer()} (without its terminator); the next line starts at {@code next}.
     */
    public void skipLines(int lines, int lastStart, int lastEnd, int next) {
        start = lastStart;
        end = lastEnd;
        pos = next;
        lineNumber += lines;
        peekEnd = -1;
        currentText = null;
    }

    private double fortran(String token) {
        double value = TextCursor.fortranDouble(token);
        if (Double.isNaN(value) && !TextCursor.isOverflowField(token) && !token.equalsIgnoreCase("nan")) {
            throw errorAt(token, "not a number");
        }
        return value;
    }

    /** An error at the current line, column 1, with the line as snippet. */
    public ParseException error(String reason) {
        return new ParseException(file, lineNumber, 1, current(), reason);
    }

    /** An error at the current line and a 1-based column, with the line as snippet. */
    public ParseException error(int column, String reason) {
        return new ParseException(file, lineNumber, column, current(), reason);
    }

    /** An error at the current line at the first occurrence of {@code token}. */
    public ParseException errorAt(String token, String reason) {
        int column = Math.max(1, current().indexOf(token) + 1);
        return new ParseException(file, lineNumber, column, token, reason);
    }

    private boolean startsWith(int from, int to, String prefix) {
        int i = from;
        while (i < to && (buf[i] & 0xff) <= ' ') {
            i++;
        }
        return startsWith(buf, i, to, prefix);
    }

    /** True when bytes [i, end) of {@code b} start with the ASCII {@code word}. */
    public static boolean startsWith(byte[] b, int i, int end, String word) {
        if (end - i < word.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (b[i + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Finds (reading more data when needed) the end of the line at {@link #pos}, and remembers it as peeked. */
    private int peek() {
        if (peekEnd < 0) {
            peekEnd = lineEnd();
        }
        return peekEnd;
    }

    /** End of the line starting at {@link #pos}: index of its '\n', or limit at the end of the data; -1 if none. */
    private int lineEnd() {
        int scan = pos;
        while (true) {
            int i = scan;
            for (; i + 8 <= limit; i += 8) {
                // a zero byte of w marks a '\n' (Mycroft's test); its lowest set bit is the first one
                long w = (long) LONGS.get(buf, i) ^ 0x0A0A0A0A0A0A0A0AL;
                long t = (w - 0x0101010101010101L) & ~w & 0x8080808080808080L;
                if (t != 0) {
                    return i + (Long.numberOfTrailingZeros(t) >>> 3);
                }
            }
            for (; i < limit; i++) {
                if (buf[i] == '\n') {
                    return i;
                }
            }
            scan = limit;
            if (eof) {
                return pos < limit ? limit : -1;
            }
            scan -= fill();
        }
    }

    /**
     * Reads more data, first moving the current and pending lines to the front of the buffer (growing it when a
     * line fills it); returns by how much indices moved.
     */
    private int fill() {
        if (aheadBytes > 0) {
            return join(); // the bytes read ahead are the next ones
        }
        int keep = compact();
        if (limit == buf.length) {
            buf = Arrays.copyOf(buf, (int) Math.min(Integer.MAX_VALUE - 8, 2L * buf.length));
        }
        try {
            if (pendingError != null) {
                IOException e = pendingError;
                pendingError = null;
                throw e;
            }
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
            }
        } catch (IOException e) {
            throw new ParseException(file, lineNumber + 1, 0, "", "cannot read (damaged or truncated compressed data?): "
                    + e.getMessage());
        }
        return keep;
    }

    /** Moves the current and pending lines to the front of the buffer; returns by how much indices moved. */
    private int compact() {
        int keep = keep();
        if (keep > 0) {
            System.arraycopy(buf, keep, buf, 0, limit - keep);
            limit -= keep;
            shift(keep);
        }
        return keep;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing to save on close of a read-only stream
        }
    }
}
