package org.vaspflow.workflow.hpc;

import java.util.List;
import java.util.Optional;

/**
 * One SSH login with everything resolved (profile over {@code ~/.ssh/config} over OpenSSH defaults).
 *
 * @param identityFiles private key files to offer, in order (may be empty: agent or password then)
 * @param knownHosts    known_hosts file used for host-key checking
 * @param jump          the host to tunnel through (ProxyJump), itself resolved
 */
public record SshTarget(String host, int port, String user, List<String> identityFiles, String knownHosts,
                        Optional<SshTarget> jump, boolean strictHostKeyChecking, boolean useAgent,
                        int keepAliveSeconds, int connectTimeoutSeconds) {
    public SshTarget {
        identityFiles = List.copyOf(identityFiles);
        if (port < 1 || port > 65535 || host.isBlank() || user.isBlank()) {
            throw new IllegalArgumentException("incomplete SSH target " + user + "@" + host + ":" + port);
        }
    }

    /** The pool key: one session per {@code user@host:port}. */
    public String key() {
        return user + "@" + host + ":" + port;
    }
}
