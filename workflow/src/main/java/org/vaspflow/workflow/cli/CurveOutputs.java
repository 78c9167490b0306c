package org.vaspflow.workflow.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.knowm.xchart.internal.chartpart.Chart;
import org.vaspflow.analysis.plot.ChartFiles;
import picocli.CommandLine;

/** The {@code --out FILE…} of the curve commands ({@code pdos}, {@code cohp}): CSV, or a PNG/SVG plot, by extension. */
final class CurveOutputs {
    private CurveOutputs() {
    }

    static void write(List<Path> outputs, Supplier<String> csv, Supplier<Chart<?, ?>> chart,
            CommandLine.Model.CommandSpec spec) throws IOException {
        for (Path out : outputs) {
            String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".csv")) {
                Files.createDirectories(out.toAbsolutePath().getParent());
                Files.writeString(out, csv.get(), StandardCharsets.UTF_8);
            } else if (name.endsWith(".png") || name.endsWith(".svg")) {
                ChartFiles.write(chart.get(), out);
            } else {
                throw new CommandLine.ParameterException(spec.commandLine(), "--out must end in .csv, .png or .svg: "
                        + out);
            }
        }
    }
}
