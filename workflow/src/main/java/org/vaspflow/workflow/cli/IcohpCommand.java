package org.vaspflow.workflow.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vaspflow.analysis.bonding.IcohpAggregation;
import org.vaspflow.analysis.bonding.IcohpOrbitalGroups;
import org.vaspflow.io.lobster.Icohplist;
import org.vaspflow.io.lobster.IcohplistReader;
import org.vaspflow.io.parse.Compression;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.workflow.inspect.IcohpEntries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vaspflow icohp PATH}: ICOHP/ICOOP/ICOBI per element pair and per bond (CLI.md keys). */
@Command(name = "icohp", mixinStandardHelpOptions = true,
        description = "ICOHP (ICOOP, ICOBI) per element pair: sum, mean, count, length range; and every bond.")
public final class IcohpCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PATH", description = "ICOHPLIST.lobster (or ICOOP/ICOBI) or a LOBSTER folder.")
    Path path;

    @Option(names = "--pair", description = "Only this element pair, e.g. Ru-O (either order).")
    String pair;

    @Option(names = "--max-length", description = "Only bonds up to this length, Å.")
    Double maxLength;

    @Option(names = "--spin", defaultValue = "total", description = "total | up | down. Default: ${DEFAULT-VALUE}.")
    String spin;

    @Option(names = "--orbital-groups",
            description = "Also report sigma (eg-p) and pi (t2g-p) sums per bond and per pair (orbital-wise lists).")
    boolean orbitalGroups;

    @Option(names = "--json", description = "One JSON document on stdout.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Path file = resolve(path);
        Icohplist list = IcohplistReader.read(file);
        List<Icohplist.Bond> bonds = IcohpAggregation.select(list, pair,
                maxLength == null ? Double.POSITIVE_INFINITY : maxLength);
        Map<String, Object> pairs = new LinkedHashMap<>();
        IcohpAggregation.byPair(bonds, spin).forEach((name, s) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("sum", s.sum());
            m.put("mean", s.mean());
            m.put("count", s.count());
            m.put("min_length", s.minLengthAngstrom());
            m.put("max_length", s.maxLengthAngstrom());
            pairs.put(name, m);
        });
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", list.kind().name());
        out.put("pairs", pairs);
        out.put("entries", IcohpEntries.of(bonds, list.spinPolarized()));
        out.put("definition", Map.of("spin", spin, "max_length", maxLength == null ? "none" : maxLength,
                "counting", "every listed bond once (no weighting by 'avg. over # bonds')",
                "energy_reference", "integrated up to E-fermi, as LOBSTER writes it"));
        if (orbitalGroups) {
            out.put("orbital_groups", OrbitalGroupsJson.of(bonds, spin));
        }
        out.put("source", file.toString());
        if (json) {
            System.out.println(Json.MAPPER.writeValueAsString(out));
        } else {
            IcohpAggregation.byPair(bonds, spin).forEach((name, s) -> System.out.printf(
                    "%-8s %3d bonds  sum %10.5f  mean %9.5f  length %.3f-%.3f A%n", name, s.count(), s.sum(), s.mean(),
                    s.minLengthAngstrom(), s.maxLengthAngstrom()));
            if (orbitalGroups) {
                IcohpOrbitalGroups.byPair(IcohpOrbitalGroups.perBond(bonds, spin)).forEach((name, g) -> System.out.printf(
                        "%-8s %3d bonds  sigma(eg-p) mean %9.5f  pi(t2g-p) mean %9.5f  total mean %9.5f%n", name,
                        g.count(), g.sigmaMean(), g.piMean(), g.totalMean()));
            }
        }
        return 0;
    }

    private static Path resolve(Path p) throws java.io.IOException {
        if (!Files.isDirectory(p)) {
            return p;
        }
        try (var s = Files.list(p)) {
            for (Path f : s.sorted().toList()) {
                if (Compression.baseName(f).startsWith("ICOHPLIST")) {
                    return f;
                }
            }
        }
        throw new ParseException(p, 0, 0, "", "no ICOHPLIST.lobster in this folder");
    }
}
