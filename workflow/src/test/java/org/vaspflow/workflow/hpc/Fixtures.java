package org.vaspflow.workflow.hpc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Captured command output in {@code src/test/resources/hpc/}. */
final class Fixtures {
    private Fixtures() {
    }

    static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/hpc/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ExecResult ok(String stdout) {
        return new ExecResult("test", 0, stdout, "");
    }

    static ExecResult fail(int code, String stderr) {
        return new ExecResult("test", code, "", stderr);
    }
}
