package org.vaspflow.workflow.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vaspflow.io.vasp.out.Oszicar;
import org.vaspflow.io.vasp.out.OszicarReader;
import org.vaspflow.io.vasp.xml.Vasprun;
import org.vaspflow.io.vasp.xml.VasprunOptions;
import org.vaspflow.io.vasp.xml.VasprunReader;

/**
 * The result of a finished run as stored JSON: {@code exit_code}, {@code final_energy} and
 * {@code final_energy_per_atom} (eV; vasprun.xml's, as pymatgen's {@code Vasprun.final_energy}, else OSZICAR's
 * last E0), {@code n_ionic_steps}, {@code converged_electronic}, {@code converged_ionic}, {@code efermi},
 * {@code formula}, and the diagnosed {@code errors}. Keys absent when the file they come from is.
 */
final class ResultParser {
    private ResultParser() {
    }

    static Map<String, Object> parse(Path folder, int exitCode, List<String> errors) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("exit_code", exitCode);
        Path xml = folder.resolve("vasprun.xml");
        Path osz = folder.resolve("OSZICAR");
        boolean fromXml = false;
        if (Files.isRegularFile(xml)) {
            try {
                Vasprun v = VasprunReader.read(xml, VasprunOptions.STRUCTURES_ONLY);
                if (v.completeness().complete()) {
                    r.put("final_energy", v.finalEnergyEv());
                    r.put("final_energy_per_atom", v.finalEnergyEv() / v.lastStructure().size());
                    r.put("n_ionic_steps", v.ionicSteps().size());
                    r.put("converged_electronic", v.convergedElectronic());
                    r.put("converged_ionic", v.convergedIonic());
                    r.put("efermi", v.efermiEv());
                    r.put("formula", v.lastStructure().formula());
                    fromXml = true;
                }
            } catch (RuntimeException e) {
                r.put("vasprun_error", String.valueOf(e.getMessage()));
            }
        }
        if (!fromXml && Files.isRegularFile(osz)) {
            try {
                Oszicar o = OszicarReader.read(osz);
                if (!o.ionicSteps().isEmpty()) {
                    r.put("final_energy", o.finalEnergyEv());
                    r.put("n_ionic_steps", o.ionicSteps().size());
                }
            } catch (RuntimeException e) {
                r.put("oszicar_error", e.getMessage());
            }
        }
        r.put("errors", List.copyOf(errors));
        return r;
    }
}
