package org.vaspflow.workflow.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vaspflow.analysis.bonding.CohpCurves;
import org.vaspflow.analysis.bonding.CohpPlot;
import org.vaspflow.analysis.plot.ChartFiles;
import org.vaspflow.io.lobster.Cohpcar;
import org.vaspflow.io.lobster.CohpcarReader;
import org.vaspflow.io.parse.Compression;

/**
 * COHP figures: for each finished calculation with a COHPCAR.lobster, the average −pCOHP over all bonds LOBSTER
 * wrote, per spin, E − E_F from −10 to 5 eV, bonding to the right ({@link CohpPlot}, as LobsterPy plots it).
 */
public final class CohpFigures implements FigureSection {
    private static final double LO_EV = -10;
    private static final double HI_EV = 5;

    @Override
    public String id() {
        return "cohp";
    }

    @Override
    public String title() {
        return "Crystal orbital Hamilton populations";
    }

    @Override
    public List<Figure> figures(List<CalculationFiles> calculations) {
        List<Figure> out = new ArrayList<>();
        for (CalculationFiles c : calculations) {
            if (out.size() == PdosFigures.MAX_FIGURES) {
                break;
            }
            Optional<Path> file = cohpcar(c.folder());
            if (file.isEmpty()) {
                continue;
            }
            Cohpcar car = CohpcarReader.read(file.get());
            CohpCurves curves = CohpCurves.of(car, List.of("average"), "both");
            String title = "−pCOHP of " + c.name() + " (average over bonds)";
            out.add(new Figure(title, "average over the bonds of the file (" + car.sets().size() + " data sets); E − E_F from "
                    + (int) LO_EV + " to " + (int) HI_EV + " eV; bonding to the right",
                    ChartFiles.inlineSvg(CohpPlot.chart(curves, LO_EV, HI_EV, title)),
                    new Provenance(c.relative(file.get()), "label average, both spins", Definitions.ICOHP.id())));
        }
        return out;
    }

    private static Optional<Path> cohpcar(Path folder) {
        try (var files = Files.list(folder)) {
            return files.filter(f -> Compression.baseName(f).equals("COHPCAR.lobster")).sorted().findFirst();
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }
}
