package org.vaspflow.workflow.inspect;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vaspflow.io.vasp.Dos;
import org.vaspflow.io.vasp.out.Doscar;
import org.vaspflow.io.vasp.out.DoscarReader;

/**
 * {@code inspect} keys of a DOSCAR (CLI.md): {@code efermi}, {@code ispin} (1 for a non-collinear file, whose
 * projected "spins" are total, mx, my, mz), {@code natoms} (ions with projections), {@code nedos},
 * {@code orbitals}, {@code species} (from the POSCAR/CONTCAR beside it); with {@code --arrays}, {@code dos_total}
 * [spin][energy] and {@code dos_projected} [ion][spin][orbital][energy].
 */
final class DoscarSummary {
    private DoscarSummary() {
    }

    static void summarize(Path file, boolean arrays, Map<String, Object> entry) {
        Doscar d = DoscarReader.read(file);
        Dos dos = d.dos();
        Completeness.put(d.completeness(), entry);
        OutputKeys.number(entry, "efermi", dos.efermiEv());
        entry.put("nedos", dos.nEnergies());
        entry.put("ispin", d.nonCollinear() ? 1 : dos.nSpins());
        entry.put("non_collinear", d.nonCollinear());
        entry.put("natoms", dos.nIons());
        entry.put("orbitals", dos.orbitals());
        if (!d.speciesPerIon().isEmpty()) {
            entry.put("species", d.speciesPerIon());
        }
        if (arrays) {
            int totalSpins = dos.total().length / Math.max(1, dos.nEnergies());
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("dos_total", ArrayKeys.of(List.of(totalSpins, dos.nEnergies()), dos.total()));
            if (dos.nIons() > 0) {
                a.put("dos_projected", ArrayKeys.of(List.of(dos.nIons(), dos.nSpins(), dos.orbitals().size(),
                        dos.nEnergies()), dos.partial()));
            }
            entry.put("arrays", a);
        }
    }
}
