package org.vaspflow.analysis.plot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Writes an XChart chart as PNG or SVG, chosen by the file name's extension, or returns the SVG text for
 * inlining in an HTML report. Every plot of vaspflow (pDOS, COHP, free-energy steps, correlations) goes
 * through here so that output formats and their checks live in one place.
 */
public final class ChartFiles {

    private ChartFiles() {
    }

    /** The image formats a plot can be written in. */
    public enum Format { PNG, SVG }

    /** The format named by {@code file}'s extension ({@code .png} or {@code .svg}, any case). */
    public static Format formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            return Format.PNG;
        }
        if (name.endsWith(".svg")) {
            return Format.SVG;
        }
        throw new IllegalArgumentException("plot file must end in .png or .svg: " + file);
    }

    /** Writes {@code chart} to {@code file} in the format its extension names; parent folders are created. */
    public static void write(Chart<?, ?> chart, Path file) {
        Format format = formatOf(file);
        byte[] bytes = format == Format.PNG ? png(chart) : svg(chart).getBytes(StandardCharsets.UTF_8);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write plot " + file, e);
        }
    }

    /** The chart as PNG bytes. */
    public static byte[] png(Chart<?, ?> chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render PNG", e);
        }
    }

    /**
     * The chart as a standalone SVG document (UTF-8 text). XChart draws every label as glyph outlines, so the
     * document carries the chart's title as an SVG {@code <title>} element: screen readers, browsers' tooltips
     * and tests can read what the picture shows.
     */
    public static String svg(Chart<?, ?> chart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render SVG", e);
        }
        String svg = out.toString(StandardCharsets.UTF_8);
        int rootEnd = svg.indexOf('>', svg.indexOf("<svg"));
        String title = chart.getTitle() == null ? "" : chart.getTitle();
        return svg.substring(0, rootEnd + 1) + "\n  <title>" + escapeXml(title) + "</title>"
                + svg.substring(rootEnd + 1);
    }

    /** The chart as an {@code <svg>} element without XML declaration or DOCTYPE, to embed in HTML. */
    public static String inlineSvg(Chart<?, ?> chart) {
        String svg = svg(chart);
        return svg.substring(svg.indexOf("<svg"));
    }

    private static String escapeXml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
