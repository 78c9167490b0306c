package org.vaspflow.workflow.inputs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.vaspflow.io.vasp.KpointsWriter;
import org.vaspflow.io.vasp.Poscar;
import org.vaspflow.io.vasp.PoscarWriter;
import org.vaspflow.io.vasp.PotcarSpec;

/**
 * Writes an {@link InputSet} as a calculation folder: INCAR (tags sorted, as pymatgen writes them), KPOINTS,
 * POSCAR (the sorted structure), POTCAR.spec (never a POTCAR: those are licensed and assembled where they live) and
 * README.vaspflow saying where every file came from.
 */
public final class InputWriter {
    private InputWriter() {
    }

    public static void write(InputSet set, Path folder, String sourceDescription) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("INCAR"), set.incar().write(true), StandardCharsets.US_ASCII);
        Files.writeString(folder.resolve("KPOINTS"), KpointsWriter.write(set.kpoints()), StandardCharsets.US_ASCII);
        PoscarWriter.write(Poscar.of(set.structure()), folder.resolve("POSCAR"));
        new PotcarSpec(set.potcarSymbols()).write(folder.resolve("POTCAR.spec"));
        StringBuilder readme = new StringBuilder()
                .append("Inputs written by vaspflow on ").append(Instant.now()).append('\n')
                .append("structure: ").append(sourceDescription).append(" (").append(set.structure().formula())
                .append(", sorted by electronegativity)\n")
                .append("preset: ").append(set.presetName()).append(" (templates/incar/presets/")
                .append(set.presetName()).append(".yaml)\n")
                .append("KPOINTS: ").append(set.kpoints().comment()).append('\n')
                .append("POTCAR.spec: ").append(String.join(" ", set.potcarSymbols()))
                .append(" (assemble with your PBE_54 set)\n");
        for (String w : set.warnings()) {
            readme.append("warning: ").append(w).append('\n');
        }
        Files.writeString(folder.resolve("README.vaspflow"), readme.toString(), StandardCharsets.UTF_8);
    }
}
