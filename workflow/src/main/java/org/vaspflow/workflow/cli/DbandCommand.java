package org.vaspflow.workflow.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vaspflow.analysis.dos.DBand;
import org.vaspflow.analysis.dos.DosSelection;
import org.vaspflow.analysis.dos.ProjectedDos;
import org.vaspflow.io.parse.Compression;
import org.vaspflow.io.parse.FileFormat;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.vasp.Dos;
import org.vaspflow.io.vasp.out.Doscar;
import org.vaspflow.io.vasp.out.DoscarReader;
import org.vaspflow.io.vasp.xml.Vasprun;
import org.vaspflow.io.vasp.xml.VasprunOptions;
import org.vaspflow.io.vasp.xml.VasprunReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vaspflow dband PATH}: d-band (or any orbital set's) centre, width, filling, skewness, kurtosis and upper
 * edge of a selection, from vasprun.xml or DOSCAR, with the definition used (CLI.md keys).
 */
@Command(name = "dband", mixinStandardHelpOptions = true,
        description = "Band centre, width, filling, skewness, kurtosis and upper edge of a pDOS selection.")
public final class DbandCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PATH", description = "vasprun.xml, DOSCAR, DOSCAR.lobster or a calculation folder.")
    Path path;

    @Option(names = "--element", description = "Element(s) to sum, e.g. Ru (repeatable).")
    List<String> elements = new ArrayList<>();

    @Option(names = "--site", description = "0-based site index(es) in POSCAR order (repeatable).")
    List<Integer> sites = new ArrayList<>();

    @Option(names = "--orbital", defaultValue = "d",
            description = "d | t2g | eg | dxy | dyz | dz2 | dxz | dx2-y2 (or s, p, f). Default: ${DEFAULT-VALUE}.")
    String orbital;

    @Option(names = "--spin", defaultValue = "total", description = "total | up | down. Default: ${DEFAULT-VALUE}.")
    String spin;

    @Option(names = "--erange", paramLabel = "LO:HI",
            description = "Window relative to E-fermi in eV, e.g. -10:0 (LobsterPy). Default: the whole grid (pymatgen).")
    String erange;

    @Option(names = "--json", description = "One JSON document on stdout.")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path file = resolve(path);
        FileFormat format = FileFormat.detect(file).orElse(FileFormat.DOSCAR);
        double[] window = Ranges.parse(erange, spec);
        double lo = window[0];
        double hi = window[1];
        DosSelection sel = new DosSelection(elements, sites, orbital, spin);
        DBand d;
        if (format == FileFormat.LOBSTER_DOSCAR) {
            // per-atom LOBSTER basis functions, energies already relative to E-fermi
            d = DBand.of(ProjectedDos.read(file), sel, lo, hi);
        } else if (format == FileFormat.VASPRUN) {
            Vasprun v = VasprunReader.read(file, VasprunOptions.DEFAULT);
            Dos dos = v.dos().orElseThrow(() -> new ParseException(file, 0, 0, "", "no <dos> block in this vasprun.xml"));
            d = DBand.of(dos, v.atomSymbols(), sel, lo, hi, file.toString());
        } else {
            Doscar doscar = DoscarReader.read(file);
            d = DBand.of(doscar.dos(), doscar.speciesPerIon(), sel, lo, hi, file.toString());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("center", d.centerEv());
        out.put("width", d.widthEv());
        out.put("filling", d.filling());
        out.put("skewness", d.skewness());
        out.put("kurtosis", d.kurtosis());
        out.put("upper_edge", d.upperEdgeEv());
        Map<String, Object> selection = new LinkedHashMap<>();
        selection.put("elements", elements);
        selection.put("sites", sites);
        selection.put("orbital", orbital);
        selection.put("spin", spin);
        out.put("selection", selection);
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("energy_reference", d.definition().energyReference());
        definition.put("efermi", d.definition().efermiEv());
        definition.put("erange", erange == null ? "whole grid" : List.of(lo, hi));
        definition.put("spin", spin);
        definition.put("integration", d.definition().integration());
        definition.put("citation", "centre: Hammer & Norskov, Surf. Sci. 343, 211 (1995); upper edge: Xin et al., "
                + "PRB 89, 115114 (2014); definitions as pymatgen 2022.11.7 CompleteDos");
        out.put("definition", definition);
        out.put("source", file.toString());
        if (json) {
            System.out.println(Json.MAPPER.writeValueAsString(out));
        } else {
            System.out.printf("d-band of %s (%s, spin %s): centre %.4f eV, width %.4f eV, filling %.4f%n",
                    elements.isEmpty() ? "sites " + sites : String.join(",", elements), orbital, spin, d.centerEv(),
                    d.widthEv(), d.filling());
        }
        return 0;
    }

    /** A folder's vasprun.xml (any compression), else its DOSCAR. */
    static Path resolve(Path p) throws java.io.IOException {
        if (!Files.isDirectory(p)) {
            return p;
        }
        try (var s = Files.list(p)) {
            List<Path> files = s.sorted().toList();
            for (String want : new String[] {"vasprun.xml", "DOSCAR"}) {
                for (Path f : files) {
                    if (Compression.baseName(f).equals(want)) {
                        return f;
                    }
                }
            }
        }
        throw new ParseException(p, 0, 0, "", "no vasprun.xml or DOSCAR in this folder");
    }
}
