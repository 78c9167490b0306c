package org.vaspflow.workflow.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** {@code vaspflow --version}: the Maven project version baked in at build time, and the Java runtime. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/vaspflow-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {"vaspflow " + p.getProperty("version", "unknown"),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
