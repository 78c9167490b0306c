package org.vaspflow.workflow.inspect;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vaspflow.io.vasp.xml.Vasprun;
import org.vaspflow.io.vasp.xml.VasprunOptions;
import org.vaspflow.io.vasp.xml.VasprunReader;

/** {@code inspect} keys of a vasprun.xml (CLI.md); {@code --arrays} parses projections too. */
final class VasprunSummary {
    private VasprunSummary() {
    }

    static void summarize(Path file, boolean arrays, Map<String, Object> entry) {
        Vasprun v = VasprunReader.read(file, arrays ? VasprunOptions.ALL : VasprunOptions.DEFAULT);
        Completeness.put(v.completeness(), entry);
        entry.put("vasp_version", v.vaspVersion());
        StructureKeys.put(v.lastStructure(), entry);
        entry.put("ispin", v.parameterLong("ISPIN", 1));
        entry.put("nkpoints", v.kpoints().count());
        entry.put("nbands", v.parameterLong("NBANDS", -1));
        entry.put("nelect", v.parameterDouble("NELECT"));
        entry.put("efermi", v.efermiEv());
        entry.put("final_energy", v.finalEnergyEv());
        entry.put("final_energy_per_atom", v.finalEnergyEv() / v.lastStructure().size());
        entry.put("n_ionic_steps", v.ionicSteps().size());
        entry.put("converged_electronic", v.convergedElectronic());
        entry.put("converged_ionic", v.convergedIonic());
        if (!v.ionicSteps().isEmpty()) {
            entry.put("final_forces_max_norm", v.ionicSteps().get(v.ionicSteps().size() - 1).maxForceNorm());
        }
        if (arrays) {
            Map<String, Object> a = new LinkedHashMap<>();
            v.eigenvalues().ifPresent(e -> {
                List<Integer> shape = List.of(e.nSpins(), e.nKpoints(), e.nBands());
                a.put("eigenvalues", ArrayKeys.of(shape, e.energiesEv()));
                a.put("occupations", ArrayKeys.of(shape, e.occupations()));
            });
            v.projected().ifPresent(p -> a.put("projected", ArrayKeys.of(List.of(p.nSpins(), p.nKpoints(), p.nBands(),
                    p.nIons(), p.orbitals().size()), p.weights())));
            v.dos().ifPresent(d -> {
                a.put("dos_total", ArrayKeys.of(List.of(d.nSpins(), d.nEnergies()), d.total()));
                if (d.nIons() > 0) {
                    a.put("dos_projected", ArrayKeys.of(List.of(d.nIons(), d.nSpins(), d.orbitals().size(),
                            d.nEnergies()), d.partial()));
                }
            });
            entry.put("arrays", a);
        }
    }
}
