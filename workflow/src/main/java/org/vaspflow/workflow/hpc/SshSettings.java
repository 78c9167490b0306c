package org.vaspflow.workflow.hpc;

/**
 * The {@code ssh:} section of a profile. Empty strings and 0 mean "not set here": {@link SshTargetResolver}
 * then takes the value from {@code ~/.ssh/config} (when {@code use_ssh_config} is on) or the OpenSSH default.
 *
 * @param host                  host name or a {@code Host} alias of {@code ~/.ssh/config}
 * @param identityFile          private key file ({@code ~} allowed); never the key itself
 * @param knownHosts            known_hosts file; default {@code ~/.ssh/known_hosts}
 * @param proxyJump             {@code [user@]host[:port]} of a jump host, as OpenSSH's ProxyJump
 * @param strictHostKeyChecking refuse unknown and changed host keys (default true; turning it off is logged)
 * @param useAgent              offer the keys of a running ssh-agent ({@code SSH_AUTH_SOCK}) too (default true)
 * @param useSshConfig          read {@code ~/.ssh/config} (default true)
 */
public record SshSettings(String host, int port, String user, String identityFile, String knownHosts,
                          String proxyJump, Boolean strictHostKeyChecking, Boolean useAgent, Boolean useSshConfig,
                          int keepAliveSeconds, int connectTimeoutSeconds) {
    static final SshSettings NONE = new SshSettings("localhost", 0, "", "", "", "", true, false, false, 0, 0);

    public SshSettings {
        host = Profile.req(host, "ssh.host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("ssh.port " + port + " is not a TCP port");
        }
        user = user == null ? "" : user;
        identityFile = identityFile == null ? "" : identityFile;
        knownHosts = knownHosts == null ? "" : knownHosts;
        proxyJump = proxyJump == null ? "" : proxyJump;
        strictHostKeyChecking = strictHostKeyChecking == null || strictHostKeyChecking;
        useAgent = useAgent == null || useAgent;
        useSshConfig = useSshConfig == null || useSshConfig;
        keepAliveSeconds = keepAliveSeconds == 0 ? 30 : keepAliveSeconds;
        connectTimeoutSeconds = connectTimeoutSeconds == 0 ? 20 : connectTimeoutSeconds;
        if (keepAliveSeconds < 0 || connectTimeoutSeconds < 0) {
            throw new IllegalArgumentException("ssh.keep_alive_seconds and ssh.connect_timeout_seconds must be positive");
        }
    }
}
