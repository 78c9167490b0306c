package org.vaspflow.analysis.thermo;

import org.vaspflow.io.parse.YamlException;

/** A pathway file that cannot be used (file, YAML path such as {@code steps[2].products.NaO2}, line). */
public final class PathwayException extends YamlException {
    private static final long serialVersionUID = 1L;

    public PathwayException(String source, String yamlPath, int line, String reason, Throwable cause) {
        super(source, yamlPath, line, reason, cause);
    }
}
