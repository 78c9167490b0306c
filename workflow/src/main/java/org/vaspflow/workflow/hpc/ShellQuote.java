package org.vaspflow.workflow.hpc;

import java.util.Collection;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * POSIX shell quoting for every value that goes into a remote command line (paths, job names, ids).
 * A word is wrapped in single quotes; an embedded single quote becomes {@code '\''} (close, escaped quote,
 * reopen), which every Bourne-style shell (sh, bash, dash, ksh, zsh) reads back as the original bytes.
 * Words made only of characters no shell treats specially are left bare so commands stay readable.
 */
public final class ShellQuote {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private ShellQuote() {
    }

    /** One shell word that the shell turns back into exactly {@code word}. NUL cannot be passed. */
    public static String quote(String word) {
        if (word.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("a shell word cannot contain NUL");
        }
        if (!word.isEmpty() && SAFE.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /**
     * A remote path as the remote shell should see it: {@code ~/x} becomes the home-relative {@code x} (a quoted
     * {@code ~} would not expand; commands and SFTP both start in the login home).
     */
    public static String remotePath(String path) {
        if (path.equals("~")) {
            return ".";
        }
        return path.startsWith("~/") ? path.substring(2) : path;
    }

    /** The words quoted one by one and joined with single spaces. */
    public static String join(Collection<String> words) {
        return words.stream().map(ShellQuote::quote).collect(Collectors.joining(" "));
    }
}
