package org.vaspflow.workflow.hpc;

/**
 * A profile that cannot be used, with where the problem is: the file, the YAML path ({@code ssh.port},
 * {@code queues.normal.max_walltime}) and the line (0 when unknown).
 */
public final class ProfileException extends RuntimeException {
    private final String source;
    private final String yamlPath;
    private final int line;

    public ProfileException(String source, String yamlPath, int line, String reason, Throwable cause) {
        super(source + (line > 0 ? ":" + line : "") + (yamlPath.isEmpty() ? "" : ": " + yamlPath) + ": " + reason,
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

    public int line() {
        return line;
    }
}
