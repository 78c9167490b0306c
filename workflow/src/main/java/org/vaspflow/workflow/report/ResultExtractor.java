package org.vaspflow.workflow.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vaspflow.analysis.bonding.IcohpAggregation;
import org.vaspflow.analysis.dos.DBand;
import org.vaspflow.analysis.dos.DosSelection;
import org.vaspflow.io.lobster.Icohplist;
import org.vaspflow.io.lobster.IcohplistReader;
import org.vaspflow.io.parse.Compression;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.vasp.PoscarReader;
import org.vaspflow.io.vasp.out.Outcar;
import org.vaspflow.io.vasp.out.OutcarReader;
import org.vaspflow.io.vasp.xml.Vasprun;
import org.vaspflow.io.vasp.xml.VasprunOptions;
import org.vaspflow.io.vasp.xml.VasprunReader;

/**
 * Reads one finished calculation's output files and computes the report's result rows: energies
 * (vasprun.xml, else the stored result), moments (OUTCAR), M–O bonds (final structure), d-band centres (vasprun.xml
 * DOS) and ICOHP per pair (ICOHPLIST.lobster). A missing file means no row; a damaged one (any exception of its
 * reader) becomes a problem line naming the file, and the other rows are still computed.
 */
public final class ResultExtractor {
    private ResultExtractor() {
    }

    /** The rows of one calculation and the problems met. */
    public record Extracted(List<ResultRows.Energy> energies, List<ResultRows.Magnetization> magnetizations,
            List<ResultRows.Bonds> bonds, List<ResultRows.Dband> dbands, List<ResultRows.Icohp> icohp,
            List<String> problems) {
    }

    /** Everything the report shows for {@code calc}; {@code stored} is the engine's stored result JSON. */
    public static Extracted extract(CalculationFiles calc, Map<String, Object> stored) {
        List<String> problems = new ArrayList<>();
        Optional<Path> xml = find(calc.folder(), "vasprun.xml");
        Optional<Vasprun> vasprun = xml.flatMap(f -> read(calc, f, problems,
                () -> VasprunReader.read(f, VasprunOptions.DEFAULT)));
        List<ResultRows.Energy> energies = new ArrayList<>();
        energy(calc, xml, vasprun, stored).ifPresent(energies::add);

        Optional<Path> contcar = vasprun.isPresent() ? Optional.empty() : find(calc.folder(), "CONTCAR");
        Optional<Structure> structure = vasprun.isPresent() ? vasprun.map(Vasprun::lastStructure)
                : contcar.flatMap(f -> read(calc, f, problems, () -> PoscarReader.read(f).structure()));
        String structureFile = (vasprun.isPresent() ? xml : contcar).map(calc::relative).orElse("");
        List<ResultRows.Bonds> bonds = new ArrayList<>();
        if (structure.isPresent()) {
            bonds.addAll(MetalOxygenBonds.of(structure.get(), calc.name(), structureFile));
        }

        List<ResultRows.Magnetization> mags = new ArrayList<>();
        Optional<Path> outcarFile = find(calc.folder(), "OUTCAR");
        outcarFile.flatMap(f -> read(calc, f, problems, () -> OutcarReader.read(f)))
                .flatMap(o -> magnetization(calc, outcarFile.get(), o, structure)).ifPresent(mags::add);

        List<ResultRows.Dband> dbands = new ArrayList<>();
        if (vasprun.isPresent()) {
            dbands.addAll(dband(calc, xml.get(), vasprun.get(), problems));
        }
        List<ResultRows.Icohp> icohp = new ArrayList<>();
        Optional<Path> icohplist = find(calc.folder(), "ICOHPLIST.lobster");
        icohplist.flatMap(f -> read(calc, f, problems, () -> IcohplistReader.read(f)))
                .ifPresent(list -> icohp.addAll(icohp(calc, icohplist.get(), list)));
        return new Extracted(energies, mags, bonds, dbands, icohp, problems);
    }

    private static Optional<ResultRows.Energy> energy(CalculationFiles calc, Optional<Path> xml,
            Optional<Vasprun> vasprun, Map<String, Object> stored) {
        if (vasprun.isPresent() && vasprun.get().completeness().complete()) {
            Vasprun v = vasprun.get();
            Structure s = v.lastStructure();
            String converged = v.convergedElectronic() && v.convergedIonic() ? "yes"
                    : !v.convergedElectronic() ? "no (electronic)" : "no (ionic)";
            return Optional.of(new ResultRows.Energy(calc.name(), s.formula(), s.size(), v.finalEnergyEv(),
                    v.finalEnergyEv() / s.size(), converged, new Provenance(calc.relative(xml.get()),
                    "final_energy rule of pymatgen Vasprun", Definitions.ENERGY.id())));
        }
        if (stored.get("final_energy") instanceof Number e) {
            Object perAtom = stored.get("final_energy_per_atom");
            double pa = perAtom instanceof Number n ? n.doubleValue() : Double.NaN;
            int n = Double.isNaN(pa) ? 0 : (int) Math.round(e.doubleValue() / pa);
            String file = stored.containsKey("formula") ? "vasprun.xml" : "OSZICAR";
            return Optional.of(new ResultRows.Energy(calc.name(), String.valueOf(stored.getOrDefault("formula", "")),
                    n, e.doubleValue(), pa, "unknown", new Provenance(calc.relative(calc.folder().resolve(file)),
                    "stored result of the run (the file is no longer readable)", Definitions.ENERGY.id())));
        }
        return Optional.empty();
    }

    private static Optional<ResultRows.Magnetization> magnetization(CalculationFiles calc, Path file, Outcar o,
            Optional<Structure> structure) {
        List<Double> perSite = new ArrayList<>();
        o.magnetizationX().ifPresent(t -> {
            for (double m : t.column("tot")) {
                perSite.add(m);
            }
        });
        if (perSite.isEmpty() && Double.isNaN(o.totalMagnetization())) {
            return Optional.empty();
        }
        List<String> species = structure.map(s -> s.species().stream().map(Element::symbol).toList())
                .filter(l -> l.size() == perSite.size()).orElse(List.of());
        return Optional.of(new ResultRows.Magnetization(calc.name(), o.totalMagnetization(), species, perSite,
                new Provenance(calc.relative(file), "last magnetization (x) table, 'tot' column",
                        Definitions.MAGNETIZATION.id())));
    }

    private static List<ResultRows.Dband> dband(CalculationFiles calc, Path file, Vasprun v, List<String> problems) {
        if (v.dos().isEmpty() || v.dos().get().nIons() == 0) {
            return List.of();
        }
        Set<String> metals = new LinkedHashSet<>();
        for (String el : v.atomSymbols()) {
            if (Element.isSymbol(el) && Element.of(el).isTransitionMetal()) {
                metals.add(el);
            }
        }
        List<ResultRows.Dband> out = new ArrayList<>();
        for (String el : metals) {
            try {
                DBand d = DBand.of(v.dos().get(), v.atomSymbols(), new DosSelection(List.of(el), List.of(), "d",
                        "total"), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, file.toString());
                out.add(new ResultRows.Dband(calc.name(), el, d.centerEv(), d.widthEv(), d.filling(),
                        d.definition().efermiEv(), new Provenance(calc.relative(file), "element " + el
                        + ", orbitals d, spin " + d.definition().spin() + ", window whole grid; "
                        + d.definition().energyReference() + "; " + d.definition().integration(),
                        Definitions.DBAND.id())));
            } catch (IllegalArgumentException e) {
                problems.add(calc.relative(file) + ": d-band of " + el + ": " + e.getMessage());
            }
        }
        return out;
    }

    private static List<ResultRows.Icohp> icohp(CalculationFiles calc, Path file, Icohplist list) {
        List<ResultRows.Icohp> out = new ArrayList<>();
        var bonds = IcohpAggregation.select(list, null, Double.POSITIVE_INFINITY);
        IcohpAggregation.byPair(bonds, "total").forEach((pair, s) -> out.add(new ResultRows.Icohp(calc.name(), pair,
                s.count(), s.sum(), s.mean(), s.minLengthAngstrom(), s.maxLengthAngstrom(), new Provenance(
                calc.relative(file), "every listed bond, spin total (up + down), no length cut",
                Definitions.ICOHP.id()))));
        return out;
    }

    private interface Reader<T> {
        T read();
    }

    /** Runs a reader; any exception becomes a problem naming the file (a reader's ParseException has the line). */
    private static <T> Optional<T> read(CalculationFiles calc, Path file, List<String> problems, Reader<T> reader) {
        try {
            return Optional.of(reader.read());
        } catch (RuntimeException e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            problems.add(msg.contains(file.getFileName().toString()) ? msg : calc.relative(file) + ": " + msg);
            return Optional.empty();
        }
    }

    /** The file of that base name in the folder, any compression ({@code vasprun.xml.gz} too). */
    static Optional<Path> find(Path folder, String baseName) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (var s = Files.list(folder)) {
            return s.filter(Files::isRegularFile).filter(f -> Compression.baseName(f).equals(baseName)).sorted()
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }
}
