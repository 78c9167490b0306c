package org.vaspflow.workflow.spec;

/**
 * A campaign YAML that cannot be used: names the file, the YAML path (e.g. {@code steps[1].incar}) and the
 * 1-based line (0 when unknown).
 */
public final class CampaignSpecException extends RuntimeException {
    private final String source;
    private final String path;
    private final int line;
    private final String reason;

    public CampaignSpecException(String source, String path, int line, String reason, Throwable cause) {
        super(source + (line > 0 ? ":" + line : "") + (path.isEmpty() ? "" : " at " + path) + ": " + reason,
                cause);
        this.source = source;
        this.path = path;
        this.line = line;
        this.reason = reason;
    }

    public String source() {
        return source;
    }

    /** YAML path of the offending key or value, e.g. {@code matrix.materials[0].structure}. */
    public String path() {
        return path;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
