package org.vaspflow.workflow.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.commons.math3.fraction.Fraction;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.vasp.Poscar;
import org.vaspflow.io.vasp.PoscarWriter;
import org.vaspflow.workflow.build.SiteEnumeration;
import org.vaspflow.workflow.build.Supercells;
import org.vaspflow.workflow.inputs.StructureFiles;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vaspflow enumerate STRUCTURE (--substitute Mn:Ru | --vacancy Na) [--count N… | --fraction F | --contents
 * x…] [--supercell a,b,c | --supercell-size N [--in-plane]] --json}: symmetry-distinct configurations ranked by Ewald
 * energy.
 */
@Command(name = "enumerate", mixinStandardHelpOptions = true,
        description = "Symmetry-distinct substitutions or vacancies, ranked by Ewald energy with formal charges.")
public final class EnumerateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "STRUCTURE", description = "POSCAR/CONTCAR, CIF, pymatgen JSON or vasprun.xml.")
    Path structure;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Change change;

    static final class Change {
        @Option(names = "--substitute", paramLabel = "HOST:DOPANT", description = "e.g. Mn:Ru.")
        String substitute;

        @Option(names = "--vacancy", paramLabel = "EL", description = "Remove atoms of this element, e.g. Na.")
        String vacancy;
    }

    @Option(names = "--count", split = ",", description = "Number of dopants or vacancies (several: 1,2,3). Default 1.")
    List<Integer> counts = new ArrayList<>();

    @Option(names = "--fraction", description = "Dopant fraction of the host sites, e.g. 1/3 (the cell must hold it).")
    String fraction;

    @Option(names = "--contents", split = ",", paramLabel = "X",
            description = "Vacancies: contents of the element per formula unit to keep, e.g. 0.25,0.5,0.75.")
    List<String> contents = new ArrayList<>();

    @Option(names = "--supercell", paramLabel = "a,b,c", split = ",", description = "Diagonal supercell, e.g. 2,2,1.")
    List<Integer> supercell = new ArrayList<>();

    @Option(names = "--supercell-size", paramLabel = "N",
            description = "Most compact supercell of N cells, diagonal or not (with --in-plane: c kept, e.g. 5 for √5×√5).")
    Integer supercellSize;

    @Option(names = "--in-plane", description = "With --supercell-size: enlarge only the a-b plane.")
    boolean inPlane;

    @Option(names = "--symprec", defaultValue = "1e-3", description = "Symmetry tolerance in Å (default ${DEFAULT-VALUE}).")
    double symprec;

    @Option(names = "--oxidation", split = ",", paramLabel = "EL=Q",
            description = "Formal charges, e.g. Na=1,Mn=3.5,Ru=4,O=-2 (default: guessed by charge balance).")
    Map<String, Double> oxidation = new LinkedHashMap<>();

    @Option(names = "--max", defaultValue = "" + SiteEnumeration.DEFAULT_MAX_CONFIGURATIONS,
            description = "Stop beyond this many distinct configurations (default ${DEFAULT-VALUE}).")
    int max;

    @Option(names = "--out", description = "Write each configuration's POSCAR to DIR/<count>-<rank>/POSCAR.")
    Path out;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Structure unit = StructureFiles.read(structure);
        Element host = Element.of(change.substitute != null ? change.substitute.split(":")[0] : change.vacancy);
        Optional<Element> dopant = change.substitute == null ? Optional.empty()
                : Optional.of(Element.of(change.substitute.split(":", 2)[1]));
        int[][] scaling = scaling(unit);
        Structure cell = unit.supercell(scaling);
        int hostSites = (int) cell.sites().stream().filter(s -> s.element() == host).count();
        if (hostSites == 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "the structure has no " + host.symbol() + " sites");
        }
        List<int[]> runs = runs(unit, cell, host, hostSites);
        Map<Element, Double> ox = new LinkedHashMap<>();
        oxidation.forEach((k, v) -> ox.put(Element.of(k), v));
        List<Map<String, Object>> configs = new ArrayList<>();
        SiteEnumeration.Result last = null;
        for (int[] run : runs) {
            last = SiteEnumeration.enumerate(cell, host, dopant, run[0], symprec, ox, max);
            int rank = 0;
            for (SiteEnumeration.Configuration c : last.configurations()) {
                configs.add(describe(c, run, ++rank, hostSites));
                if (out != null) {
                    java.nio.file.Files.createDirectories(out.resolve(run[0] + "-" + rank));
                    PoscarWriter.write(Poscar.of(c.structure().withComment(c.structure().formula() + " " + run[0] + "-"
                            + rank)), out.resolve(run[0] + "-" + rank).resolve("POSCAR"));
                }
            }
        }
        print(cell, scaling, host, dopant, last, configs);
        return 0;
    }

    /** The (count, kept-per-formula-unit numerator, denominator) of each enumeration asked for. */
    private List<int[]> runs(Structure unit, Structure cell, Element host, int hostSites) {
        List<int[]> runs = new ArrayList<>();
        if (fraction != null) {
            Fraction f = Supercells.parseFraction(fraction);
            String why = Supercells.whyNot(hostSites, List.of(change.substitute), List.of(f));
            if (!why.isEmpty()) {
                int m = Supercells.smallestMultiple(hostSites, List.of(f));
                throw new IllegalArgumentException("this cell cannot hold that composition: " + why
                        + "; use " + m + " times as many cells (e.g. --supercell-size " + m + ")");
            }
            runs.add(new int[] {f.multiply(hostSites).intValue(), 0, 0});
        }
        int fu = Supercells.formulaUnits(cell);
        int perFu = hostSites / fu;
        for (String x : contents) {
            Fraction keep = Supercells.parseFraction(x);
            Fraction kept = keep.multiply(fu);
            if (kept.getDenominator() != 1 || keep.doubleValue() > perFu) {
                int m = keep.getDenominator() / gcd(keep.getDenominator(), fu);
                throw new IllegalArgumentException(String.format("%s content %s per formula unit cannot be placed in %d "
                        + "formula units (%.2f atoms); use a cell with a multiple of %d formula units", host.symbol(),
                        x, fu, kept.doubleValue(), fu * m));
            }
            runs.add(new int[] {hostSites - kept.intValue(), keep.getNumerator(), keep.getDenominator()});
        }
        if (runs.isEmpty()) {
            (counts.isEmpty() ? List.of(1) : counts).forEach(k -> runs.add(new int[] {k, 0, 0}));
        }
        return runs;
    }

    private int[][] scaling(Structure unit) {
        if (supercellSize != null) {
            return Supercells.mostCompact(unit.lattice(), supercellSize, inPlane);
        }
        if (supercell.isEmpty()) {
            return new int[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        }
        if (supercell.size() != 3) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--supercell needs three numbers, e.g. 2,2,1");
        }
        return new int[][] {{supercell.get(0), 0, 0}, {0, supercell.get(1), 0}, {0, 0, supercell.get(2)}};
    }

    private static Map<String, Object> describe(SiteEnumeration.Configuration c, int[] run, int rank, int hostSites) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", run[0]);
        if (run[2] != 0) {
            m.put("content", (double) run[1] / run[2]);
        }
        m.put("rank", rank);
        m.put("sites", c.sites());
        m.put("multiplicity", c.multiplicity());
        m.put("formula", c.structure().formula());
        m.put("ewald_energy", c.ewaldEnergyEv().isPresent() ? c.ewaldEnergyEv().getAsDouble() : null);
        Map<String, Double> ox = new LinkedHashMap<>();
        c.oxidationStates().forEach((e, v) -> ox.put(e.symbol(), v));
        m.put("oxidation_states", ox);
        return m;
    }

    private void print(Structure cell, int[][] scaling, Element host, Optional<Element> dopant,
            SiteEnumeration.Result r, List<Map<String, Object>> configs) throws Exception {
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", structure.toString());
            m.put("formula", cell.formula());
            m.put("supercell", scaling);
            m.put("nsites", cell.size());
            m.put("symprec", symprec);
            m.put("spacegroup_number", r.symmetry().spaceGroupNumber());
            m.put("n_operations", r.symmetry().nOperations());
            m.put("host", host.symbol());
            m.put("substituent", dopant.map(Element::symbol).orElse(null));
            m.put("n_host_sites", r.candidateSites());
            m.put("energy_unit", "eV (Ewald, formal charges; pymatgen EwaldSummation conventions)");
            m.put("configurations", configs);
            System.out.println(Json.MAPPER.writeValueAsString(m));
            return;
        }
        System.out.printf("%s, %d sites, %s (%d), %d operations%n", cell.formula(), cell.size(),
                r.symmetry().internationalSymbol(), r.symmetry().spaceGroupNumber(), r.symmetry().nOperations());
        for (Map<String, Object> c : configs) {
            System.out.printf("count %-3s rank %-4s x%-4s E_ewald %s eV  sites %s%n", c.get("count"), c.get("rank"),
                    c.get("multiplicity"), c.get("ewald_energy"), java.util.Arrays.toString((int[]) c.get("sites")));
        }
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
