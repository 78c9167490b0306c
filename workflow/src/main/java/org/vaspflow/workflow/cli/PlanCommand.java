package org.vaspflow.workflow.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vaspflow.io.vasp.PoscarReader;
import org.vaspflow.workflow.dag.CalcNode;
import org.vaspflow.workflow.dag.PresetInputWriter;
import org.vaspflow.workflow.dag.InputHash;
import org.vaspflow.workflow.dag.InputWriter;
import org.vaspflow.workflow.dag.Planner;
import org.vaspflow.workflow.spec.CampaignLoader;
import org.vaspflow.workflow.spec.CampaignSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vaspflow plan CAMPAIGN.yaml [--out DIR]}: writes the input folder of every calculation the campaign can
 * have (conditional steps included) under {@code DIR/runs/label/step}, and the plan table {@code DIR/plan.csv} and
 * {@code DIR/plan.json}; submits nothing and opens no store. Steps that start from their parent's CONTCAR are
 * written from the structure the parent starts from (their README says so): the run replaces that POSCAR.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Write every calculation folder of a campaign and the plan table; submit nothing.")
public final class PlanCommand implements Callable<Integer> {
    static final List<String> COLUMNS = List.of("name", "step", "preset", "after", "conditional", "formula", "natoms",
            "folder", "input_hash");

    @Parameters(paramLabel = "CAMPAIGN.yaml", description = "The campaign file.")
    Path campaign;

    @Option(names = "--out", description = "Output folder (default: plan/ beside the campaign file).")
    Path out;

    @Option(names = "--json", description = "Print the plan table as JSON on stdout.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        List<Map<String, Object>> rows = write(CampaignLoader.load(campaign), campaign.toAbsolutePath().getParent(),
                out == null ? campaign.toAbsolutePath().getParent().resolve("plan") : out);
        if (json) {
            System.out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(rows));
        }
        System.err.println("vaspflow: planned " + rows.size() + " calculations in " + (out == null ? "plan/" : out));
        return 0;
    }

    /** Writes every folder and the plan table; returns the table's rows. */
    static List<Map<String, Object>> write(CampaignSpec spec, Path campaignDir, Path outDir) throws IOException {
        Planner planner = new Planner(spec, campaignDir);
        InputWriter writer = new PresetInputWriter();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CalcNode node : planner.nodes()) {
            Path folder = outDir.resolve("runs").resolve(node.label()).resolve(node.step().name());
            Files.createDirectories(folder);
            try {
                writer.write(node, Path.of(node.structure()), folder);
            } catch (RuntimeException e) {
                throw new IllegalStateException(node.name() + ": " + e.getMessage(), e);
            }
            if (node.step().carry().contains("CONTCAR")) {
                Files.writeString(folder.resolve("README.md"), "\nPOSCAR here is built from the material; when the "
                        + "campaign runs it is replaced by the CONTCAR of " + planner.parentName(node).orElseThrow()
                        + ".\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
            }
            var poscar = PoscarReader.read(folder.resolve("POSCAR")).structure();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", node.name());
            row.put("step", node.step().name());
            row.put("preset", node.step().preset());
            row.put("after", planner.parentName(node).orElse(""));
            row.put("conditional", node.step().dynamic());
            row.put("formula", poscar.formula());
            row.put("natoms", poscar.size());
            row.put("folder", outDir.relativize(folder).toString());
            row.put("input_hash", InputHash.of(folder));
            rows.add(row);
        }
        Files.writeString(outDir.resolve("plan.json"), Json.MAPPER.writerWithDefaultPrettyPrinter()
                .writeValueAsString(rows), StandardCharsets.UTF_8);
        StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (Map<String, Object> r : rows) {
            List<String> cells = new ArrayList<>();
            COLUMNS.forEach(k -> cells.add(Csv.cell(r.get(k))));
            csv.append(String.join(",", cells)).append('\n');
        }
        Files.writeString(outDir.resolve("plan.csv"), csv, StandardCharsets.UTF_8);
        return rows;
    }
}
