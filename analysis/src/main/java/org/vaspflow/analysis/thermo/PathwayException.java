package org.vaspflow.analysis.thermo;

/**
 * A pathway file that cannot be used: names the file, the YAML path ({@code steps[2].products.NaO2}) and the line.
 */
public final class PathwayException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final String yamlPath;
    private final int line;

    public PathwayException(String source, String yamlPath, int line, String reason, Throwable cause) {
        super(source + (line > 0 ? ":" + line : "") + (yamlPath.isEmpty() ? "" : " at " + yamlPath) + ": " + reason,
                cause);
        this.source = source;
        this.yamlPath = yamlPath;
        this.line = line;
    }

    public String source() {
        return source;
    }

    public String yamlPath() {
        return yamlPath;
    }

    /** 1-based line, 0 when unknown. */
    public int line() {
        return line;
    }
}
