package org.vaspflow.io.parse;

/**
 * Whether a parsed file was read to its natural end. A truncated or damaged file that still yields useful
 * data (every complete ionic step of a vasprun.xml, the finished part of an OUTCAR) is returned with
 * {@code complete == false} and the position where reading stopped; {@link #COMPLETE} otherwise.
 *
 * @param complete true when the file ended where the format says it ends
 * @param line 1-based line of the damage, 0 when complete or unknown
 * @param column 1-based column of the damage, 0 when complete or unknown
 * @param reason what was wrong there; empty when complete
 */
public record Completeness(boolean complete, int line, int column, String reason) {
    public static final Completeness COMPLETE = new Completeness(true, 0, 0, "");

    public Completeness {
        reason = reason == null ? "" : reason;
    }

    /** A partial result, damaged at the position the exception names. */
    public static Completeness partial(ParseException damage) {
        return new Completeness(false, damage.line(), damage.column(), damage.reason());
    }

    /** A partial result, damaged at a line (the file simply ended there, say). */
    public static Completeness partial(int line, String reason) {
        return new Completeness(false, line, 0, reason);
    }

    /** Implemented by every parsed value that can be partial. */
    public interface Flagged {
        Completeness completeness();
    }
}
