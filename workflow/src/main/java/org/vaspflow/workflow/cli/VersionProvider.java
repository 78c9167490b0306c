package org.vaspflow.workflow.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine;

/**
 * {@code vaspflow --version}: the Maven project version and build time baked in at build time
 * ({@code vaspflow-version.properties}, filtered by Maven), the git commit and its time when the build ran in a
 * git checkout (git-commit-id-maven-plugin; or a {@code vaspflow-build.properties} resource with {@code commit}
 * and {@code commit_time}), and the Java runtime.
 */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        Properties p = properties("/vaspflow-version.properties");
        Properties git = properties("/vaspflow-build.properties");
        List<String> lines = new ArrayList<>();
        lines.add("vaspflow " + version());
        String built = p.getProperty("build_time", "");
        String commit = unfiltered(git.getProperty("commit", "")) ? unfilteredOr(p.getProperty("commit", ""))
                : git.getProperty("commit");
        String commitTime = unfiltered(git.getProperty("commit_time", "")) ? unfilteredOr(p.getProperty("commit_time",
                "")) : git.getProperty("commit_time");
        String build = (commit.isBlank() ? "commit unknown" : "commit " + commit
                + (commitTime.isBlank() ? "" : " (" + commitTime + ")"))
                + (unfiltered(built) ? "" : ", built " + built);
        lines.add("build: " + build);
        lines.add("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        return lines.toArray(String[]::new);
    }

    /** The project version, {@code unknown} when the resource is missing (running from unfiltered sources). */
    public static String version() {
        String v = properties("/vaspflow-version.properties").getProperty("version", "unknown");
        return v.startsWith("${") ? "unknown" : v;
    }

    /** Empty, or a Maven placeholder left as is because its property was not set. */
    private static boolean unfiltered(String value) {
        return value.isBlank() || value.startsWith("${");
    }

    private static String unfilteredOr(String value) {
        return unfiltered(value) ? "" : value;
    }

    private static Properties properties(String resource) {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream(resource)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return p;
    }
}
