package org.vaspflow.workflow.hpc;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a password or key passphrase comes from at run time (a console prompt, stdin). Never from a profile;
 * the store keeps no secrets either.
 */
@FunctionalInterface
public interface PasswordSource {
    /** The secret for a prompt such as {@code Password: } or {@code Passphrase for /home/a/.ssh/id_rsa: }. */
    Optional<char[]> password(String prompt);

    /** No secret: key and agent authentication only. */
    static PasswordSource none() {
        return prompt -> Optional.empty();
    }

    /** A fixed secret (e.g. read once from a console), copied so the caller may wipe its array. */
    static PasswordSource of(char[] secret) {
        char[] copy = Arrays.copyOf(secret, secret.length);
        return prompt -> Optional.of(Arrays.copyOf(copy, copy.length));
    }

    /** Asks on the console for every prompt; empty when there is no console. */
    static Optional<PasswordSource> console() {
        java.io.Console console = System.console();
        return console == null ? Optional.empty()
                : Optional.of(prompt -> Optional.ofNullable(console.readPassword("%s", prompt)));
    }
}
