package org.vaspflow.workflow.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vaspflow.io.vasp.Poscar;
import org.vaspflow.io.vasp.PoscarReader;
import org.vaspflow.io.vasp.PoscarWriter;
import org.vaspflow.workflow.build.surface.Adsorbate;
import org.vaspflow.workflow.build.surface.AdsorbateLibrary;
import org.vaspflow.workflow.build.surface.AdsorbatePlacer;
import org.vaspflow.workflow.build.surface.AdsorptionSite;
import org.vaspflow.workflow.build.surface.AdsorptionSiteFinder;
import org.vaspflow.workflow.build.surface.Slab;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vaspflow adsorb SLAB --adsorbate NaO2 [--site top|bridge|hollow|all] [--orientations 4] --out DIR
 * [--json]}: one folder per accepted placement ({@code DIR/NaO2-bridge1-rot090/POSCAR}) and
 * {@code DIR/placements.json} with the sites, the placements and every rejected orientation with its reason.
 */
@Command(name = "adsorb", mixinStandardHelpOptions = true,
        description = "Put an adsorbate from the library on the symmetry-distinct top/bridge/hollow sites of a slab.")
public final class AdsorbCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SLAB", description = "Slab POSCAR (vacuum along c, upper surface is used).")
    Path slabFile;

    @Option(names = "--adsorbate", required = true, description = "Library name: O, OH, OOH, O2, CO2, NaO2, Na2O2, Na2CO3.")
    String adsorbateName;

    @Option(names = "--library", description = "An adsorbate YAML file instead of the built-in library.")
    Path library;

    @Option(names = "--site", defaultValue = "all", description = "top | bridge | hollow | all (default ${DEFAULT-VALUE}).")
    String site;

    @Option(names = "--orientations", defaultValue = "4", description = "Rotations about the normal per site (default ${DEFAULT-VALUE}).")
    int orientations;

    @Option(names = "--tilts", defaultValue = "0", split = ",", description = "Tilt angles in degrees (default ${DEFAULT-VALUE}).")
    List<Double> tilts;

    @Option(names = "--min-distance-ratio", defaultValue = "0.75",
            description = "Reject atoms closer than this fraction of the covalent-radius sum (default ${DEFAULT-VALUE}).")
    double ratio;

    @Option(names = "--surface-height", defaultValue = "0.9", description = "Surface atoms: within this many Å of the top (default ${DEFAULT-VALUE}).")
    double surfaceHeight;

    @Option(names = "--out", required = true, description = "Folder to write.")
    Path out;

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        AdsorbateLibrary lib = library == null ? AdsorbateLibrary.builtIn() : AdsorbateLibrary.read(library);
        Adsorbate ads = lib.get(adsorbateName);
        Slab slab = Slab.fromStructure(PoscarReader.read(slabFile).structure(), 3.0);
        List<AdsorptionSite.Kind> kinds = site.equalsIgnoreCase("all") ? List.of(AdsorptionSite.Kind.values())
                : List.of(AdsorptionSite.Kind.parse(site));
        List<AdsorptionSite> sites = new AdsorptionSiteFinder(slab, surfaceHeight).find(kinds);
        AdsorbatePlacer.Result result = AdsorbatePlacer.place(slab, ads, sites,
                new AdsorbatePlacer.Options(orientations, tilts, ratio));
        Files.createDirectories(out);
        List<Map<String, Object>> placed = write(ads, sites, result);
        List<Map<String, Object>> rejected = rejections(sites, result);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("slab", slabFile.toString());
        doc.put("adsorbate", ads.name());
        doc.put("sites", siteRows(sites));
        doc.put("placements", placed);
        doc.put("rejected", rejected);
        Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(out.resolve("placements.json").toFile(), doc);
        if (json) {
            System.out.println(Json.MAPPER.writeValueAsString(doc));
        } else {
            System.out.printf(Locale.ROOT, "%d sites, %d placements written, %d orientations rejected%n", sites.size(),
                    placed.size(), rejected.size());
            for (Map<String, Object> r : rejected) {
                System.out.println("  rejected " + r.get("site") + " rot " + r.get("rotation_deg") + ": " + r.get("reason"));
            }
        }
        return placed.isEmpty() ? 1 : 0;
    }

    private static List<Map<String, Object>> siteRows(List<AdsorptionSite> sites) {
        List<Map<String, Object>> siteRows = new ArrayList<>();
        for (AdsorptionSite s : sites) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", name(sites, s));
            row.put("kind", s.kind().key());
            row.put("position", s.positionAngstrom(0));
            row.put("contacts", s.contacts().stream().map(c -> c.element().symbol()).toList());
            siteRows.add(row);
        }
        return siteRows;
    }

    /** Writes one POSCAR per placement; the rows of {@code placements}. */
    private List<Map<String, Object>> write(Adsorbate ads, List<AdsorptionSite> sites, AdsorbatePlacer.Result result)
            throws java.io.IOException {
        List<Map<String, Object>> placed = new ArrayList<>();
        for (AdsorbatePlacer.Placement p : result.placements()) {
            String dirName = String.format(Locale.ROOT, "%s-%s-rot%03.0f%s", ads.name(), name(sites, p.site()),
                    p.rotationDeg(), p.tiltDeg() == 0 ? "" : String.format(Locale.ROOT, "-tilt%03.0f", p.tiltDeg()));
            Path dir = out.resolve(dirName);
            Files.createDirectories(dir);
            PoscarWriter.write(Poscar.of(p.structure().withComment(p.structure().formula() + " " + dirName)),
                    dir.resolve("POSCAR"));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("file", dir.resolve("POSCAR").toString());
            row.put("site", name(sites, p.site()));
            row.put("kind", p.site().kind().key());
            row.put("rotation_deg", p.rotationDeg());
            row.put("tilt_deg", p.tiltDeg());
            row.put("height", p.heightAngstrom());
            row.put("min_distance_ratio", p.minRatio());
            row.put("formula", p.structure().formula());
            row.put("natoms", p.structure().size());
            row.put("adsorbate_indices", p.adsorbateIndices());
            placed.add(row);
        }
        return placed;
    }

    private static List<Map<String, Object>> rejections(List<AdsorptionSite> sites, AdsorbatePlacer.Result result) {
        List<Map<String, Object>> rejected = new ArrayList<>();
        for (AdsorbatePlacer.Rejection r : result.rejections()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("site", name(sites, r.site()));
            row.put("rotation_deg", r.rotationDeg());
            row.put("tilt_deg", r.tiltDeg());
            row.put("reason", r.reason());
            rejected.add(row);
        }
        return rejected;
    }

    /** {@code top0}, {@code bridge1}, …: kind and the index among the sites of that kind. */
    private static String name(List<AdsorptionSite> sites, AdsorptionSite s) {
        int n = 0;
        for (AdsorptionSite x : sites) {
            if (x == s) {
                break;
            }
            if (x.kind() == s.kind()) {
                n++;
            }
        }
        return (s.kind() == AdsorptionSite.Kind.TOP ? "top" : s.kind().key()) + n;
    }
}
