package org.vaspflow.io.vasp.xml;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A byte-level pull scanner for the XML that VASP writes: elements, attributes, character data, comments,
 * processing instructions, CDATA and the five predefined entities plus character references. It checks what a
 * streaming reader must (every end tag closes the open element, attributes are quoted, entities are known) and
 * reports damage with its 1-based line and column. No DTD is read (so no external entity is ever fetched).
 *
 * <p>Why not StAX: a StAX reader decodes to chars and buffers ahead, so it cannot hand the raw bytes of a big
 * {@code <set>} of {@code <r>} rows to a fast number parser, nor split them across cores; this scanner can
 * ({@link ArrayReader}). Text is decoded as ISO-8859-1, the encoding VASP declares.
 *
 * <p>Every section parser consumes exactly its own element, so "the next child of X" is the next start tag
 * before X's end tag.
 */
final class XmlCursor {
    static final int START = 1;
    static final int END = 2;
    static final int EOF = -1;
    private static final int MAX_BUFFER = 1 << 28;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final InputStream in;
    private byte[] buf;
    private int pos;
    private int limit;
    private boolean eof;
    /** Absolute offset of buf[0], newlines before it, absolute offset of the last of those newlines. */
    private long base;
    private long linesBefore;
    private long lastNewlineBefore = -1;

    private String[] stack = new String[32];
    private int depth;
    private String name = "";
    private String[] attrNames = new String[4];
    private String[] attrValues = new String[4];
    private int attrCount;
    private boolean pendingEnd;
    private Flush beforeCompact;

    XmlCursor(InputStream in, int bufferSize) {
        this.in = in;
        this.buf = new byte[bufferSize];
    }

    /** Advances to the next start tag; false at the end of the document. */
    boolean nextStart() throws XmlDamage {
        int ev;
        while ((ev = next()) != EOF) {
            if (ev == START) {
                return true;
            }
        }
        return false;
    }

    /** Advances to the next child start tag of {@code parent}; false at {@code </parent>}. */
    boolean nextChildOf(String parent) throws XmlDamage {
        while (true) {
            int ev = next();
            if (ev == START) {
                return true;
            }
            if (ev == END && name.equals(parent)) {
                return false;
            }
            if (ev == EOF) {
                throw endOfInput("file ends inside <" + parent + ">");
            }
        }
    }

    /** Advances to the next start (true) or end (false) tag; {@link #name()} names it. */
    boolean nextStartOrEnd() throws XmlDamage {
        int ev = next();
        if (ev == EOF) {
            throw endOfInput("file ends inside an element");
        }
        return ev == START;
    }

    String name() {
        return name;
    }

    /** An attribute of the current start tag, or null. */
    String attribute(String attr) {
        for (int i = 0; i < attrCount; i++) {
            if (attrNames[i].equals(attr)) {
                return attrValues[i];
            }
        }
        return null;
    }

    /** Consumes the current element with everything inside it. */
    void skipElement() throws XmlDamage {
        int target = depth - 1;
        while (depth > target) {
            if (next() == EOF) {
                throw endOfInput("file ends inside <" + name + ">");
            }
        }
    }

    /** The character data of the current text-only element; consumes its end tag. */
    String text() throws XmlDamage {
        if (pendingEnd) {
            next();
            return "";
        }
        String element = name;
        StringBuilder sb = new StringBuilder(32);
        while (true) {
            int d = distanceTo((byte) '<');
            if (d < 0) {
                throw endOfInput("file ends inside <" + element + ">");
            }
            decode(pos, pos + d, sb);
            pos += d;
            if (startsWith("</")) {
                next();
                return sb.toString();
            } else if (startsWith("<![CDATA[")) {
                pos += 9;
                int e = distanceTo("]]>");
                sb.append(new String(buf, pos, e, StandardCharsets.ISO_8859_1));
                pos += e + 3;
            } else if (!skipMarkup()) {
                throw damage("<" + element + "> should hold text only");
            }
        }
    }

    /**
     * The next start tag, end tag or the end of input; character data, comments and processing instructions
     * between tags are passed over.
     */
    int next() throws XmlDamage {
        if (pendingEnd) {
            pendingEnd = false;
            name = stack[--depth];
            return END;
        }
        while (true) {
            int d = distanceTo((byte) '<');
            if (d < 0) {
                if (depth > 0) {
                    throw endOfInput("file ends inside <" + stack[depth - 1] + ">");
                }
                return EOF;
            }
            pos += d;
            ensure(2);
            byte c = limit - pos > 1 ? buf[pos + 1] : 0;
            if (c == '/') {
                return endTag();
            } else if ((c != '?' && c != '!') || !skipMarkup()) {
                return startTag();
            }
        }
    }

    /** At '<': passes over a comment, processing instruction or declaration; false for anything else. */
    private boolean skipMarkup() throws XmlDamage {
        if (startsWith("<?")) {
            pos += distanceTo("?>") + 2;
        } else if (startsWith("<!--")) {
            pos += distanceTo("-->") + 3;
        } else if (startsWith("<![CDATA[")) {
            pos += distanceTo("]]>") + 3;
        } else if (startsWith("<!")) {
            int d = distanceTo((byte) '>');
            if (d < 0) {
                throw endOfInput("file ends inside a declaration");
            }
            pos += d + 1;
        } else {
            return false;
        }
        return true;
    }

    /**
     * The fast path between rows: skips whitespace and, when a plain {@code <r>} follows, consumes it and returns
     * the length of the row's text (pos at its start); -1 otherwise, with only whitespace consumed.
     */
    int openRow() throws XmlDamage {
        skipSpace();
        if (!startsWith("<r>")) {
            return -1;
        }
        pos += 3;
        int d = distanceTo((byte) '<');
        if (d < 0) {
            throw endOfInput("file ends inside <r>");
        }
        return d;
    }

    /** After a row's text of length d: consumes its end tag; anything else inside the row is damage. */
    void closeRow(int d) throws XmlDamage {
        pos += d;
        if (startsWith("</r>")) {
            pos += 4;
            return;
        }
        push("r");
        if (next() != END || !name.equals("r")) {
            throw damage("<r> should hold numbers only");
        }
    }

    /** Takes the current {@code <r>} off the element stack: its rows are closed by {@link #closeRow}. */
    void stackPop() {
        depth--;
    }

    private void push(String element) {
        if (depth == stack.length) {
            stack = Arrays.copyOf(stack, depth * 2);
        }
        stack[depth++] = element;
    }

    /** True when the current start tag was written {@code <x/>}. */
    boolean selfClosed() {
        return pendingEnd;
    }

    private int endTag() throws XmlDamage {
        pos += 2;
        String n = readName();
        skipSpace();
        if (pos >= limit || buf[pos] != '>') {
            throw damage("end tag </" + n + "> not closed by >");
        }
        pos++;
        if (depth == 0 || !stack[depth - 1].equals(n)) {
            throw damage("</" + n + "> does not close " + (depth == 0 ? "any element" : "<" + stack[depth - 1] + ">"));
        }
        name = stack[--depth];
        return END;
    }

    private int startTag() throws XmlDamage {
        pos++;
        name = readName();
        if (name.isEmpty()) {
            throw damage("< without an element name");
        }
        attrCount = 0;
        while (true) {
            skipSpace();
            if (pos >= limit) {
                throw endOfInput("file ends inside the tag <" + name + ">");
            }
            byte c = buf[pos];
            if (c == '>') {
                pos++;
                break;
            }
            if (c == '/') {
                ensure(2);
                if (limit - pos < 2 || buf[pos + 1] != '>') {
                    throw damage("/ not followed by > in <" + name + ">");
                }
                pos += 2;
                pendingEnd = true;
                break;
            }
            attributeOf(name);
        }
        push(name);
        return START;
    }

    private void attributeOf(String element) throws XmlDamage {
        String a = readName();
        skipSpace();
        if (a.isEmpty() || pos >= limit || buf[pos] != '=') {
            throw damage("malformed attribute in <" + element + ">");
        }
        pos++;
        skipSpace();
        byte q = pos < limit ? buf[pos] : 0;
        if (q != '"' && q != '\'') {
            throw damage("attribute " + a + " of <" + element + "> is not quoted");
        }
        pos++;
        int d = distanceTo(q);
        if (d < 0) {
            throw endOfInput("file ends inside an attribute of <" + element + ">");
        }
        StringBuilder sb = new StringBuilder(d);
        decode(pos, pos + d, sb);
        pos += d + 1;
        if (attrCount == attrNames.length) {
            attrNames = Arrays.copyOf(attrNames, attrCount * 2);
            attrValues = Arrays.copyOf(attrValues, attrCount * 2);
        }
        attrNames[attrCount] = a;
        attrValues[attrCount++] = sb.toString();
    }

    private String readName() throws XmlDamage {
        int n = 0;
        while (true) {
            if (pos + n >= limit) {
                ensure(n + 1);
                if (pos + n >= limit) {
                    break;
                }
            }
            byte c = buf[pos + n];
            if (c <= ' ' || c == '>' || c == '/' || c == '=' || c == '<' || c == '"' || c == '\'') {
                break;
            }
            n++;
        }
        String s = XmlNames.of(buf, pos, n);
        pos += n;
        return s;
    }

    private void skipSpace() throws XmlDamage {
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

    /** Appends bytes [from, to) as ISO-8859-1 text with entities resolved. */
    private void decode(int from, int to, StringBuilder sb) throws XmlDamage {
        for (int i = from; i < to; i++) {
            byte c = buf[i];
            if (c != '&') {
                sb.append((char) (c & 0xff));
                continue;
            }
            int semi = i + 1;
            while (semi < to && buf[semi] != ';' && semi - i < 12) {
                semi++;
            }
            String ent = semi < to && buf[semi] == ';' ? new String(buf, i + 1, semi - i - 1,
                    StandardCharsets.ISO_8859_1) : "";
            int cp = XmlNames.entity(ent);
            if (cp < 0) {
                pos = i;
                throw damage("unknown entity &" + ent + ";");
            }
            sb.appendCodePoint(cp);
            i = semi;
        }
    }

    private boolean startsWith(String s) throws XmlDamage {
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

    private int distanceTo(String s) throws XmlDamage {
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

    private void ensure(int n) throws XmlDamage {
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
