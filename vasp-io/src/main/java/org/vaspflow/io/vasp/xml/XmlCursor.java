package org.vaspflow.io.vasp.xml;

import java.io.InputStream;
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
final class XmlCursor extends ByteWindow {
    static final int START = 1;
    static final int END = 2;
    static final int EOF = -1;

    private String[] stack = new String[32];
    private int depth;
    private String name = "";
    private String[] attrNames = new String[4];
    private String[] attrValues = new String[4];
    private int attrCount;
    private boolean pendingEnd;

    XmlCursor(InputStream in, int bufferSize) {
        super(in, bufferSize);
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
        // the bytes are usually buffered: test them in place before the general startsWith
        if (limit - pos >= 3 ? buf[pos] != '<' || buf[pos + 1] != 'r' || buf[pos + 2] != '>' : !startsWith("<r>")) {
            return -1;
        }
        pos += 3;
        int d = distanceTo((byte) '<');
        if (d < 0) {
            throw endOfInput("file ends inside <r>");
        }
        return d;
    }

    /** Where {@link #rowsInBuffer} records rows. */
    interface RowSink {
        void row(int start, int end) throws XmlDamage;
    }

    /**
     * Records the row whose text (length {@code d}) starts at pos, then every plain row after it that lies wholly
     * in the buffer, exactly as {@link #closeRow} and {@link #openRow} would take them; leaves pos at the start of
     * the last one recorded and returns its length, for the general methods to close it and go on. Why one loop on
     * locals: under the C1 JIT the calls and field accesses of the general path cost more than the bytes
     * (a large vasprun.xml has some ten million rows, and this thread bounds its wall time).
     */
    int rowsInBuffer(int d, RowSink sink) throws XmlDamage {
        byte[] b = buf;
        int end = limit;
        int p = pos;
        while (true) {
            sink.row(p, p + d);
            int e = p + d;
            if (e + 4 > end || b[e + 1] != '/' || b[e + 2] != 'r' || b[e + 3] != '>') {
                break;
            }
            int q = e + 4;
            while (q < end && b[q] <= ' ') {
                q++;
            }
            if (q + 3 > end || b[q] != '<' || b[q + 1] != 'r' || b[q + 2] != '>') {
                break;
            }
            int next = indexOf(b, q + 3, end, (byte) '<');
            if (next < 0) {
                break;
            }
            p = q + 3;
            d = next - p;
        }
        pos = p;
        return d;
    }

    /** After a row's text of length d: consumes its end tag; anything else inside the row is damage. */
    void closeRow(int d) throws XmlDamage {
        pos += d;
        if (limit - pos >= 4 ? buf[pos + 1] == '/' && buf[pos + 2] == 'r' && buf[pos + 3] == '>'
                : startsWith("</r>")) {
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
        String value;
        if (indexOf(buf, pos, pos + d, (byte) '&') < 0) {
            // the usual case (band and k-point comments): one copy, not a builder fed byte by byte
            value = new String(buf, pos, d, StandardCharsets.ISO_8859_1);
        } else {
            StringBuilder sb = new StringBuilder(d);
            decode(pos, pos + d, sb);
            value = sb.toString();
        }
        pos += d + 1;
        if (attrCount == attrNames.length) {
            attrNames = Arrays.copyOf(attrNames, attrCount * 2);
            attrValues = Arrays.copyOf(attrValues, attrCount * 2);
        }
        attrNames[attrCount] = a;
        attrValues[attrCount++] = value;
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

}
