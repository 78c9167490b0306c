package org.vaspflow.workflow.inspect;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vaspflow.io.lobster.Cohpcar;
import org.vaspflow.io.lobster.CohpcarReader;

/**
 * {@code inspect} of COHPCAR / COOPCAR / COBICAR (format {@code cohpcar}): {@code kind}, {@code ispin},
 * {@code efermi} (header, absolute), {@code n_energies}, {@code energy_range} (relative to E_F), {@code n_bonds},
 * {@code n_orbital_sets}, {@code bonds} ({@code label}, {@code atoms}, {@code length} and, per spin, the integral at
 * the last energy point, which is E_F when the energy window ends there); with {@code --arrays}, {@code cohp} and
 * {@code icohp} as shape and sum.
 */
final class CohpcarSummary {
    private static final String[] SPINS = {"up", "down"};

    private CohpcarSummary() {
    }

    static void summarize(Path file, boolean arrays, Map<String, Object> entry) {
        Cohpcar c = CohpcarReader.read(file);
        Completeness.put(c.completeness(), entry);
        entry.put("kind", c.kind().name());
        entry.put("ispin", c.nSpins());
        entry.put("efermi", c.efermiEv());
        entry.put("n_energies", c.nEnergies());
        if (c.nEnergies() > 0) {
            entry.put("energy_range", List.of(c.energiesEv()[0], c.energiesEv()[c.nEnergies() - 1]));
        }
        List<Map<String, Object>> bonds = new ArrayList<>();
        for (int k = 1; k < c.sets().size(); k++) {
            Cohpcar.DataSet s = c.sets().get(k);
            if (s.isOrbitalResolved()) {
                continue;
            }
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("label", s.bondLabel());
            b.put("atoms", List.of(s.atom1(), s.atom2()));
            if (Double.isFinite(s.lengthAngstrom())) {
                b.put("length", s.lengthAngstrom());
            }
            if (c.nEnergies() > 0) {
                Map<String, Double> last = new LinkedHashMap<>();
                for (int spin = 0; spin < c.nSpins(); spin++) {
                    last.put(SPINS[spin], c.integral(spin, k, c.nEnergies() - 1));
                }
                b.put("integral_last_point", last);
            }
            bonds.add(b);
        }
        entry.put("n_bonds", bonds.size());
        entry.put("n_orbital_sets", c.sets().stream().filter(Cohpcar.DataSet::isOrbitalResolved).count());
        entry.put("bonds", bonds);
        if (arrays) {
            List<Integer> shape = List.of(c.nSpins(), c.sets().size(), c.nEnergies());
            entry.put("arrays", Map.of("cohp", ArrayKeys.of(shape, c.curves()), "icohp", ArrayKeys.of(shape, c.integrals())));
        }
    }
}
