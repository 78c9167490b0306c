package org.vaspflow.workflow.hpc;

/**
 * A failure to reach a cluster or to move data to or from it. {@link #kind()} tells callers what to do:
 * only {@link Kind#isTransient() transient} kinds are worth a reconnect; host-key and authentication
 * failures are never retried (retrying a wrong password can lock an account).
 */
public final class TransportException extends RuntimeException {
    /** Why the transport failed. */
    public enum Kind {
        /** The server's host key is not in known_hosts (strict checking). */
        HOST_KEY_UNKNOWN(false),
        /** The server's host key differs from the one in known_hosts: possible man-in-the-middle. */
        HOST_KEY_CHANGED(false),
        /** Every authentication method was refused. */
        AUTH_FAILED(false),
        /** Connection refused, no route, unknown host. */
        UNREACHABLE(true),
        /** Connect or command timed out. */
        TIMEOUT(true),
        /** The session dropped or another I/O error happened mid-way. */
        IO(true),
        /** The local budget of connections or commands per minute would be exceeded and waiting was refused. */
        BUDGET(false),
        /** A remote command the transport needed (mkdir, tar, sha256sum) exited non-zero. */
        COMMAND_FAILED(false),
        /** The sha256 of a transferred archive differs between the two sides. */
        INTEGRITY(false),
        /** An archive entry would land outside its target folder (.., absolute path, escaping link). */
        UNSAFE_ARCHIVE(false),
        /** A configuration problem (bad identity file, bad ProxyJump). */
        CONFIG(false);

        private final boolean transientFailure;

        Kind(boolean transientFailure) {
            this.transientFailure = transientFailure;
        }

        /** Whether reconnecting after a back-off may help. */
        public boolean isTransient() {
            return transientFailure;
        }
    }

    private final Kind kind;

    public TransportException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public TransportException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
