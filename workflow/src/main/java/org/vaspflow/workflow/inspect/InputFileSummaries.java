package org.vaspflow.workflow.inspect;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vaspflow.io.vasp.Incar;
import org.vaspflow.io.vasp.IncarReader;
import org.vaspflow.io.vasp.IncarValidator;
import org.vaspflow.io.vasp.Kpoints;
import org.vaspflow.io.vasp.KpointsReader;
import org.vaspflow.io.vasp.Poscar;
import org.vaspflow.io.vasp.PoscarReader;
import org.vaspflow.io.vasp.PotcarHeader;
import org.vaspflow.io.vasp.PotcarReader;
import org.vaspflow.io.vasp.PotcarSpec;

/** {@code inspect} summaries of structure and VASP input files. */
final class InputFileSummaries {
    private InputFileSummaries() {
    }

    static void poscar(Path file, boolean arrays, Map<String, Object> entry) {
        Poscar p = PoscarReader.read(file);
        entry.put("comment", p.structure().comment());
        StructureKeys.put(p.structure(), entry);
        entry.put("species_names", p.speciesNames());
        entry.put("selective_dynamics", p.selectiveDynamics());
        entry.put("has_velocities", !p.velocities().isEmpty());
    }

    static void incar(Path file, boolean arrays, Map<String, Object> entry) {
        Incar incar = IncarReader.read(file);
        Map<String, Object> tags = new LinkedHashMap<>();
        incar.tags().forEach((k, v) -> tags.put(k, v.plain()));
        entry.put("tags", tags);
        List<Map<String, String>> warnings = IncarValidator.check(incar).stream()
                .map(f -> Map.of("tag", f.tag(), "problem", f.problem())).toList();
        entry.put("warnings", warnings);
    }

    static void kpoints(Path file, boolean arrays, Map<String, Object> entry) {
        Kpoints k = KpointsReader.read(file);
        entry.put("comment", k.comment());
        entry.put("style", k.style());
        switch (k.style()) {
            case "Gamma", "Monkhorst" -> {
                entry.put("divisions", k.divisions());
                entry.put("shift", k.shift());
            }
            case "Automatic" -> entry.put("length", k.lengthAngstrom());
            default -> {
                entry.put("nkpoints", k.nPoints());
                if (k.style().equals("Line_mode")) {
                    entry.put("points_per_line", k.pointsPerLine());
                }
                if (!k.labels().isEmpty()) {
                    entry.put("labels", k.labels());
                }
            }
        }
    }

    static void potcar(Path file, boolean arrays, Map<String, Object> entry) {
        List<PotcarHeader> headers = PotcarReader.read(file);
        entry.put("symbols", headers.stream().map(PotcarHeader::symbol).toList());
        entry.put("titel", headers.stream().map(PotcarHeader::titel).toList());
        entry.put("zval", headers.stream().map(PotcarHeader::zvalElectrons).toList());
        entry.put("enmax", headers.stream().map(PotcarHeader::enmaxEv).toList());
    }

    static void potcarSpec(Path file, boolean arrays, Map<String, Object> entry) {
        entry.put("symbols", PotcarSpec.read(file).symbols());
    }
}
