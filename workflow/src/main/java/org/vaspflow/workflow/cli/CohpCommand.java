package org.vaspflow.workflow.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.vaspflow.analysis.bonding.CohpCurves;
import org.vaspflow.analysis.bonding.CohpPlot;
import org.vaspflow.analysis.bonding.IcohpAggregation;
import org.vaspflow.io.lobster.Cohpcar;
import org.vaspflow.io.lobster.CohpcarReader;
import org.vaspflow.io.lobster.Icohplist;
import org.vaspflow.io.lobster.IcohplistReader;
import org.vaspflow.io.parse.Compression;
import org.vaspflow.io.parse.ParseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vaspflow cohp PATH --label L[,…] --out FILE.(png|svg|csv) [--json]}: COHP/COOP/COBI curves of chosen
 * bonds, −pCOHP plotted to the right as LobsterPy does, and their integral up to E-fermi compared with the file's
 * integral column and with the ICOHPLIST beside it.
 */
@Command(name = "cohp", mixinStandardHelpOptions = true,
        description = "COHP (COOP, COBI) curves of bonds: plot, CSV and the integral up to E-fermi.")
public final class CohpCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PATH", description = "COHPCAR.lobster (COOPCAR, COBICAR) or a LOBSTER folder.")
    Path path;

    @Option(names = "--label", split = ",", defaultValue = "average",
            description = "Bond labels (COHP# numbers), 'average', bonds summed with + (28+29+44), and with an "
                    + "orbital-wise file N:sigma, N:pi, N:dxy-px. Default: ${DEFAULT-VALUE}.")
    List<String> labels;

    @Option(names = "--spin", defaultValue = "both",
            description = "both (up and down) | up | down | total (sum). Default: ${DEFAULT-VALUE}.")
    String spin;

    @Option(names = "--erange", paramLabel = "LO:HI", description = "Energy window of plot and CSV, eV relative to E-fermi.")
    String erange;

    @Option(names = "--icohplist", paramLabel = "FILE",
            description = "ICOHPLIST to compare with (default: the matching I*LIST beside the COHPCAR, if any).")
    Path icohplist;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file(s): .png, .svg or .csv (repeatable).")
    List<Path> outputs = new ArrayList<>();

    @Option(names = "--json", description = "One JSON document on stdout.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        double[] window = Ranges.parse(erange, spec);
        Path file = resolve(path);
        Cohpcar car = CohpcarReader.read(file);
        CohpCurves curves = CohpCurves.of(car, labels, spin);
        Optional<Icohplist> list = listBeside(file, car.kind());
        CurveOutputs.write(outputs, () -> csv(curves, window), () -> CohpPlot.chart(curves, window[0], window[1],
                car.kind() + " of " + file.getFileName()), spec);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CohpCurves.Curve c : curves.curves()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", c.label());
            m.put("spin", c.spin());
            if (!c.bond().atom1().isEmpty()) {
                m.put("atoms", List.of(c.bond().atom1(), c.bond().atom2()));
                m.put("length", c.bond().lengthAngstrom());
            }
            m.put("icohp_trapezoid", c.icohpTrapezoid());
            m.put("icohp_window", c.icohpWindow());
            m.put("icohp_below_window", c.icohpBelowWindow());
            m.put("icohp_column", c.icohpColumn());
            list.flatMap(l -> listed(l, c.label(), c.spin())).ifPresent(v -> m.put("icohplist", v));
            rows.add(m);
        }
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("kind", car.kind().name());
            out.put("source", file.toString());
            out.put("efermi", car.efermiEv());
            out.put("ispin", car.nSpins());
            out.put("curves", rows);
            out.put("outputs", outputs.stream().map(Path::toString).toList());
            out.put("definition", Map.of(
                    "energy_reference", "E - E_fermi (as LOBSTER writes it)",
                    "values", "as written: pCOHP (negative = bonding), pCOOP/pCOBI (positive = bonding); plots show -pCOHP",
                    "icohp_window", "trapezoid of the curve from the first grid point to E_F (last interval cut at 0)",
                    "icohp_below_window", "the file's integral column at the first grid point (states below COHPstartEnergy)",
                    "icohp_trapezoid", "icohp_below_window + icohp_window",
                    "icohp_column", "the file's integral column interpolated at E_F",
                    "spin", spin));
            System.out.println(Json.MAPPER.writeValueAsString(out));
        } else {
            for (Map<String, Object> m : rows) {
                System.out.printf(Locale.ROOT, "%-8s %-5s trapezoid %10.5f  column %10.5f%s%n", m.get("label"),
                        m.get("spin"), (double) m.get("icohp_trapezoid"), (double) m.get("icohp_column"),
                        m.containsKey("icohplist") ? String.format(Locale.ROOT, "  ICOHPLIST %10.5f", (double) m.get("icohplist")) : "");
            }
        }
        return 0;
    }

    /** The ICOHPLIST value of a label (bonds joined by + summed); none for orbital groups or unknown labels. */
    private static Optional<Double> listed(Icohplist list, String label, String spin) {
        if (label.contains(":")) {
            return Optional.empty();
        }
        double sum = 0;
        for (String part : label.split("\\+")) {
            Optional<Icohplist.Bond> b = list.bonds().stream().filter(x -> x.label().equals(part.strip())).findFirst();
            if (b.isEmpty()) {
                return Optional.empty();
            }
            sum += IcohpAggregation.value(b.get(), spin);
        }
        return Optional.of(sum);
    }

    private static String csv(CohpCurves curves, double[] window) {
        StringBuilder sb = new StringBuilder("energy_minus_efermi_eV");
        for (CohpCurves.Curve c : curves.curves()) {
            sb.append(',').append(curves.kind() == Icohplist.Kind.COHP ? "pCOHP " : "p" + curves.kind() + " ")
                    .append(c.legend().replace(",", ";"));
        }
        sb.append('\n');
        double[] e = curves.energiesEv();
        for (int i = 0; i < e.length; i++) {
            if (e[i] < window[0] || e[i] > window[1]) {
                continue;
            }
            sb.append(String.format(Locale.ROOT, "%.5f", e[i]));
            for (CohpCurves.Curve c : curves.curves()) {
                sb.append(',').append(String.format(Locale.ROOT, "%.6g", c.values()[i]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private Optional<Icohplist> listBeside(Path file, Icohplist.Kind kind) throws java.io.IOException {
        if (icohplist != null) {
            return Optional.of(IcohplistReader.read(icohplist));
        }
        Path dir = file.toAbsolutePath().getParent();
        String want = "I" + kind.name() + "LIST.lobster";
        try (var s = Files.list(dir)) {
            for (Path f : s.sorted().toList()) {
                if (Compression.baseName(f).equals(want)) {
                    return Optional.of(IcohplistReader.read(f));
                }
            }
        }
        return Optional.empty();
    }

    private static Path resolve(Path p) throws java.io.IOException {
        if (!Files.isDirectory(p)) {
            return p;
        }
        try (var s = Files.list(p)) {
            for (Path f : s.sorted().toList()) {
                if (Compression.baseName(f).equals("COHPCAR.lobster")) {
                    return f;
                }
            }
        }
        throw new ParseException(p, 0, 0, "", "no COHPCAR.lobster in this folder");
    }
}
