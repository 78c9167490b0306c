package org.vaspflow.io.vasp.xml;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A thin navigation layer over a StAX reader: every section parser consumes exactly its own element, so
 * "the next child of X" is simply the next start tag before X's end tag.
 */
final class XmlCursor {
    private final XMLStreamReader x;

    XmlCursor(XMLStreamReader x) {
        this.x = x;
    }

    /** Advances to the next start tag; false at the end of the document. */
    boolean nextStart() throws XMLStreamException {
        while (x.hasNext()) {
            if (x.next() == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
        }
        return false;
    }

    /** Advances to the next child start tag of {@code parent}; false at {@code </parent>}. */
    boolean nextChildOf(String parent) throws XMLStreamException {
        while (x.hasNext()) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals(parent)) {
                return false;
            }
        }
        throw new XMLStreamException("file ends inside <" + parent + ">", x.getLocation());
    }

    /** Advances to the next start (true) or end (false) tag; {@link #name()} names it. */
    boolean nextStartOrEnd() throws XMLStreamException {
        while (x.hasNext()) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
        throw new XMLStreamException("file ends inside an element", x.getLocation());
    }

    String name() {
        return x.getLocalName();
    }

    /** An attribute of the current start tag, or null. */
    String attribute(String attr) {
        return x.getAttributeValue(null, attr);
    }

    /** The text of the current text-only element; consumes its end tag. */
    String text() throws XMLStreamException {
        return x.getElementText();
    }

    /** Consumes the current element with everything inside it. */
    void skipElement() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            if (!x.hasNext()) {
                throw new XMLStreamException("file ends inside an element", x.getLocation());
            }
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /**
     * Reads an {@code <array>} (current element) to its end: the {@code <field>} names and every {@code <r>} row's
     * numbers into {@code sink}, and how many {@code <set>} elements were met at each nesting depth (depth 1 = the
     * outermost set). The shape of a VASP array follows from those counts.
     */
    ArrayShape readArray(XmlNumbers.DoubleBuffer sink) throws XMLStreamException {
        ArrayShape shape = new ArrayShape();
        int setDepth = 0;
        int depth = 1;
        while (depth > 0) {
            if (!x.hasNext()) {
                throw new XMLStreamException("file ends inside <array>", x.getLocation());
            }
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String n = x.getLocalName();
                if (n.equals("r")) {
                    shape.rows++;
                    int cols = XmlNumbers.parseInto(x.getElementText(), sink);
                    if (shape.columns == 0) {
                        shape.columns = cols;
                    } else if (cols != shape.columns) {
                        throw new XMLStreamException("row with " + cols + " numbers where " + shape.columns
                                + " were expected", x.getLocation());
                    }
                } else if (n.equals("field")) {
                    shape.fields.add(x.getElementText().strip());
                } else if (n.equals("set")) {
                    setDepth++;
                    depth++;
                    shape.count(setDepth);
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (x.getLocalName().equals("set")) {
                    setDepth--;
                }
                depth--;
            }
        }
        return shape;
    }

    int line() {
        return x.getLocation() == null ? 0 : x.getLocation().getLineNumber();
    }

    int column() {
        return x.getLocation() == null ? 0 : x.getLocation().getColumnNumber();
    }

    /** Field names, row count, columns per row and set counts per depth of one {@code <array>}. */
    static final class ArrayShape {
        final java.util.List<String> fields = new java.util.ArrayList<>();
        final int[] setsAtDepth = new int[8];
        int rows;
        int columns;

        void count(int depth) {
            if (depth < setsAtDepth.length) {
                setsAtDepth[depth]++;
            }
        }
    }
}
