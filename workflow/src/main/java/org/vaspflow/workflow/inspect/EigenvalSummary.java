package org.vaspflow.workflow.inspect;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vaspflow.io.vasp.out.Eigenval;
import org.vaspflow.io.vasp.out.EigenvalReader;

/**
 * {@code inspect} keys of an EIGENVAL (CLI.md): {@code ispin}, {@code nkpoints}, {@code nbands}, {@code nelect};
 * with {@code --arrays}, {@code eigenvalues} and {@code occupations} [spin][kpoint][band] (occupations left out for
 * files that print none, VASP ≤ 5.2).
 */
final class EigenvalSummary {
    private EigenvalSummary() {
    }

    static void summarize(Path file, boolean arrays, Map<String, Object> entry) {
        Eigenval e = EigenvalReader.read(file);
        Completeness.put(e.completeness(), entry);
        entry.put("ispin", e.nSpins());
        entry.put("nkpoints", e.nKpoints());
        entry.put("nbands", e.nBands());
        OutputKeys.number(entry, "nelect", e.nElectrons());
        if (arrays) {
            Map<String, Object> a = new LinkedHashMap<>();
            List<Integer> shape = List.of(e.nSpins(), e.nKpoints(), e.nBands());
            a.put("eigenvalues", ArrayKeys.of(shape, e.energiesEv()));
            if (e.occupations().length == 0 || !Double.isNaN(e.occupations()[0])) {
                a.put("occupations", ArrayKeys.of(shape, e.occupations()));
            }
            entry.put("arrays", a);
        }
    }
}
