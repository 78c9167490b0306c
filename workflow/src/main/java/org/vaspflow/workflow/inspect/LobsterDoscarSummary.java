package org.vaspflow.workflow.inspect;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.vaspflow.io.lobster.LobsterDoscar;
import org.vaspflow.io.lobster.LobsterDoscarReader;

/**
 * {@code inspect} of DOSCAR.lobster (format {@code doscar_lobster}): {@code ispin}, {@code nedos}, {@code natoms},
 * {@code species} and {@code orbitals} per atom (from the block headers); with {@code --arrays}, {@code dos_total}.
 */
final class LobsterDoscarSummary {
    private LobsterDoscarSummary() {
    }

    static void summarize(Path file, boolean arrays, Map<String, Object> entry) {
        LobsterDoscar d = LobsterDoscarReader.read(file);
        Completeness.put(d.completeness(), entry);
        entry.put("ispin", d.total().nSpins());
        entry.put("nedos", d.total().nEnergies());
        entry.put("natoms", d.atoms().size());
        entry.put("species", d.atoms().stream().map(a -> a.element().symbol()).toList());
        entry.put("orbitals", d.atoms().stream().map(LobsterDoscar.AtomDos::orbitals).toList());
        if (arrays) {
            entry.put("arrays", Map.of("dos_total", ArrayKeys.of(List.of(d.total().nSpins(), d.total().nEnergies()),
                    d.total().total())));
        }
    }
}
