package org.vaspflow.workflow.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.vaspflow.workflow.inputs.Templates;
import org.vaspflow.workflow.spec.CampaignLoader;
import org.vaspflow.workflow.spec.CampaignSpec;
import org.vaspflow.workflow.spec.Matrix;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vaspflow init RECIPE [--out DIR]}: copies an embedded campaign recipe ({@code templates/workflows/}) with
 * the structure files and free-energy pathways it names, into a new campaign folder, ready
 * for {@code plan} or {@code run}. Existing files are never overwritten.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Start a campaign folder from a built-in recipe (nlmo-ru-dopant-screen, nlro-cascade-catalysis).")
public final class InitCommand implements Callable<Integer> {
    static final String ROOT = "templates/workflows/";

    @Parameters(paramLabel = "RECIPE", description = "Recipe name, e.g. nlro-cascade-catalysis.")
    String recipe;

    @Option(names = "--out", description = "Campaign folder to create (default: ./RECIPE).")
    Path out;

    @Option(names = "--json", description = "{\"campaign\", \"written\", \"kept\"} on stdout.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String yaml = resource(recipe + ".yaml").orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "no recipe '" + recipe + "' (built in: nlmo-ru-dopant-screen, "
                + "nlro-cascade-catalysis)"));
        Path dir = out == null ? Path.of(recipe) : out;
        CampaignSpec campaign = CampaignLoader.parse(yaml, ROOT + recipe + ".yaml");
        Set<String> files = new LinkedHashSet<>();
        files.add(recipe + ".yaml");
        campaign.matrix().materials().stream().map(Matrix.Material::structure).forEach(files::add);
        files.addAll(campaign.pathways());
        List<String> written = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (String f : files) {
            Path target = dir.resolve(f).normalize();
            if (!target.startsWith(dir.normalize())) {
                throw new IllegalStateException("recipe file " + f + " points outside the campaign folder");
            }
            if (Files.exists(target)) {
                System.err.println("vaspflow: kept existing " + target);
                kept.add(target.toString());
                continue;
            }
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.writeString(target, resource(f).orElseThrow(() -> new IllegalStateException("recipe " + recipe
                    + " names " + f + ", which is not embedded")));
            written.add(target.toString());
        }
        written.forEach(w -> System.err.println("vaspflow: wrote " + w));
        if (json) {
            System.out.println(Json.MAPPER.writeValueAsString(java.util.Map.of("campaign",
                    dir.resolve(recipe + ".yaml").toString(), "written", written, "kept", kept)));
        }
        System.err.println("vaspflow: next: vaspflow plan " + dir.resolve(recipe + ".yaml") + "   (or run)");
        return 0;
    }

    private static java.util.Optional<String> resource(String name) {
        return Templates.text(ROOT + name);
    }
}
