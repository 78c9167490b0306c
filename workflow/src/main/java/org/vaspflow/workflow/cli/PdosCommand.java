package org.vaspflow.workflow.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vaspflow.analysis.dos.Pdos;
import org.vaspflow.analysis.dos.PdosCurves;
import org.vaspflow.analysis.dos.PdosPlot;
import org.vaspflow.analysis.dos.ProjectedDos;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vaspflow pdos PATH --select EL:ORB[,…] [--broaden SIGMA] [--erange LO:HI] --out FILE.(csv|png|svg)}:
 * summed pDOS of selections, optionally Gaussian-broadened as pymatgen does, exported as CSV or plotted with the
 * band centre of each d selection marked; {@code --json} reports electron counts and band centres.
 */
@Command(name = "pdos", mixinStandardHelpOptions = true,
        description = "Projected DOS of selections (elements, sites, orbitals, spins): CSV, PNG or SVG.")
public final class PdosCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PATH",
            description = "vasprun.xml, DOSCAR (POSCAR beside it), DOSCAR.lobster, or a calculation folder.")
    Path path;

    @Option(names = "--select", required = true, split = ",", paramLabel = "WHO:ORB[:SPIN]",
            description = "Selections, e.g. Ru:d,O:p,Ru:t2g:up,0+3:eg (WHO = element(s) or 0-based sites joined by +, "
                    + "or *; ORB = s|p|d|f|t2g|eg|px|py|pz|dxy|dyz|dz2|dxz|dx2-y2; SPIN = total|up|down; without "
                    + "SPIN a spin-polarised DOS gives an up and a down curve).")
    List<String> selections;

    @Option(names = "--broaden", paramLabel = "SIGMA", defaultValue = "0",
            description = "Gaussian sigma in eV (pymatgen Dos.get_smeared_densities); 0 = none. Default: ${DEFAULT-VALUE}.")
    double sigma;

    @Option(names = "--erange", paramLabel = "LO:HI",
            description = "Energy window relative to E-fermi for CSV and plot, e.g. -8:4. Default: the whole grid.")
    String erange;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file(s): .csv, .png or .svg (repeatable).")
    List<Path> outputs = new ArrayList<>();

    @Option(names = "--json", description = "One JSON document on stdout.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        double[] window = Ranges.parse(erange, spec);
        if (sigma < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--broaden must be >= 0");
        }
        ProjectedDos dos = read(path);
        Path file = Path.of(dos.source());
        for (String text : selections) {
            try {
                Pdos.parse(text, "total");
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        PdosCurves curves = PdosCurves.of(dos, selections, sigma);
        CurveOutputs.write(outputs, () -> curves.csv(window[0], window[1]),
                () -> PdosPlot.chart(curves, window[0], window[1], "pDOS of " + file.getFileName()), spec);
        if (json) {
            System.out.println(Json.MAPPER.writeValueAsString(report(file, dos, curves)));
        } else {
            for (PdosCurves.Curve c : curves.curves()) {
                System.out.printf(Locale.ROOT, "%-16s electrons to E_F %9.4f%s%n", c.label(), c.electrons(),
                        c.isD() ? String.format(Locale.ROOT, "   band centre %8.4f eV", c.dCenterEv()) : "");
            }
        }
        return 0;
    }

    private Map<String, Object> report(Path file, ProjectedDos dos, PdosCurves curves) {
        List<Map<String, Object>> sel = new ArrayList<>();
        for (PdosCurves.Curve c : curves.curves()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", c.label());
            m.put("elements", c.selection().elements());
            m.put("sites", c.selection().sites());
            m.put("orbital", c.selection().orbitals());
            m.put("spin", c.selection().spin());
            m.put("electrons_to_efermi", c.electrons());
            if (c.isD()) {
                m.put("dband_center", c.dCenterEv());
            }
            sel.add(m);
        }
        Map<String, Object> def = new LinkedHashMap<>();
        def.put("energy_reference", "E - E_fermi");
        def.put("efermi", dos.efermiEv());
        def.put("broadening", sigma > 0 ? String.format(Locale.ROOT, "Gaussian sigma %s eV: scipy gaussian_filter1d("
                + "rho, sigma/mean_step), kernel truncated at 4 sigma, normalised to unit sum, edges reflected "
                + "(pymatgen Dos.get_smeared_densities)", sigma) : "none");
        def.put("electrons_to_efermi", "trapezoid on the unbroadened grid from the first point to E_F (last interval "
                + "cut at 0 by linear interpolation)");
        def.put("dband_center", "first moment of the unbroadened selection over the whole grid (Hammer & Norskov "
                + "1995; pymatgen CompleteDos.get_band_center default)");
        def.put("plot", "spin down drawn negative; E_F at 0");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("source", file.toString());
        out.put("efermi", dos.efermiEv());
        out.put("ispin", dos.nSpins());
        out.put("n_energies", dos.nEnergies());
        out.put("sigma", sigma);
        out.put("erange", erange == null ? "whole grid" : erange);
        out.put("selections", sel);
        out.put("outputs", outputs.stream().map(Path::toString).toList());
        out.put("definition", def);
        return out;
    }

    static ProjectedDos read(Path p) throws java.io.IOException {
        return ProjectedDos.find(p);
    }
}
