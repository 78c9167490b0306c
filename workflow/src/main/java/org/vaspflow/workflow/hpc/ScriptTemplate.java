package org.vaspflow.workflow.hpc;

import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The job-script template language: {@code {{name}}} is replaced by a value, nothing else is special.
 * A placeholder without a value is an error (a typo in a site's template must not produce a script that
 * silently drops its walltime).
 */
public final class ScriptTemplate {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z_]+)\\s*}}");

    private ScriptTemplate() {
    }

    public static String render(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 256);
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("template placeholder {{" + m.group(1) + "}} is not one of "
                        + new TreeSet<>(values.keySet()));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
