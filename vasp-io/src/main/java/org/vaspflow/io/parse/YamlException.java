package org.vaspflow.io.parse;

/**
 * A YAML file (campaign, profile, pathway, preset) that cannot be used: names the file, the YAML path of the
 * offending key or value ({@code steps[1].incar}, {@code ssh.port}) and the 1-based line (0 when unknown).
 * The message reads {@code file:line at path: reason}.
 */
public class YamlException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final String yamlPath;
    private final int line;
    private final String reason;

    public YamlException(String source, String yamlPath, int line, String reason, Throwable cause) {
        super(source + (line > 0 ? ":" + line : "") + (yamlPath.isEmpty() ? "" : " at " + yamlPath) + ": " + reason,
                cause);
        this.source = source;
        this.yamlPath = yamlPath;
        this.line = line;
        this.reason = reason;
    }

    public String source() {
        return source;
    }

    /** YAML path of the offending key or value, e.g. {@code matrix.materials[0].structure}; empty for the file. */
    public String yamlPath() {
        return yamlPath;
    }

    /** 1-based line, 0 when unknown. */
    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
