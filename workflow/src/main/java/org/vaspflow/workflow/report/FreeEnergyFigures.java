package org.vaspflow.workflow.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vaspflow.analysis.plot.ChartFiles;
import org.vaspflow.analysis.thermo.FreeEnergyDiagram;
import org.vaspflow.analysis.thermo.FreeEnergyPlot;
import org.vaspflow.analysis.thermo.FreeEnergyResult;
import org.vaspflow.analysis.thermo.PathwayLoader;

/**
 * Free-energy diagrams: every {@code *pathway*.yaml} in the campaign folder (the campaign's {@code pathways}; see
 * {@code docs/free-energy.md}),
 * computed with species energies read from the run folders it names, drawn at U = 0, U_eq and the limiting
 * potentials ({@link FreeEnergyPlot}). A pathway whose folders are not finished yet is skipped.
 */
public final class FreeEnergyFigures implements FigureSection {
    @Override
    public String id() {
        return "free-energy";
    }

    @Override
    public String title() {
        return "Free-energy diagrams";
    }

    @Override
    public List<Figure> figures(List<CalculationFiles> calculations) {
        if (calculations.isEmpty()) {
            return List.of();
        }
        Path campaign = calculations.get(0).campaignFolder();
        List<Figure> out = new ArrayList<>();
        try (var files = Files.list(campaign)) {
            for (Path p : files.filter(f -> f.getFileName().toString().matches(".*pathway.*\\.ya?ml")).sorted().toList()) {
                FreeEnergyResult r;
                try {
                    r = FreeEnergyDiagram.compute(PathwayLoader.load(p), campaign);
                } catch (RuntimeException e) {
                    continue;
                }
                out.add(new Figure("Free energy: " + p.getFileName(), String.format(Locale.ROOT,
                        "U_eq %.3f V; limiting potentials %.3f V (reduction) and %.3f V (oxidation); overpotentials "
                        + "%.3f V and %.3f V", r.equilibriumPotentialV(), r.limitingPotentialReductionV(),
                        r.limitingPotentialOxidationV(), r.overpotentialReductionV(), r.overpotentialOxidationV()),
                        ChartFiles.inlineSvg(FreeEnergyPlot.chart(r)),
                        new Provenance(campaign.relativize(p).toString(), "pathway file", Definitions.FREE_ENERGY.id())));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }
}
