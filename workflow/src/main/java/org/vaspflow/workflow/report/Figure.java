package org.vaspflow.workflow.report;

/**
 * One figure of a report section: an inline SVG (from {@code ChartFiles.inlineSvg(chart)}) with its caption and
 * provenance.
 *
 * @param title      heading of the figure
 * @param caption    one or two sentences saying what is shown
 * @param inlineSvg  an {@code <svg>} element (no XML declaration); embedded as is, so it must come from a trusted
 *                   renderer such as XChart, never from user text
 * @param provenance files, settings and definition of what is plotted
 */
public record Figure(String title, String caption, String inlineSvg, Provenance provenance) {
    public Figure {
        if (!inlineSvg.stripLeading().startsWith("<svg")) {
            throw new IllegalArgumentException("a figure's inlineSvg must be an <svg> element");
        }
    }
}
