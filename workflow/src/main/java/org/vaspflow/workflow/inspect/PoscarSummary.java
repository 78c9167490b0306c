package org.vaspflow.workflow.inspect;

import java.nio.file.Path;
import java.util.Map;
import org.vaspflow.io.structure.Site;
import org.vaspflow.io.vasp.Poscar;
import org.vaspflow.io.vasp.PoscarReader;

/**
 * {@code inspect} of a POSCAR/CONTCAR: the structure keys ({@link StructureKeys}) plus {@code comment},
 * {@code species_names} (as written, e.g. {@code Mn_pv}), {@code scale} (as read), {@code selective_dynamics},
 * {@code n_constrained} (sites with any coordinate fixed) and {@code has_velocities}.
 */
final class PoscarSummary {
    private PoscarSummary() {
    }

    static void summarize(Path file, boolean arrays, Map<String, Object> entry) {
        Poscar p = PoscarReader.read(file);
        entry.put("comment", p.comment());
        StructureKeys.put(p.structure(), entry);
        entry.put("species_names", p.speciesNames());
        entry.put("scale", p.scale());
        entry.put("selective_dynamics", p.selectiveDynamics());
        entry.put("n_constrained", p.structure().sites().stream().filter(Site::isConstrained).count());
        entry.put("has_velocities", !p.velocities().isEmpty());
    }
}
