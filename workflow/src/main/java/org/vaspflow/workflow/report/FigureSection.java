package org.vaspflow.workflow.report;

import java.util.List;

/**
 * The hook for figures: a report section made of figures, computed from the campaign's finished calculations.
 * pDOS/COHP plots and free-energy diagrams plug in here (one implementation each), registered in
 * {@code ReportCommand.FIGURE_SECTIONS}; the report itself draws no figure of its own.
 *
 * <p>An implementation should skip calculations without the files it needs and throw only for a bug; a
 * {@link RuntimeException} it throws is caught by the report and shown in the section as a problem, so one bad
 * plot never loses the report.
 */
public interface FigureSection {
    /** Anchor id of the section (letters, digits, '-'), e.g. {@code pdos}. */
    String id();

    /** Heading of the section, e.g. "Projected DOS". */
    String title();

    /** The figures for these calculations (DONE ones, in store order); empty when none applies. */
    List<Figure> figures(List<CalculationFiles> calculations);
}
