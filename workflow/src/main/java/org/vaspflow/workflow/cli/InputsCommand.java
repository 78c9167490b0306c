package org.vaspflow.workflow.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.vaspflow.io.vasp.IncarReader;
import org.vaspflow.io.vasp.IncarValidator;
import org.vaspflow.io.vasp.IncarValue;
import org.vaspflow.workflow.inputs.InputChecks;
import org.vaspflow.workflow.inputs.InputSet;
import org.vaspflow.workflow.inputs.InputSetBuilder;
import org.vaspflow.workflow.inputs.InputWriter;
import org.vaspflow.workflow.inputs.Overrides;
import org.vaspflow.workflow.inputs.Preset;
import org.vaspflow.workflow.inputs.PreviousCalculation;
import org.vaspflow.workflow.inputs.StructureFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vaspflow inputs STRUCTURE --preset NAME [--set TAG=VALUE…] [--previous DIR] [--spin auto|high|low]
 * [--cores N] --out DIR}. Inputs that fail a check ({@link InputChecks}) are not written: exit 1 with every problem.
 */
@Command(name = "inputs", mixinStandardHelpOptions = true,
        description = "Write INCAR, KPOINTS, POSCAR, POTCAR.spec (and lobsterin for LOBSTER presets) for one structure.")
public final class InputsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "STRUCTURE", description = "POSCAR/CONTCAR, CIF, pymatgen JSON or vasprun.xml.")
    Path structure;

    @Option(names = "--preset", required = true, description = "base | relax | static | dos | lobster | slab | adsorbate"
            + " | vdw-d3 | vdw-d3bj | mp-relax | mp-static | mp-nscf-uniform | mp-lobster (templates/incar/presets).")
    String preset;

    @Option(names = "--set", paramLabel = "TAG=VALUE", description = "Override an INCAR tag (repeatable), e.g. ENCUT=600;"
            + " per element for MAGMOM/LDAUU/LDAUJ/LDAUL: LDAUU=Ru:4.0,Mn:3.9.")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--previous", paramLabel = "DIR", description = "A finished calculation: its CONTCAR becomes POSCAR,"
            + " its final OUTCAR moments MAGMOM.")
    Path previous;

    @Option(names = "--spin", description = "Spin state for oxidation-state MAGMOM: auto (3d high, 4d/5d low), high, low.")
    String spin;

    @Option(names = "--oxidation", paramLabel = "EL:STATE[,…]", description = "Oxidation states for MAGMOM over the"
            + " guessed ones, e.g. Ru:4,Mn:4.")
    String oxidation;

    @Option(names = "--cores", description = "MPI ranks of the job: NCORE and KPAR must divide them.")
    int cores;

    @Option(names = "--out", required = true, description = "Folder to write.")
    Path out;

    @Option(names = "--json", description = "Print what was written as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Overrides ov = overrides();
        Optional<PreviousCalculation> prev = Optional.ofNullable(previous).map(PreviousCalculation::read);
        InputSet set = InputSetBuilder.build(StructureFiles.read(structure), preset, ov, prev);
        List<InputChecks.Problem> problems = InputChecks.problems(set, cores > 0 ? OptionalInt.of(cores)
                : OptionalInt.empty());
        if (!problems.isEmpty()) {
            problems.forEach(p -> System.err.println("vaspflow inputs: " + p));
            System.err.println("vaspflow inputs: nothing written to " + out);
            return 1;
        }
        InputWriter.write(set, out, structure.toString());
        List<String> warnings = new ArrayList<>(set.warnings());
        IncarValidator.check(set.incar()).forEach(f -> warnings.add(f.tag() + ": " + f.problem()));
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("out", out.toString());
            m.put("formula", set.structure().formula());
            m.put("preset", preset);
            m.put("preset_chain", set.presetChain());
            Map<String, Object> tags = new LinkedHashMap<>();
            set.incar().tags().forEach((k, v) -> tags.put(k, v.plain()));
            m.put("incar", tags);
            m.put("kpoints", Map.of("style", set.kpoints().style(), "divisions", set.kpoints().divisions()));
            m.put("potcar_symbols", set.potcarSymbols());
            set.lobsterin().ifPresent(l -> m.put("lobsterin", l.write()));
            m.put("provenance", set.provenance());
            m.put("warnings", warnings);
            System.out.println(Json.MAPPER.writeValueAsString(m));
        } else {
            System.err.println("wrote INCAR, KPOINTS, POSCAR, POTCAR.spec" + (set.lobsterin().isPresent() ? ", lobsterin"
                    : "") + ", " + InputWriter.README + " to " + out);
            warnings.forEach(w -> System.err.println("warning: " + w));
        }
        return 0;
    }

    private Overrides overrides() {
        Map<String, IncarValue> tags = new LinkedHashMap<>();
        Map<String, Map<String, Double>> per = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        for (String o : overrides) {
            int eq = o.indexOf('=');
            if (eq < 1) {
                throw new CommandLine.ParameterException(new CommandLine(this), "--set needs TAG=VALUE: " + o);
            }
            String tag = o.substring(0, eq).trim().toUpperCase(Locale.ROOT);
            String value = o.substring(eq + 1).trim();
            if (Overrides.PER_ELEMENT.contains(tag) && value.contains(":")) {
                per.put(tag, perElement("--set " + tag, value));
            } else {
                text.append(tag).append(" = ").append(value).append('\n');
            }
        }
        if (text.length() > 0) {
            tags.putAll(IncarReader.parse("--set", text.toString()).tags());
        }
        Overrides ov = new Overrides(tags, per, Optional.empty(), Optional.empty());
        if (oxidation != null) {
            Map<String, Integer> states = new LinkedHashMap<>();
            perElement("--oxidation", oxidation).forEach((el, q) -> {
                if (q != Math.rint(q)) {
                    throw new CommandLine.ParameterException(new CommandLine(this), "--oxidation: integer states, got "
                            + el + ":" + q);
                }
                states.put(el, (int) Math.rint(q));
            });
            ov = ov.withOxidationStates(states);
        }
        return spin == null ? ov : ov.withSpin(Preset.Spin.of(spin));
    }

    private Map<String, Double> perElement(String tag, String value) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String part : value.split("[,\\s]+")) {
            String[] kv = part.split(":");
            try {
                out.put(kv[0].trim(), Double.parseDouble(kv[1].trim()));
            } catch (RuntimeException e) {
                throw new CommandLine.ParameterException(new CommandLine(this), tag
                        + ": per-element values are EL:NUMBER[,EL:NUMBER…], got '" + part + "'");
            }
        }
        return out;
    }
}
