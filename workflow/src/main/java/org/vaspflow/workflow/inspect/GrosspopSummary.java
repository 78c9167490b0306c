package org.vaspflow.workflow.inspect;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vaspflow.io.lobster.Grosspop;
import org.vaspflow.io.lobster.GrosspopReader;

/**
 * {@code inspect} of GROSSPOP.lobster (format {@code grosspop}): {@code ispin} (spin channels with their own
 * columns) and {@code atoms}: {@code atom} ({@code Na1}), {@code orbitals}, and per method
 * ({@code mulliken}, {@code loewdin}) the populations [spin][orbital] and {@code total} per spin.
 */
final class GrosspopSummary {
    private GrosspopSummary() {
    }

    static void summarize(Path file, boolean arrays, Map<String, Object> entry) {
        Grosspop g = GrosspopReader.read(file);
        Completeness.put(g.completeness(), entry);
        entry.put("ispin", g.nSpins());
        List<Map<String, Object>> atoms = new ArrayList<>();
        for (Grosspop.Atom a : g.atoms()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("atom", a.label());
            m.put("orbitals", a.orbitals());
            m.put("mulliken", method(a.mulliken(), a.mullikenTotal(), a.orbitals().size()));
            m.put("loewdin", method(a.loewdin(), a.loewdinTotal(), a.orbitals().size()));
            atoms.add(m);
        }
        entry.put("atoms", atoms);
    }

    private static Map<String, Object> method(double[] flat, double[] total, int nOrbitals) {
        List<double[]> perSpin = new ArrayList<>();
        for (int s = 0; s < total.length; s++) {
            perSpin.add(Arrays.copyOfRange(flat, s * nOrbitals, (s + 1) * nOrbitals));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("populations", perSpin);
        if (Arrays.stream(total).noneMatch(Double::isNaN)) {
            m.put("total", total);
        }
        return m;
    }
}
