package org.vaspflow.io.vasp.out;

import org.vaspflow.io.parse.TextCursor;

/**
 * The parser of one OUTCAR block. {@link OutcarReader} offers every line (stripped, non-blank) to each section in
 * turn; the first whose {@link #starts} accepts it reads the block from there (it may consume further lines, and
 * leaves the line after its block unread).
 */
interface OutcarSection {
    /** True when {@code line} (stripped) opens this section's block. */
    boolean starts(String line, OutcarBuilder into);

    /** Reads the block that {@code line} (the cursor's current line, stripped) opens. */
    void read(TextCursor c, String line, OutcarBuilder into);
}
