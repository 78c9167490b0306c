package org.vaspflow.workflow.hpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShellQuoteTest {
    private static final List<String> NASTY = List.of("plain", "with space", "it's", "''", "\"double\"",
            "$(rm -rf ~)", "`id`", "a;b|c&d", "tab\there", "new\nline", "*?[x]", "~/home", "-n", "", " ",
            "back\\slash", "ünïcødé Ru–O", "!bang");

    @Test
    void bashReadsEveryQuotedWordBackUnchanged() {
        LocalTransport local = new LocalTransport();
        for (String word : NASTY) {
            ExecResult r = local.exec("printf '%s' " + ShellQuote.quote(word));
            assertEquals(0, r.exitCode(), word);
            assertEquals(word, r.stdout(), "round trip of " + word);
        }
    }

    @Test
    void joinedWordsStaySeparateWords() {
        ExecResult r = new LocalTransport().exec("printf '<%s>' " + ShellQuote.join(NASTY));
        StringBuilder expected = new StringBuilder();
        NASTY.forEach(w -> expected.append('<').append(w).append('>'));
        assertEquals(expected.toString(), r.stdout());
    }

    @Test
    void safeWordsStayReadableAndHomePathsBecomeRelative() {
        assertEquals("vf-demo-Ru.a1", ShellQuote.quote("vf-demo-Ru.a1"));
        assertEquals("'a b'", ShellQuote.quote("a b"));
        assertEquals("vaspflow/x", ShellQuote.remotePath("~/vaspflow/x"));
        assertEquals("/abs/x", ShellQuote.remotePath("/abs/x"));
        assertThrows(IllegalArgumentException.class, () -> ShellQuote.quote("nul\0byte"));
    }
}
