package org.vaspflow.workflow.hpc;

import com.jcraft.jsch.ConfigRepository;
import com.jcraft.jsch.OpenSSHConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Turns a profile's {@code ssh:} section into an {@link SshTarget}, honouring {@code ~/.ssh/config} the way
 * OpenSSH does for the keys that matter here: the profile's own values win, then the first matching
 * {@code Host} block (JSch's {@link OpenSSHConfig} parser: HostName, Port, User, IdentityFile,
 * UserKnownHostsFile, ProxyJump), then OpenSSH's defaults (port 22, the local user name, the
 * {@code ~/.ssh/id_*} keys that exist, {@code ~/.ssh/known_hosts}). The config is applied here and not by
 * JSch itself, because JSch would let the config override the profile.
 */
public final class SshTargetResolver {
    private static final List<String> DEFAULT_KEYS = List.of("id_ed25519", "id_ecdsa", "id_rsa");

    private SshTargetResolver() {
    }

    /** Resolves with {@code ~/.ssh/config} when the profile allows it and the file exists. */
    public static SshTarget resolve(SshSettings s) {
        Path file = home().resolve(".ssh").resolve("config");
        ConfigRepository config = ConfigRepository.nullConfig;
        if (s.useSshConfig() && Files.isRegularFile(file)) {
            try {
                config = OpenSSHConfig.parseFile(file.toString());
            } catch (IOException e) {
                throw new TransportException(TransportException.Kind.CONFIG, "cannot read " + file + ": "
                        + e.getMessage(), e);
            }
        }
        return resolve(s, config);
    }

    public static SshTarget resolve(SshSettings s, ConfigRepository config) {
        ConfigRepository.Config c = config.getConfig(s.host());
        String host = firstNonBlank(c.getHostname(), s.host());
        int port = s.port() != 0 ? s.port() : c.getPort() > 0 ? c.getPort() : 22;
        String user = firstNonBlank(s.user(), c.getUser(), System.getProperty("user.name"));
        List<String> keys = new ArrayList<>();
        if (!s.identityFile().isEmpty()) {
            keys.add(expandHome(s.identityFile()));
        } else if (!identityFiles(c).isEmpty()) {
            identityFiles(c).stream().map(SshTargetResolver::expandHome).forEach(keys::add);
        } else {
            DEFAULT_KEYS.stream().map(k -> home().resolve(".ssh").resolve(k))
                    .filter(Files::isRegularFile).map(Path::toString).forEach(keys::add);
        }
        String knownHosts = expandHome(firstNonBlank(s.knownHosts(), c.getValue("UserKnownHostsFile"),
                "~/.ssh/known_hosts").split("\\s+")[0]);
        String jumpSpec = firstNonBlank(s.proxyJump(), c.getValue("ProxyJump"), "none");
        Optional<SshTarget> jump = jumpSpec.equalsIgnoreCase("none") ? Optional.empty()
                : Optional.of(jump(jumpSpec, s, config, keys, knownHosts));
        return new SshTarget(host, port, user, keys, knownHosts, jump, s.strictHostKeyChecking(), s.useAgent(),
                s.keepAliveSeconds(), s.connectTimeoutSeconds());
    }

    /**
     * A ProxyJump list {@code [user@]host[:port][,...]}: the last hop is the one the target is reached from,
     * the hops before it chain the same way. A hop inherits the target's keys and known_hosts unless its own
     * Host block in the config says otherwise.
     */
    static SshTarget jump(String spec, SshSettings s, ConfigRepository config, List<String> keys, String knownHosts) {
        String[] hops = spec.split(",");
        String last = hops[hops.length - 1].strip();
        String rest = String.join(",", Arrays.copyOf(hops, hops.length - 1));
        String user = "";
        int at = last.lastIndexOf('@');
        if (at >= 0) {
            user = last.substring(0, at);
            last = last.substring(at + 1);
        }
        int port = 0;
        int colon = last.lastIndexOf(':');
        if (colon >= 0) {
            try {
                port = Integer.parseInt(last.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new TransportException(TransportException.Kind.CONFIG, "ProxyJump '" + spec + "': bad port");
            }
            last = last.substring(0, colon);
        }
        ConfigRepository.Config c = config.getConfig(last);
        SshSettings hop = new SshSettings(last, port, user, "", c.getValue("UserKnownHostsFile") == null
                ? knownHosts : "", rest.isEmpty() ? "none" : rest, s.strictHostKeyChecking(), s.useAgent(),
                true, s.keepAliveSeconds(), s.connectTimeoutSeconds());
        SshTarget t = resolve(hop, config);
        List<String> hopKeys = identityFiles(c).isEmpty() ? keys : t.identityFiles();
        return new SshTarget(t.host(), t.port(), t.user(), hopKeys, t.knownHosts(), t.jump(),
                t.strictHostKeyChecking(), t.useAgent(), t.keepAliveSeconds(), t.connectTimeoutSeconds());
    }

    /** JSch returns null or an empty array when no IdentityFile applies. */
    private static List<String> identityFiles(ConfigRepository.Config c) {
        String[] v = c.getValues("IdentityFile");
        return v == null ? List.of() : Arrays.asList(v);
    }

    static String expandHome(String path) {
        if (path.equals("~")) {
            return home().toString();
        }
        return path.startsWith("~/") ? home().resolve(path.substring(2)).toString() : path;
    }

    private static Path home() {
        return Path.of(System.getProperty("user.home"));
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }
}
