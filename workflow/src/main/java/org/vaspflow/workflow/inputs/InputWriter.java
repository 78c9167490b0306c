package org.vaspflow.workflow.inputs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.vaspflow.io.vasp.KpointsWriter;
import org.vaspflow.io.vasp.Poscar;
import org.vaspflow.io.vasp.PoscarWriter;
import org.vaspflow.io.vasp.PotcarSpec;

/**
 * Writes an {@link InputSet} as a calculation folder: INCAR (tags sorted, as pymatgen writes them), KPOINTS,
 * POSCAR (the sorted structure), POTCAR.spec (never a POTCAR: those are licensed and assembled where they live),
 * lobsterin for a LOBSTER preset, and README.md saying where every value came from. The input files carry no
 * time stamp, so the same inputs always give the same input hash; README.md is not an input.
 */
public final class InputWriter {
    /** The provenance file (not a VASP input, so not part of the input hash). */
    public static final String README = "README.md";

    private InputWriter() {
    }

    /**
     * @param set the inputs
     * @param folder the folder (created when missing)
     * @param sourceDescription where the structure came from (a path)
     * @param incarComment a first INCAR line ({@code # …}) or empty
     * @param notes extra README lines (e.g. the campaign step, the overrides as given)
     */
    public static void write(InputSet set, Path folder, String sourceDescription, String incarComment,
            List<String> notes) throws IOException {
        Files.createDirectories(folder);
        String comment = incarComment.isEmpty() ? "" : "# " + incarComment.replace('\n', ' ') + "\n";
        Files.writeString(folder.resolve("INCAR"), comment + set.incar().write(true), StandardCharsets.US_ASCII);
        Files.writeString(folder.resolve("KPOINTS"), KpointsWriter.write(set.kpoints()), StandardCharsets.US_ASCII);
        PoscarWriter.write(Poscar.of(set.structure()), folder.resolve("POSCAR"));
        new PotcarSpec(set.potcarSymbols()).write(folder.resolve("POTCAR.spec"));
        if (set.lobsterin().isPresent()) {
            Files.writeString(folder.resolve("lobsterin"), set.lobsterin().get().write(), StandardCharsets.US_ASCII);
        }
        Files.writeString(folder.resolve(README), readme(set, sourceDescription, notes), StandardCharsets.UTF_8);
    }

    public static void write(InputSet set, Path folder, String sourceDescription) throws IOException {
        write(set, folder, sourceDescription, "", List.of());
    }

    private static String chain(List<String> childFirst) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = childFirst.size() - 1; i >= 0; i--) {
            out.add("`" + childFirst.get(i) + "`");
        }
        return String.join(" < ", out);
    }

    static String readme(InputSet set, String source, List<String> notes) {
        StringBuilder r = new StringBuilder("# Inputs of this folder (written by vaspflow)\n\n")
                .append("- structure: `").append(source).append("` (").append(set.structure().formula())
                .append(", ").append(set.structure().size()).append(" sites, sorted by electronegativity)\n")
                .append("- preset chain: ").append(chain(set.presetChain()))
                .append(" (templates/incar/presets/NAME.yaml; later wins)\n")
                .append("- KPOINTS: ").append(set.kpoints().style()).append(' ')
                .append(java.util.Arrays.toString(set.kpoints().divisions())).append(" — ")
                .append(set.kpoints().comment()).append('\n')
                .append("- POTCAR.spec: ").append(String.join(" ", set.potcarSymbols()))
                .append(" (assemble POTCAR from your PBE_54 set)\n");
        set.lobsterin().ifPresent(l -> r.append("- lobsterin: ").append(set.lobsterBasisFunctions())
                .append(" basis functions\n"));
        for (String n : notes) {
            r.append("- ").append(n).append('\n');
        }
        r.append("\n## Values from tables, the previous calculation and overrides\n\n");
        for (String p : set.provenance()) {
            r.append("- ").append(p).append('\n');
        }
        if (!set.warnings().isEmpty()) {
            r.append("\n## Warnings\n\n");
            for (String w : set.warnings()) {
                r.append("- ").append(w).append('\n');
            }
        }
        return r.toString();
    }
}
