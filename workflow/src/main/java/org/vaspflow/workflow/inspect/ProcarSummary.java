package org.vaspflow.workflow.inspect;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vaspflow.io.vasp.out.Procar;
import org.vaspflow.io.vasp.out.ProcarReader;

/**
 * {@code inspect} keys of a PROCAR (CLI.md): {@code ispin}, {@code nkpoints}, {@code nbands}, {@code natoms},
 * {@code orbitals}, {@code has_phase}; with {@code --arrays}, {@code eigenvalues} and {@code occupations}
 * [spin][kpoint][band] and {@code projected} [spin][kpoint][band][ion][orbital].
 */
final class ProcarSummary {
    private ProcarSummary() {
    }

    static void summarize(Path file, boolean arrays, Map<String, Object> entry) {
        Procar p = ProcarReader.read(file);
        Completeness.put(p.completeness(), entry);
        entry.put("ispin", p.nSpins());
        entry.put("nkpoints", p.nKpoints());
        entry.put("nbands", p.nBands());
        entry.put("natoms", p.nIons());
        entry.put("orbitals", p.orbitals());
        entry.put("has_phase", p.hasPhase());
        if (arrays) {
            Map<String, Object> a = new LinkedHashMap<>();
            List<Integer> shape = List.of(p.nSpins(), p.nKpoints(), p.nBands());
            a.put("eigenvalues", ArrayKeys.of(shape, p.energiesEv()));
            a.put("occupations", ArrayKeys.of(shape, p.occupations()));
            a.put("projected", ArrayKeys.of(List.of(p.nSpins(), p.nKpoints(), p.nBands(), p.nIons(),
                    p.orbitals().size()), p.weightsByOrbital()));
            entry.put("arrays", a);
        }
    }
}
