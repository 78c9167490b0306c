package org.vaspflow.workflow.hpc;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension giving live tests the loopback Slurm + sshd cluster of {@code ../shared/infra}: runs
 * {@code start-cluster.sh} once per JVM (idempotent, ~1 s when already up; output to
 * {@code target/vf-cluster-start.log}) and loads its {@code cluster.env} ({@code VF_CLUSTER_ENV}, default
 * {@code /tmp/vf-cluster/cluster.env}) with {@link Properties}. Tests are skipped with the reason when the
 * cluster cannot be had (not root and no readable cluster.env, or the script failed), unless
 * {@code VASPFLOW_REQUIRE_CLUSTER=1} (set by {@code .ci/run}): then they fail.
 */
public final class LoopbackCluster implements BeforeAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(LoopbackCluster.class);

    /** The loaded cluster.env, or why there is none. */
    public record Env(Properties props, String unavailable) {
        public String get(String key) {
            String v = props.getProperty(key);
            if (v == null) {
                throw new IllegalStateException("cluster.env has no " + key);
            }
            return v;
        }

        /** An environment for {@link ProfileLoader}: cluster.env first, then the process environment. */
        public String env(String key) {
            String v = props.getProperty(key);
            return v != null ? v : System.getenv(key);
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Env env = env(context);
        if (env.unavailable() != null) {
            if ("1".equals(System.getenv("VASPFLOW_REQUIRE_CLUSTER"))) {
                throw new IllegalStateException("VASPFLOW_REQUIRE_CLUSTER=1 but the loopback cluster is not "
                        + "available: " + env.unavailable());
            }
            Assumptions.abort("loopback cluster not available: " + env.unavailable());
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
        return p.getParameter().getType() == Env.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext c) {
        return env(c);
    }

    private static Env env(ExtensionContext context) {
        return context.getRoot().getStore(NS).getOrComputeIfAbsent("env", k -> start(), Env.class);
    }

    private static Env start() {
        Path script = Path.of(System.getProperty("vaspflow.shared", "../../shared")).resolve("infra/start-cluster.sh");
        Path file = Path.of(System.getenv().getOrDefault("VF_CLUSTER_ENV", "/tmp/vf-cluster/cluster.env"));
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            String failure = runStartScript(script);
            if (failure != null) {
                return new Env(new Properties(), failure);
            }
        }
        if (!Files.isReadable(file)) {
            return new Env(new Properties(), (root ? "" : "not root (start-cluster.sh needs root) and ")
                    + "no readable " + file);
        }
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            props.load(r);
        } catch (IOException e) {
            return new Env(new Properties(), "cannot read " + file + ": " + e.getMessage());
        }
        return new Env(props, null);
    }

    /** Null on success, else why it failed. */
    private static String runStartScript(Path script) {
        if (!Files.isRegularFile(script)) {
            return "no " + script;
        }
        Path log = Path.of("target", "vf-cluster-start.log").toAbsolutePath();
        try {
            Files.createDirectories(log.getParent());
            Process p = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return script + " did not finish within 5 minutes; see " + log;
            }
            return p.exitValue() == 0 ? null : script + " exited " + p.exitValue() + "; see " + log;
        } catch (IOException e) {
            return "cannot run " + script + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while starting the cluster";
        }
    }
}
