package org.vaspflow.workflow.inspect;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.vaspflow.io.vasp.out.Oszicar;
import org.vaspflow.io.vasp.out.OszicarReader;

/**
 * {@code inspect} keys of an OSZICAR (CLI.md): {@code n_ionic_steps}, {@code final_energy} (E0 of the last ionic
 * line, as pymatgen's {@code Oszicar.final_energy}), {@code total_magnetization} (its {@code mag=}), and
 * {@code n_electronic_steps} per ionic step.
 */
final class OszicarSummary {
    private OszicarSummary() {
    }

    static void summarize(Path file, boolean arrays, Map<String, Object> entry) {
        Oszicar o = OszicarReader.read(file);
        Completeness.put(o.completeness(), entry);
        entry.put("n_ionic_steps", o.ionicSteps().size());
        entry.put("n_electronic_steps", o.electronicSteps().stream().map(List::size).toList());
        OutputKeys.number(entry, "final_energy", o.finalEnergyEv());
        if (!o.ionicSteps().isEmpty()) {
            OutputKeys.number(entry, "total_magnetization", o.ionicSteps().get(o.ionicSteps().size() - 1).magnetization());
        }
    }
}
