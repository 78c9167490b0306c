package org.vaspflow.workflow.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.structure.symmetry.SpaceGroupAnalyzer;
import org.vaspflow.io.structure.symmetry.SymmetryDataset;
import org.vaspflow.io.vasp.Poscar;
import org.vaspflow.io.vasp.PoscarWriter;
import org.vaspflow.workflow.build.CompositionTarget;
import org.vaspflow.workflow.build.EnumerationRuns;
import org.vaspflow.workflow.build.EnumerationRuns.Run;
import org.vaspflow.workflow.build.MagneticOrderings;
import org.vaspflow.workflow.build.SiteEnumeration;
import org.vaspflow.workflow.build.SiteEnumeration.Change;
import org.vaspflow.workflow.build.SubstitutionSpec;
import org.vaspflow.workflow.build.Supercells;
import org.vaspflow.workflow.inputs.StructureFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vaspflow enumerate STRUCTURE [--substitute Mn:Ru[=N][,Ti…]…] [--vacancies Na [--contents x…]]
 * [--composition F] [--count N…] [--supercell a,b,c | --supercell-size N [--in-plane]] [--magnetic EL…]
 * [--max-configs K] [--out DIR] --json}: symmetry-distinct configurations ranked by Ewald energy, optionally with
 * their FM/AFM orderings.
 */
@Command(name = "enumerate", mixinStandardHelpOptions = true,
        description = "Symmetry-distinct substitutions, vacancies (states of charge) and magnetic orderings, "
                + "ranked by Ewald energy with formal charges.")
public final class EnumerateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "STRUCTURE", description = "POSCAR/CONTCAR, CIF, pymatgen JSON or vasprun.xml.")
    Path structure;

    @Option(names = "--substitute", paramLabel = "HOST:DOPANT[=N][,DOPANT[=N]]",
            description = "e.g. Mn:Ru, Mn:Ru,Ti or Mn:Ru=2,Ti=1; repeatable.")
    List<String> substitute = new ArrayList<>();

    @Option(names = {"--vacancies", "--vacancy"}, paramLabel = "EL", description = "Remove atoms of this element, e.g. Na.")
    String vacancy;

    @Option(names = "--count", split = ",", description = "One change: number(s) of dopants or vacancies, one "
            + "enumeration each (1,2,3). Several dopants: one count per dopant, in order. Default 1.")
    List<Integer> counts = new ArrayList<>();

    @Option(names = "--fraction", description = "Dopant fraction of the host sites, e.g. 1/3 (the cell must hold it).")
    String fraction;

    @Option(names = "--contents", split = ",", paramLabel = "X",
            description = "Vacancies: contents of the element per formula unit to keep, e.g. 1.0,0.67,0.33.")
    List<String> contents = new ArrayList<>();

    @Option(names = "--composition", paramLabel = "FORMULA", description = "Target, e.g. Na0.6Li0.2Mn0.8O2: counts "
            + "follow from it, and without --supercell the smallest commensurate cell is used.")
    String composition;

    @Option(names = "--supercell", paramLabel = "a,b,c", split = ",",
            description = "Diagonal supercell (2,2,1), or nine numbers for a full matrix (rows = new vectors).")
    List<Integer> supercell = new ArrayList<>();

    @Option(names = "--supercell-size", paramLabel = "N",
            description = "Most compact supercell of N cells, diagonal or not (with --in-plane: c kept, e.g. 5 for √5×√5).")
    Integer supercellSize;

    @Option(names = "--in-plane", description = "With --supercell-size or --composition: enlarge only the a-b plane.")
    boolean inPlane;

    @Option(names = "--symprec", defaultValue = "1e-3", description = "Symmetry tolerance in Å (default ${DEFAULT-VALUE}).")
    double symprec;

    @Option(names = "--oxidation", split = ",", paramLabel = "EL=Q",
            description = "Formal charges, e.g. Na=1,Mn=3.5,Ru=4,O=-2 (default: guessed by charge balance).")
    Map<String, Double> oxidation = new LinkedHashMap<>();

    @Option(names = "--compensate", split = ",", paramLabel = "EL",
            description = "Elements whose sites take up a cell charge uniformly (default: the transition metals).")
    List<String> compensate = new ArrayList<>();

    @Option(names = {"--max-configs", "--keep"}, paramLabel = "K",
            description = "Keep the K lowest-energy configurations per count or content (the cap is stated in the output).")
    Integer maxConfigs;

    @Option(names = "--max", defaultValue = "" + SiteEnumeration.DEFAULT_MAX_CONFIGURATIONS,
            description = "Stop beyond this many distinct configurations (default ${DEFAULT-VALUE}).")
    int max;

    @Option(names = "--magnetic", split = ",", paramLabel = "EL",
            description = "FM and AFM orderings on the sites of these elements (alone, or for every kept configuration).")
    List<String> magnetic = new ArrayList<>();

    @Option(names = "--magmom", split = ",", paramLabel = "EL=M",
            description = "Moment magnitudes (µB) for --magnetic, default " + MagneticOrderings.DEFAULT_MOMENT_BOHR + ".")
    Map<String, Double> magmom = new LinkedHashMap<>();

    @Option(names = "--out", description = "Write each configuration's POSCAR to DIR/<label>-<rank>/POSCAR "
            + "(and MAGMOM lines with --magnetic).")
    Path out;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Structure unit = StructureFiles.read(structure);
        Optional<CompositionTarget> target = Optional.ofNullable(composition).map(CompositionTarget::parse);
        int[][] scaling = scaling(unit, target);
        Structure cell = unit.supercell(scaling);
        SymmetryDataset sym = SpaceGroupAnalyzer.analyze(cell, symprec);
        List<SubstitutionSpec.Dopant> dopants = SubstitutionSpec.parse(substitute);
        List<Run> runs = EnumerationRuns.of(cell, new EnumerationRuns.Request(dopants,
                Optional.ofNullable(vacancy).map(Element::of), counts, Optional.ofNullable(fraction), contents, target));
        Map<String, Object> doc = header(cell, scaling, sym, dopants);
        if (runs.isEmpty()) {
            if (magnetic.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "nothing to enumerate: give --substitute, --vacancies, --composition or --magnetic");
            }
            MagneticOrderings.Result m = magnetic(cell);
            doc.put("magnetic_orderings", orderings(m));
            doc.put("n_magnetic_orderings", m.distinctOrderings());
            writeMagmoms(cell, m, "magnetic");
        } else {
            enumerateRuns(cell, sym, runs, doc);
        }
        print(doc);
        return 0;
    }

    private void enumerateRuns(Structure cell, SymmetryDataset sym, List<Run> runs, Map<String, Object> doc)
            throws Exception {
        Map<Element, Double> ox = new LinkedHashMap<>();
        oxidation.forEach((k, v) -> ox.put(Element.of(k), v));
        Set<Element> comp = new LinkedHashSet<>();
        compensate.forEach(c -> comp.add(Element.of(c.trim())));
        SiteEnumeration.Options options = new SiteEnumeration.Options(symprec, ox, comp, max,
                maxConfigs == null ? Integer.MAX_VALUE : maxConfigs);
        List<Map<String, Object>> configs = new ArrayList<>();
        List<Map<String, Object>> runInfo = new ArrayList<>();
        int candidates = 0;
        for (Run run : runs) {
            SiteEnumeration.Result r = SiteEnumeration.enumerate(cell, sym, run.changes(), options);
            candidates = r.candidateSites();
            runInfo.add(runInfo(run, r));
            int rank = 0;
            for (SiteEnumeration.Configuration c : r.configurations()) {
                Map<String, Object> m = describe(c, run, ++rank);
                String folder = run.label() + "-" + rank;
                if (!magnetic.isEmpty()) {
                    MagneticOrderings.Result mo = magnetic(c.structure());
                    m.put("magnetic_orderings", orderings(mo));
                    writeMagmoms(c.structure(), mo, folder);
                }
                configs.add(m);
                if (out != null) {
                    Files.createDirectories(out.resolve(folder));
                    PoscarWriter.write(Poscar.of(c.structure().withComment(c.structure().formula() + " " + folder)),
                            out.resolve(folder).resolve("POSCAR"));
                }
            }
            doc.put("charge_model", r.chargeModel());
        }
        doc.put("n_host_sites", candidates);
        doc.put("max_configs", maxConfigs);
        doc.put("energy_unit", "eV (Ewald, formal charges; pymatgen EwaldSummation conventions)");
        doc.put("runs", runInfo);
        doc.put("configurations", configs);
    }

    private MagneticOrderings.Result magnetic(Structure s) {
        Set<Element> els = new LinkedHashSet<>();
        magnetic.forEach(e -> els.add(Element.of(e.trim())));
        Map<Element, Double> moments = new LinkedHashMap<>();
        magmom.forEach((k, v) -> moments.put(Element.of(k), v));
        return MagneticOrderings.enumerate(s, els, moments, symprec, max,
                maxConfigs == null ? Integer.MAX_VALUE : maxConfigs);
    }

    private static List<Map<String, Object>> orderings(MagneticOrderings.Result m) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (MagneticOrderings.Ordering o : m.orderings()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("kind", o.kind());
            x.put("down_sites", o.downSites());
            x.put("multiplicity", o.multiplicity());
            x.put("nn_spin_sum", o.nearestSpinSum());
            x.put("magmom", o.magmomBohr());
            list.add(x);
        }
        return list;
    }

    private void writeMagmoms(Structure s, MagneticOrderings.Result m, String folder) throws Exception {
        if (out == null) {
            return;
        }
        StringBuilder b = new StringBuilder("# initial moments in site order of POSCAR; one ordering per line\n");
        int i = 0;
        for (MagneticOrderings.Ordering o : m.orderings()) {
            b.append(o.kind()).append('-').append(++i).append(": MAGMOM =");
            for (double v : o.magmomBohr()) {
                b.append(' ').append(v);
            }
            b.append('\n');
        }
        Files.createDirectories(out.resolve(folder));
        Files.writeString(out.resolve(folder).resolve("MAGMOM"), b.toString());
        if (!Files.exists(out.resolve(folder).resolve("POSCAR"))) {
            PoscarWriter.write(Poscar.of(s.withComment(s.formula())), out.resolve(folder).resolve("POSCAR"));
        }
    }

    private int[][] scaling(Structure unit, Optional<CompositionTarget> target) {
        if (supercellSize != null) {
            return Supercells.mostCompact(unit.lattice(), supercellSize, inPlane);
        }
        if (supercell.size() == 9) {
            return new int[][] {{supercell.get(0), supercell.get(1), supercell.get(2)},
                {supercell.get(3), supercell.get(4), supercell.get(5)}, {supercell.get(6), supercell.get(7), supercell.get(8)}};
        }
        if (supercell.size() == 3) {
            return new int[][] {{supercell.get(0), 0, 0}, {0, supercell.get(1), 0}, {0, 0, supercell.get(2)}};
        }
        if (!supercell.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--supercell needs three numbers (2,2,1) or nine");
        }
        if (target.isPresent()) {
            return Supercells.mostCompact(unit.lattice(), target.get().smallestCellMultiple(unit), inPlane);
        }
        return new int[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    }

    private Map<String, Object> header(Structure cell, int[][] scaling, SymmetryDataset sym,
            List<SubstitutionSpec.Dopant> dopants) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", structure.toString());
        m.put("formula", cell.formula());
        m.put("supercell", scaling);
        m.put("nsites", cell.size());
        m.put("symprec", symprec);
        m.put("spacegroup_number", sym.spaceGroupNumber());
        m.put("n_operations", sym.nOperations());
        m.put("host", !dopants.isEmpty() ? dopants.get(0).host().symbol() : vacancy);
        m.put("substituent", !dopants.isEmpty() ? dopants.get(0).dopant().symbol() : null);
        return m;
    }

    private static Map<String, Object> runInfo(Run run, SiteEnumeration.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", run.label());
        m.put("counts", counts(run));
        run.content().ifPresent(c -> m.put("content", c.doubleValue()));
        run.content().ifPresent(c -> m.put("content_fraction", c.getNumerator() + "/" + c.getDenominator()));
        m.put("n_distinct", r.distinctConfigurations());
        m.put("n_kept", r.configurations().size());
        m.put("truncated", r.truncated());
        return m;
    }

    private static Map<String, Integer> counts(Run run) {
        Map<String, Integer> m = new LinkedHashMap<>();
        run.changes().forEach(c -> m.merge(c.label(), c.count(), Integer::sum));
        return m;
    }

    private static Map<String, Object> describe(SiteEnumeration.Configuration c, Run run, int rank) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", run.changes().stream().mapToInt(Change::count).sum());
        m.put("counts", counts(run));
        run.content().ifPresent(x -> m.put("content", x.doubleValue()));
        m.put("rank", rank);
        m.put("sites", c.sites());
        Map<String, int[]> per = new LinkedHashMap<>();
        for (int i = 0; i < run.changes().size(); i++) {
            String key = run.changes().get(i).label();
            int[] prev = per.getOrDefault(key, new int[0]);
            int[] add = c.sitesPerChange().get(i);
            int[] merged = Arrays.copyOf(prev, prev.length + add.length);
            System.arraycopy(add, 0, merged, prev.length, add.length);
            per.put(key, merged);
        }
        m.put("sites_by_change", per);
        m.put("multiplicity", c.multiplicity());
        m.put("formula", c.structure().formula());
        m.put("ewald_energy", c.ewaldEnergyEv().isPresent() ? c.ewaldEnergyEv().getAsDouble() : null);
        Map<String, Double> ox = new LinkedHashMap<>();
        c.oxidationStates().forEach((e, v) -> ox.put(e.symbol(), v));
        m.put("oxidation_states", ox);
        return m;
    }

    @SuppressWarnings("unchecked")
    private void print(Map<String, Object> doc) throws Exception {
        if (json) {
            System.out.println(Json.MAPPER.writeValueAsString(doc));
            return;
        }
        System.out.printf("%s, %s sites, space group %s, %s operations%n", doc.get("formula"), doc.get("nsites"),
                doc.get("spacegroup_number"), doc.get("n_operations"));
        if (doc.containsKey("charge_model")) {
            System.out.println("charges: " + doc.get("charge_model"));
        }
        for (Map<String, Object> r : (List<Map<String, Object>>) doc.getOrDefault("runs", List.of())) {
            System.out.printf("%s: %s distinct, %s shown%s%n", r.get("counts"), r.get("n_distinct"), r.get("n_kept"),
                    Boolean.TRUE.equals(r.get("truncated")) ? " (capped by --max-configs " + maxConfigs + ")" : "");
        }
        for (Map<String, Object> c : (List<Map<String, Object>>) doc.getOrDefault("configurations", List.of())) {
            System.out.printf("%-24s rank %-4s x%-4s E_ewald %s eV  sites %s%n", c.get("counts"), c.get("rank"),
                    c.get("multiplicity"), c.get("ewald_energy"), Arrays.toString((int[]) c.get("sites")));
        }
        for (Map<String, Object> o : (List<Map<String, Object>>) doc.getOrDefault("magnetic_orderings", List.of())) {
            System.out.printf("%-4s x%-4s MAGMOM = %s%n", o.get("kind"), o.get("multiplicity"),
                    Arrays.toString((double[]) o.get("magmom")));
        }
    }
}
