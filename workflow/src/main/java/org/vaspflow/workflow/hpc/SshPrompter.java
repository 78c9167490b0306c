package org.vaspflow.workflow.hpc;

import com.jcraft.jsch.UIKeyboardInteractive;
import com.jcraft.jsch.UserInfo;
import java.util.Optional;

/**
 * Answers JSch's authentication prompts from a {@link PasswordSource}: password, keyboard-interactive (every
 * non-echoed prompt gets the password, PAM's {@code Password: } included) and key passphrases. Unknown host
 * keys are never accepted interactively. A secret is offered once per method and connection: a wrong password
 * must not be retried until the server (or PAM's delays) give up. JSch's API takes the secret as a String, so it lives that long.
 */
final class SshPrompter implements UserInfo, UIKeyboardInteractive {
    private final PasswordSource source;
    private String password;
    private String passphrase;
    private int passwordPrompts;
    private int interactivePrompts;

    SshPrompter(PasswordSource source) {
        this.source = source;
    }

    @Override
    public String getPassphrase() {
        return passphrase;
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public boolean promptPassword(String message) {
        if (passwordPrompts++ > 0) {
            return false;
        }
        password = ask(message).orElse(null);
        return password != null;
    }

    @Override
    public boolean promptPassphrase(String message) {
        passphrase = ask(message).orElse(null);
        return passphrase != null;
    }

    @Override
    public boolean promptYesNo(String message) {
        return false;
    }

    @Override
    public void showMessage(String message) {
        // login banners are not interesting to a batch tool
    }

    @Override
    public String[] promptKeyboardInteractive(String destination, String name, String instruction, String[] prompt,
                                              boolean[] echo) {
        if (interactivePrompts++ > 0) {
            return null;
        }
        String[] answers = new String[prompt.length];
        for (int i = 0; i < prompt.length; i++) {
            if (echo[i]) {
                return null;
            }
            Optional<String> secret = ask(prompt[i]);
            if (secret.isEmpty()) {
                return null;
            }
            answers[i] = secret.get();
        }
        return answers;
    }

    private Optional<String> ask(String prompt) {
        return source.password(prompt).map(String::new);
    }
}
