package org.vaspflow.workflow.inspect;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vaspflow.io.lobster.Lobsterin;
import org.vaspflow.io.lobster.LobsterinReader;

/**
 * {@code inspect} of a lobsterin (format {@code lobsterin}): {@code keywords} as {@code [keyword, value]} pairs in
 * file order (repeated keywords kept), and {@code basis_functions} (element → functions).
 */
final class LobsterinSummary {
    private LobsterinSummary() {
    }

    static void summarize(Path file, boolean arrays, Map<String, Object> entry) {
        Lobsterin in = LobsterinReader.read(file);
        List<List<String>> lines = new ArrayList<>();
        for (Lobsterin.Entry e : in.entries()) {
            lines.add(List.of(e.keyword(), e.value()));
        }
        entry.put("keywords", lines);
        entry.put("basis_functions", in.basisFunctions());
    }
}
