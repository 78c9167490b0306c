package org.vaspflow.workflow.hpc;

import org.vaspflow.io.parse.YamlException;

/** A profile that cannot be used (file, YAML path such as {@code queues.normal.max_walltime}, line). */
public final class ProfileException extends YamlException {
    private static final long serialVersionUID = 1L;

    public ProfileException(String source, String yamlPath, int line, String reason, Throwable cause) {
        super(source, yamlPath, line, reason, cause);
    }
}
