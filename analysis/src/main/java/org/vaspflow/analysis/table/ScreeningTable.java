package org.vaspflow.analysis.table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.vaspflow.analysis.bonding.IcohpAggregation;
import org.vaspflow.analysis.dos.DBand;
import org.vaspflow.analysis.dos.DosSelection;
import org.vaspflow.analysis.thermo.CalcEnergy;
import org.vaspflow.io.lobster.Icohplist;
import org.vaspflow.io.lobster.IcohplistReader;
import org.vaspflow.io.parse.ParallelParser;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.vasp.Dos;
import org.vaspflow.io.vasp.PoscarReader;
import org.vaspflow.io.vasp.out.Doscar;
import org.vaspflow.io.vasp.out.DoscarReader;
import org.vaspflow.io.vasp.out.Outcar;
import org.vaspflow.io.vasp.out.OutcarReader;
import org.vaspflow.io.vasp.out.Oszicar;
import org.vaspflow.io.vasp.out.OszicarReader;
import org.vaspflow.io.vasp.xml.Vasprun;
import org.vaspflow.io.vasp.xml.VasprunOptions;
import org.vaspflow.io.vasp.xml.VasprunReader;

/**
 * Builds a screening table: one {@link ScreeningRow} per calculation folder, the folders parsed in parallel on the
 * parsing core's bounded pool ({@link ParallelParser}); rows come back in input order and a folder that fails is a
 * row with its error, never a lost row or a stopped table.
 */
public final class ScreeningTable {
    private ScreeningTable() {
    }

    public static List<ScreeningRow> build(List<Path> folders, ScreeningOptions options) {
        return build(folders, options, Runtime.getRuntime().availableProcessors());
    }

    public static List<ScreeningRow> build(List<Path> folders, ScreeningOptions options, int threads) {
        List<ScreeningRow> rows = new ArrayList<>();
        for (ParallelParser.Outcome<ScreeningRow> o : ParallelParser.parseAll(folders, f -> row(f, options), threads)) {
            rows.add(o.value().orElseGet(() -> ScreeningRow.failed(o.input().toString(),
                    o.error().map(Throwable::getMessage).orElse("failed"))));
        }
        return rows;
    }

    /** One folder's row; a folder with no final energy is a {@link ParseException}. */
    public static ScreeningRow row(Path folder, ScreeningOptions options) {
        Map<String, String> sources = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        Optional<Path> vasprunFile = CalcEnergy.find(folder, "vasprun.xml");
        boolean needDos = !options.dbandElement().isEmpty();
        Optional<Vasprun> vasprun = vasprunFile.map(p -> VasprunReader.read(p,
                needDos ? new VasprunOptions(true, false, false) : VasprunOptions.STRUCTURES_ONLY));
        double energy;
        int nAtoms;
        if (vasprun.isPresent() && !vasprun.get().ionicSteps().isEmpty()) {
            energy = vasprun.get().finalEnergyEv();
            nAtoms = vasprun.get().atomSymbols().size();
            sources.put("energy", vasprunFile.get() + " (final_energy)");
            if (!vasprun.get().completeness().complete()) {
                notes.add("vasprun.xml is damaged or unfinished: " + vasprun.get().completeness().reason());
            }
        } else {
            CalcEnergy ce = CalcEnergy.read(folder);
            energy = ce.energyEv();
            nAtoms = ce.nAtoms();
            sources.put("energy", ce.file() + " (" + ce.quantity() + ")");
            if (!ce.complete()) {
                notes.add(ce.file().getFileName() + " is damaged or unfinished");
            }
        }
        Optional<Structure> structure = structure(folder, vasprun);
        if (nAtoms == 0 && structure.isPresent()) {
            nAtoms = structure.get().size();
        }
        double magnetization = magnetization(folder, sources, notes);
        double dband = needDos ? dband(folder, vasprun, options.dbandElement(), sources, notes) : Double.NaN;
        Map<String, Double> bonds = new TreeMap<>();
        if (structure.isPresent()) {
            BondLengths.meanMetalAnion(structure.get(), options.anion(), options.bondCutoffAngstrom())
                    .forEach((k, m) -> bonds.put(k, m.meanAngstrom()));
        } else {
            notes.add("no structure (vasprun.xml, CONTCAR or POSCAR): no bond lengths");
        }
        Map<String, Double> icohp = icohp(folder, options.icohpPair(), sources);
        return new ScreeningRow(folder.toString(), true, "", structure.map(Structure::formula).orElse(""), nAtoms,
                energy, nAtoms > 0 ? energy / nAtoms : Double.NaN, magnetization, dband, bonds, icohp, sources, notes);
    }

    private static Optional<Structure> structure(Path folder, Optional<Vasprun> vasprun) {
        if (vasprun.isPresent()) {
            return Optional.of(vasprun.get().lastStructure());
        }
        for (String name : new String[] {"CONTCAR", "POSCAR"}) {
            Optional<Path> f = CalcEnergy.find(folder, name);
            if (f.isPresent()) {
                return Optional.of(PoscarReader.read(f.get()).structure());
            }
        }
        return Optional.empty();
    }

    private static double magnetization(Path folder, Map<String, String> sources, List<String> notes) {
        Optional<Path> outcar = CalcEnergy.find(folder, "OUTCAR");
        if (outcar.isPresent()) {
            Outcar o = OutcarReader.read(outcar.get());
            if (!Double.isNaN(o.totalMagnetization())) {
                sources.put("total_magnetization", outcar.get().toString());
                return o.totalMagnetization();
            }
        }
        Optional<Path> oszicar = CalcEnergy.find(folder, "OSZICAR");
        if (oszicar.isPresent()) {
            Oszicar z = OszicarReader.read(oszicar.get());
            double last = z.ionicSteps().isEmpty() ? Double.NaN
                    : z.ionicSteps().get(z.ionicSteps().size() - 1).magnetization();
            if (!Double.isNaN(last)) {
                sources.put("total_magnetization", oszicar.get().toString());
                return last;
            }
        }
        notes.add("no total magnetization (no spin-polarised OUTCAR or OSZICAR)");
        return Double.NaN;
    }

    private static double dband(Path folder, Optional<Vasprun> vasprun, String element, Map<String, String> sources,
            List<String> notes) {
        Dos dos = null;
        List<String> species = List.of();
        String source = "";
        if (vasprun.isPresent() && vasprun.get().dos().isPresent()) {
            dos = vasprun.get().dos().get();
            species = vasprun.get().atomSymbols();
            source = "vasprun.xml";
        } else {
            Optional<Path> doscar = CalcEnergy.find(folder, "DOSCAR");
            if (doscar.isPresent()) {
                Doscar d = DoscarReader.read(doscar.get());
                dos = d.dos();
                species = d.speciesPerIon();
                source = doscar.get().toString();
            }
        }
        if (dos == null) {
            notes.add("no DOS (vasprun.xml <dos> or DOSCAR): no d-band centre");
            return Double.NaN;
        }
        if (!species.contains(element)) {
            notes.add("no " + element + " site: no d-band centre");
            return Double.NaN;
        }
        try {
            DBand d = DBand.of(dos, species, new DosSelection(List.of(element), List.of(), "d", "total"),
                    Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, source);
            sources.put("dband_center", source + " (" + element + " d, spins summed, whole grid, E - E_fermi)");
            return d.centerEv();
        } catch (IllegalArgumentException e) {
            notes.add("no d-band centre: " + e.getMessage());
            return Double.NaN;
        }
    }

    private static Map<String, Double> icohp(Path folder, String pair, Map<String, String> sources) {
        Optional<Path> file = CalcEnergy.find(folder, "ICOHPLIST.lobster");
        Map<String, Double> out = new TreeMap<>();
        if (file.isEmpty()) {
            return out;
        }
        Icohplist list = IcohplistReader.read(file.get());
        List<Icohplist.Bond> bonds = IcohpAggregation.select(list, pair.isEmpty() ? null : pair,
                Double.POSITIVE_INFINITY);
        IcohpAggregation.byPair(bonds, "total").forEach((k, s) -> out.put(k, s.mean()));
        sources.put("icohp", file.get().toString());
        return out;
    }

    /** Column names of the dynamic parts (bond pairs, ICOHP pairs) over all rows, sorted. */
    public static List<String> bondColumns(List<ScreeningRow> rows) {
        TreeSet<String> s = new TreeSet<>();
        rows.forEach(r -> s.addAll(r.bondLengths().keySet()));
        return List.copyOf(s);
    }

    public static List<String> icohpColumns(List<ScreeningRow> rows) {
        TreeSet<String> s = new TreeSet<>();
        rows.forEach(r -> s.addAll(r.icohpMean().keySet()));
        return List.copyOf(s);
    }
}
