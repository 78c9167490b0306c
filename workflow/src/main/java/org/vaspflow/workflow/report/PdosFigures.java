package org.vaspflow.workflow.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vaspflow.analysis.dos.PdosCurves;
import org.vaspflow.analysis.dos.PdosPlot;
import org.vaspflow.analysis.dos.ProjectedDos;
import org.vaspflow.analysis.plot.ChartFiles;
import org.vaspflow.io.structure.Element;

/**
 * pDOS figures: for each finished calculation with a projected DOS (DOS steps first; others only when no step
 * is a DOS step), the d states of every transition metal and the O/C p states, unbroadened, E−E_F from −8 to
 * 4 eV, each d-band centre marked ({@link PdosPlot}).
 */
public final class PdosFigures implements FigureSection {
    /** At most this many figures, so a large campaign's report stays readable. */
    static final int MAX_FIGURES = 12;
    private static final double LO_EV = -8;
    private static final double HI_EV = 4;

    @Override
    public String id() {
        return "pdos";
    }

    @Override
    public String title() {
        return "Projected DOS";
    }

    @Override
    public List<Figure> figures(List<CalculationFiles> calculations) {
        boolean dosSteps = calculations.stream().anyMatch(c -> c.step().contains("dos"));
        List<Figure> out = new ArrayList<>();
        for (CalculationFiles c : calculations) {
            if (out.size() == MAX_FIGURES || dosSteps && !c.step().contains("dos")) {
                continue;
            }
            ProjectedDos dos;
            try {
                dos = ProjectedDos.find(c.folder());
            } catch (IOException | RuntimeException e) {
                continue;
            }
            List<String> selections = selections(dos);
            if (selections.isEmpty()) {
                continue;
            }
            PdosCurves curves = PdosCurves.of(dos, selections, 0);
            String title = "pDOS of " + c.name();
            out.add(new Figure(title, String.join(", ", selections) + "; E − E_F from " + (int) LO_EV + " to "
                    + (int) HI_EV + " eV; dotted lines: d-band centres (whole grid)",
                    ChartFiles.inlineSvg(PdosPlot.chart(curves, LO_EV, HI_EV, title)),
                    new Provenance(c.relative(java.nio.file.Path.of(dos.source())), "selections " + selections
                            + ", no broadening", Definitions.DBAND.id())));
        }
        return out;
    }

    /** d of each transition metal, p of O and C, in the order the species appear. */
    static List<String> selections(ProjectedDos dos) {
        Set<String> out = new LinkedHashSet<>();
        for (String species : dos.species()) {
            Element el = Element.parse(species).orElse(null);
            if (el != null && el.isTransitionMetal()) {
                out.add(el.symbol() + ":d");
            } else if (el != null && (el.symbol().equals("O") || el.symbol().equals("C"))) {
                out.add(el.symbol() + ":p");
            }
        }
        return new ArrayList<>(out);
    }
}
