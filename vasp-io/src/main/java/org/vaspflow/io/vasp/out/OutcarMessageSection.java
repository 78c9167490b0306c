package org.vaspflow.io.vasp.out;

import org.vaspflow.io.parse.TextCursor;

/**
 * VASP's messages: one-line warnings ({@code WARNING: grid for Broyden might be to small}), boxed warnings (the
 * text inside the box, joined, after a {@code W    W    AA    RRRRR} banner) and the STOPCAR line
 * {@code soft stop encountered!  aborting job}.
 *
 * <pre>
 *  -----------------------------------------------------------------------------
 * |           W    W    AA    RRRRR   N    N  II  N    N   GGGG   !!!           |
 * |           …                                                                 |
 * |      For optimal performance we recommend to set                            |
 * |        NCORE= 4 - approx SQRT( number of cores)                             |
 *  -----------------------------------------------------------------------------
 * </pre>
 */
final class OutcarMessageSection implements OutcarSection {
    private static final String BANNER = "W    W    AA    RRRRR";
    private static final int MAX_BOX_LINES = 60;

    @Override
    public boolean starts(String line, OutcarBuilder into) {
        return line.startsWith("WARNING") || line.startsWith("|") && line.contains(BANNER)
                || line.startsWith("soft stop encountered!");
    }

    @Override
    public void read(TextCursor c, String line, OutcarBuilder into) {
        if (line.startsWith("soft stop encountered!")) {
            into.stopped = true;
        } else if (line.startsWith("WARNING")) {
            into.warnings.add(line);
        } else {
            into.warnings.add("WARNING: " + box(c));
        }
    }

    /** The box's text lines after the banner, joined by single spaces; the closing dashes are consumed. */
    private static String box(TextCursor c) {
        StringBuilder text = new StringBuilder();
        String l;
        for (int i = 0; i < MAX_BOX_LINES && (l = c.peek()) != null; i++) {
            String t = l.strip();
            if (!t.startsWith("|")) {
                if (t.startsWith("---")) {
                    c.next();
                }
                break;
            }
            c.next();
            String inner = t.replace('|', ' ').strip();
            boolean banner = inner.matches("[WARNIG! ]*") && !inner.isEmpty();
            if (!inner.isEmpty() && !banner) {
                text.append(text.length() == 0 ? "" : " ").append(inner.replaceAll("\\s+", " "));
            }
        }
        return text.toString();
    }
}
