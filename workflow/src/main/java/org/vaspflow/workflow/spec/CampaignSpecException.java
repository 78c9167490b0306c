package org.vaspflow.workflow.spec;

import org.vaspflow.io.parse.YamlException;

/** A campaign YAML that cannot be used (file, YAML path such as {@code steps[1].incar}, line). */
public final class CampaignSpecException extends YamlException {
    private static final long serialVersionUID = 1L;

    public CampaignSpecException(String source, String yamlPath, int line, String reason, Throwable cause) {
        super(source, yamlPath, line, reason, cause);
    }
}
