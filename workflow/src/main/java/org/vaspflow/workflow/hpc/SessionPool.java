package org.vaspflow.workflow.hpc;

import com.jcraft.jsch.AgentIdentityRepository;
import com.jcraft.jsch.Identity;
import com.jcraft.jsch.IdentityRepository;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.SSHAgentConnector;
import com.jcraft.jsch.Session;
import java.io.ByteArrayInputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.Vector;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One SSH session per cluster login ({@code user@host:port}), shared by every {@link SshTransport} handed out
 * for it: commands and SFTP transfers are channels multiplexed on that session. A session that dropped is
 * re-established on next use, with exponential back-off and jitter ({@link Backoff}) for transient failures;
 * host-key and authentication failures are reported at once. Each login has a budget of connections and
 * commands per minute ({@link RateLimiter}), so a whole campaign cannot flood a login node.
 */
public final class SessionPool implements AutoCloseable {
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Backoff backoff;
    private final Random random;

    public SessionPool() {
        this(Backoff.DEFAULT, new Random());
    }

    public SessionPool(Backoff backoff, Random random) {
        this.backoff = backoff;
        this.random = random;
    }

    /**
     * A transport over the shared session of this target (connected lazily, on first use). The budget of the
     * first call for a login stays; later calls share it.
     */
    public SshTransport transport(SshTarget target, PasswordSource passwords, int commandsPerMinute,
                                  int connectionsPerMinute) {
        Entry e = entries.computeIfAbsent(target.key(), k -> new Entry(target, passwords,
                new RateLimiter("commands to " + k, commandsPerMinute),
                new RateLimiter("connections to " + k, connectionsPerMinute)));
        return new SshTransport(this, e);
    }

    /** A transport for a profile's ssh section, with its budgets. */
    public SshTransport transport(Profile profile, PasswordSource passwords) {
        return transport(SshTargetResolver.resolve(profile.ssh()), passwords, profile.maxCommandsPerMinute(),
                profile.maxConnectionsPerMinute());
    }

    /** How many times a session to this login was (re)established: 1 while a session is reused. */
    public int connectCount(String key) {
        Entry e = entries.get(key);
        return e == null ? 0 : e.connects;
    }

    /** The connected session of an entry, connecting (with back-off) if needed. */
    Session session(Entry e) {
        synchronized (e) {
            if (e.session == null || !e.session.isConnected()) {
                e.session = connect(e);
                e.connects++;
            }
            return e.session;
        }
    }

    /** Drops the entry's session (tests simulate a broken connection with this). */
    void drop(Entry e) {
        synchronized (e) {
            if (e.session != null) {
                e.session.disconnect();
            }
        }
    }

    private Session connect(Entry e) {
        for (int attempt = 0; ; attempt++) {
            e.connections.acquire();
            try {
                return open(e.target, e.passwords);
            } catch (TransportException ex) {
                if (!ex.kind().isTransient() || attempt + 1 >= backoff.maxAttempts()) {
                    throw ex;
                }
                sleep(backoff.delay(attempt, random).toMillis());
            }
        }
    }

    private Session open(SshTarget t, PasswordSource passwords) {
        JSch jsch = new JSch();
        Session session = null;
        try {
            Path known = Path.of(t.knownHosts());
            if (Files.isRegularFile(known)) {
                jsch.setKnownHosts(known.toString());
            } else {
                jsch.setKnownHosts(new ByteArrayInputStream(new byte[0]));
            }
            for (String key : t.identityFiles()) {
                if (!Files.isRegularFile(Path.of(key))) {
                    throw new TransportException(TransportException.Kind.CONFIG, "identity file " + key
                            + " does not exist");
                }
                jsch.addIdentity(key);
            }
            session = jsch.getSession(t.user(), t.host(), t.port());
            if (t.useAgent() && System.getenv("SSH_AUTH_SOCK") != null) {
                session.setIdentityRepository(withAgent(jsch.getIdentityRepository()));
            }
            session.setConfig("StrictHostKeyChecking", t.strictHostKeyChecking() ? "yes" : "no");
            session.setConfig("PreferredAuthentications", "publickey,keyboard-interactive,password");
            session.setUserInfo(new SshPrompter(passwords));
            session.setServerAliveInterval((int) TimeUnit.SECONDS.toMillis(t.keepAliveSeconds()));
            session.setServerAliveCountMax(3);
            if (t.jump().isPresent()) {
                SshTarget hop = t.jump().get();
                Entry hopEntry = entries.computeIfAbsent(hop.key(), k -> new Entry(hop, passwords,
                        new RateLimiter("commands to " + k, 600), new RateLimiter("connections to " + k, 10)));
                session.setProxy(new JumpProxy(session(hopEntry)));
            }
            session.connect((int) TimeUnit.SECONDS.toMillis(t.connectTimeoutSeconds()));
            return session;
        } catch (JSchException ex) {
            if (session != null) {
                session.disconnect();
            }
            throw classify(t, ex);
        }
    }

    /** Maps JSch's messages to kinds; the message keeps JSch's text (it names the key fingerprint). */
    static TransportException classify(SshTarget t, JSchException ex) {
        String msg = String.valueOf(ex.getMessage());
        Throwable cause = ex.getCause();
        TransportException.Kind kind;
        if (msg.contains("HostKey has been changed")) {
            kind = TransportException.Kind.HOST_KEY_CHANGED;
        } else if (msg.contains("UnknownHostKey") || msg.contains("reject HostKey")) {
            kind = TransportException.Kind.HOST_KEY_UNKNOWN;
        } else if (msg.startsWith("Auth fail") || msg.startsWith("Auth cancel")
                || msg.contains("Too many authentication failures")) {
            kind = TransportException.Kind.AUTH_FAILED;
        } else if (cause instanceof ConnectException || cause instanceof UnknownHostException
                || cause instanceof NoRouteToHostException) {
            kind = TransportException.Kind.UNREACHABLE;
        } else if (cause instanceof SocketTimeoutException || msg.contains("timeout")) {
            kind = TransportException.Kind.TIMEOUT;
        } else if (msg.contains("invalid privatekey") || msg.contains("USERAUTH fail")) {
            kind = msg.contains("invalid privatekey") ? TransportException.Kind.CONFIG
                    : TransportException.Kind.AUTH_FAILED;
        } else {
            kind = TransportException.Kind.IO;
        }
        String hint = switch (kind) {
            case HOST_KEY_UNKNOWN -> " (the host key is not in " + t.knownHosts()
                    + "; check its fingerprint with the site, then add it with ssh-keyscan or one interactive ssh)";
            case HOST_KEY_CHANGED -> " (the host key differs from the one in " + t.knownHosts()
                    + ": possible man-in-the-middle; ask the site before removing the old entry)";
            case AUTH_FAILED -> " (keys tried: " + (t.identityFiles().isEmpty() ? "none" : t.identityFiles())
                    + "; a password is asked for only with --password)";
            default -> "";
        };
        return new TransportException(kind, "ssh " + t.key() + ": " + msg + hint, ex);
    }

    private static IdentityRepository withAgent(IdentityRepository local) {
        try {
            IdentityRepository agent = new AgentIdentityRepository(new SSHAgentConnector());
            return new IdentityRepository() {
                @Override
                public String getName() {
                    return "local+agent";
                }

                @Override
                public int getStatus() {
                    return RUNNING;
                }

                @Override
                public Vector<Identity> getIdentities() {
                    Vector<Identity> all = new Vector<>(local.getIdentities());
                    if (agent.getStatus() != UNAVAILABLE) {
                        all.addAll(agent.getIdentities());
                    }
                    return all;
                }

                @Override
                public boolean add(byte[] identity) {
                    return local.add(identity);
                }

                @Override
                public boolean remove(byte[] blob) {
                    return local.remove(blob);
                }

                @Override
                public void removeAll() {
                    local.removeAll();
                }
            };
        } catch (Exception | LinkageError e) {
            return local;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(TransportException.Kind.IO, "interrupted during back-off", e);
        }
    }

    /** Disconnects every session. */
    @Override
    public void close() {
        entries.values().forEach(e -> {
            synchronized (e) {
                if (e.session != null) {
                    e.session.disconnect();
                    e.session = null;
                }
            }
        });
    }

    /** One login: its settings, budgets and current session. */
    static final class Entry {
        final SshTarget target;
        final PasswordSource passwords;
        final RateLimiter commands;
        final RateLimiter connections;
        Session session;
        int connects;

        Entry(SshTarget target, PasswordSource passwords, RateLimiter commands, RateLimiter connections) {
            this.target = target;
            this.passwords = passwords;
            this.commands = commands;
            this.connections = connections;
        }
    }
}
