package org.vaspflow.workflow.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.vaspflow.workflow.store.CalcState;

/** Escaping and formatting for the HTML report: every piece of text from a store or file goes through {@link #esc}. */
final class Html {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Html() {
    }

    /** Text escaped for element content and double-quoted attribute values. */
    static String esc(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    // control characters other than tab/newline are not allowed in HTML text
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** A number with {@code decimals} places, or an em dash for NaN/infinite. */
    static String num(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return "—";
        }
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        return s.startsWith("-") ? "−" + s.substring(1) : s;
    }

    static String time(Instant t) {
        return TIME.format(t);
    }

    /** A state badge, coloured by the CSS class of its group. */
    static String badge(CalcState s) {
        return "<span class=\"badge st-" + group(s) + "\">" + s.name() + "</span>";
    }

    /** Colour group of a state: done, failed, active, post (finished, being retrieved/parsed), wait, held, off. */
    static String group(CalcState s) {
        return switch (s) {
            case DONE -> "done";
            case FAILED, LOST -> "failed";
            case RECOVERING -> "recovering";
            case SUBMITTING, QUEUED, RUNNING -> "active";
            case FINISHED, RETRIEVED, PARSED -> "post";
            case HELD -> "held";
            case CANCELLED -> "off";
            case PLANNED, READY, STAGED -> "wait";
        };
    }

    /** An anchor id made of letters, digits and '-' only (ids come from code, never from users, but be safe). */
    static String id(String raw) {
        return raw.replaceAll("[^A-Za-z0-9-]", "-");
    }
}
