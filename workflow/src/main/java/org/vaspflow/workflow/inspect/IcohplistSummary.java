package org.vaspflow.workflow.inspect;

import java.nio.file.Path;
import java.util.Map;
import org.vaspflow.io.lobster.Icohplist;
import org.vaspflow.io.lobster.IcohplistReader;

/**
 * {@code inspect} of ICOHPLIST / ICOOPLIST / ICOBILIST (format {@code icohplist}): {@code kind} (COHP, COOP, COBI),
 * {@code ispin}, {@code entries} as CLI.md gives them ({@link IcohpEntries}).
 */
final class IcohplistSummary {
    private IcohplistSummary() {
    }

    static void summarize(Path file, boolean arrays, Map<String, Object> entry) {
        Icohplist list = IcohplistReader.read(file);
        Completeness.put(list.completeness(), entry);
        entry.put("kind", list.kind().name());
        entry.put("ispin", list.spinPolarized() ? 2 : 1);
        entry.put("entries", IcohpEntries.of(list.bonds(), list.spinPolarized()));
    }
}
