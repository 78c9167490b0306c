package org.vaspflow.workflow.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vaspflow.io.vasp.IncarReader;
import org.vaspflow.io.vasp.IncarValidator;
import org.vaspflow.io.vasp.IncarValue;
import org.vaspflow.workflow.inputs.InputSet;
import org.vaspflow.workflow.inputs.InputSetBuilder;
import org.vaspflow.workflow.inputs.InputWriter;
import org.vaspflow.workflow.inputs.StructureFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vaspflow inputs STRUCTURE --preset NAME [--set TAG=VALUE…] --out DIR}. */
@Command(name = "inputs", mixinStandardHelpOptions = true,
        description = "Write INCAR, KPOINTS, POSCAR and POTCAR.spec for one structure from a preset.")
public final class InputsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "STRUCTURE", description = "POSCAR/CONTCAR, CIF, pymatgen JSON or vasprun.xml.")
    Path structure;

    @Option(names = "--preset", required = true, description = "mp-relax | mp-static | mp-nscf-uniform.")
    String preset;

    @Option(names = "--set", paramLabel = "TAG=VALUE", description = "Override an INCAR tag (repeatable), e.g. ENCUT=600.")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--out", required = true, description = "Folder to write.")
    Path out;

    @Option(names = "--json", description = "Print what was written as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Map<String, IncarValue> user = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        for (String o : overrides) {
            if (!o.contains("=")) {
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--set needs TAG=VALUE: " + o);
            }
            text.append(o).append('\n');
        }
        if (text.length() > 0) {
            user.putAll(IncarReader.parse("--set", text.toString()).tags());
        }
        InputSet set = InputSetBuilder.build(StructureFiles.read(structure), preset, user);
        InputWriter.write(set, out, structure.toString());
        List<String> warnings = new ArrayList<>(set.warnings());
        IncarValidator.check(set.incar()).forEach(f -> warnings.add(f.tag() + ": " + f.problem()));
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("out", out.toString());
            m.put("formula", set.structure().formula());
            m.put("preset", preset);
            Map<String, Object> tags = new LinkedHashMap<>();
            set.incar().tags().forEach((k, v) -> tags.put(k, v.plain()));
            m.put("incar", tags);
            m.put("kpoints", Map.of("style", set.kpoints().style(), "divisions", set.kpoints().divisions()));
            m.put("potcar_symbols", set.potcarSymbols());
            m.put("warnings", warnings);
            System.out.println(Json.MAPPER.writeValueAsString(m));
        } else {
            System.err.println("wrote INCAR, KPOINTS, POSCAR, POTCAR.spec, README.vaspflow to " + out);
            warnings.forEach(w -> System.err.println("warning: " + w));
        }
        return 0;
    }

}
