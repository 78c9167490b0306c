package org.vaspflow.workflow.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vaspflow.analysis.plot.ChartFiles;
import org.vaspflow.analysis.table.Correlation;
import org.vaspflow.analysis.table.CorrelationPlot;
import org.vaspflow.analysis.table.ScreeningColumns;
import org.vaspflow.analysis.table.ScreeningOptions;
import org.vaspflow.analysis.table.ScreeningRow;
import org.vaspflow.analysis.table.ScreeningTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vaspflow table DIR...}: one row per calculation folder (columns: {@code docs/tables.md}), written as CSV or
 * JSON, optionally with a correlation plot of two columns ({@code --plot X:Y --plot-out FILE.png}). Columns that
 * no folder holds (an adsorption energy, say) come from {@code --values FILE.csv}, joined by folder.
 */
@Command(name = "table", mixinStandardHelpOptions = true,
        description = "Screening table: energy, magnetization, d-band centre, M-O bond lengths, ICOHP per folder.")
public final class TableCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Calculation folders.")
    List<Path> folders;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the table (.csv or .json).")
    Path out;

    @Option(names = "--element", paramLabel = "EL", description = "Report the d-band centre of this element.")
    String element = "";

    @Option(names = "--pair", paramLabel = "A-B", description = "Report the mean ICOHP of this pair only.")
    String pair = "";

    @Option(names = "--anion", defaultValue = "O", description = "Anion of the mean metal-anion bond length "
            + "(default ${DEFAULT-VALUE}).")
    String anion;

    @Option(names = "--bond-cutoff", defaultValue = "2.6", paramLabel = "ANGSTROM",
            description = "Largest metal-anion distance counted as a bond, A (default ${DEFAULT-VALUE}).")
    double bondCutoff;

    @Option(names = "--values", paramLabel = "FILE.csv", description = "Extra numeric columns: a CSV whose first "
            + "column is the folder (as given, or its last name) and whose header names the columns.")
    Path values;

    @Option(names = "--plot", paramLabel = "X:Y", description = "Correlation plot of column Y against column X.")
    String plot;

    @Option(names = "--plot-out", paramLabel = "FILE", description = "Where the correlation plot goes (.png/.svg).")
    Path plotOut;

    @Option(names = "--json", description = "One JSON document on stdout.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if ((plot == null) != (plotOut == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--plot X:Y and --plot-out FILE go together");
        }
        if (plotOut != null) {
            ChartFiles.formatOf(plotOut);
        }
        String format = out == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (out != null && !format.endsWith(".csv") && !format.endsWith(".json")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out must end in .csv or .json: " + out);
        }
        ScreeningOptions options = new ScreeningOptions(element, pair, anion, bondCutoff);
        List<ScreeningRow> rows = ScreeningTable.build(folders, options);
        ScreeningColumns cols = new ScreeningColumns(rows, options);
        ExtraColumns extra = values == null ? ExtraColumns.NONE : ExtraColumns.read(values);
        List<Map<String, Object>> table = new ArrayList<>();
        for (ScreeningRow r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            cols.values(r).forEach((k, v) -> m.put(k, v instanceof Double d && Double.isNaN(d) ? null : v));
            extra.names().forEach(n -> m.put(n, extra.value(r.folder(), n)));
            table.add(m);
        }
        if (out != null) {
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            if (format.endsWith(".json")) {
                Files.writeString(out, Json.MAPPER.writeValueAsString(table));
            } else {
                Files.writeString(out, csv(table));
            }
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("rows", table);
        if (plot != null) {
            doc.put("correlation", correlate(rows, cols, extra));
        }
        long failed = rows.stream().filter(r -> !r.ok()).count();
        rows.stream().filter(r -> !r.ok()).forEach(r -> System.err.println("vaspflow table: " + r.error()));
        if (json) {
            System.out.println(Json.MAPPER.writeValueAsString(doc));
        } else if (out == null) {
            System.out.print(csv(table));
        }
        return failed == rows.size() ? 1 : 0;
    }

    private Map<String, Object> correlate(List<ScreeningRow> rows, ScreeningColumns cols, ExtraColumns extra) {
        String[] xy = plot.split(":");
        if (xy.length != 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--plot needs X:Y (two column names)");
        }
        double[] x = column(rows, cols, extra, xy[0]);
        double[] y = column(rows, cols, extra, xy[1]);
        Correlation c = Correlation.fit(xy[0], x, xy[1], y, rows.stream().map(ScreeningRow::folder).toList());
        ChartFiles.write(CorrelationPlot.chart(c), plotOut);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("x", c.xColumn());
        m.put("y", c.yColumn());
        m.put("slope", c.slope());
        m.put("intercept", c.intercept());
        m.put("r_squared", c.rSquared());
        m.put("n", c.n());
        m.put("skipped", c.skipped());
        m.put("definition", "ordinary least squares with intercept (Commons Math SimpleRegression); "
                + "R^2 = 1 - SS_res/SS_tot; rows without both values skipped");
        m.put("plot", plotOut.toString());
        return m;
    }

    private static double[] column(List<ScreeningRow> rows, ScreeningColumns cols, ExtraColumns extra, String name) {
        if (extra.names().contains(name)) {
            return rows.stream().mapToDouble(r -> {
                Double v = extra.value(r.folder(), name);
                return v == null ? Double.NaN : v;
            }).toArray();
        }
        return cols.numeric(rows, name);
    }

    private static String csv(List<Map<String, Object>> table) {
        if (table.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(String.join(",", table.get(0).keySet())).append('\n');
        for (Map<String, Object> row : table) {
            List<String> cells = new ArrayList<>();
            for (Object v : row.values()) {
                String s = v == null ? "" : String.valueOf(v);
                cells.add(s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s);
            }
            sb.append(String.join(",", cells)).append('\n');
        }
        return sb.toString();
    }

    /** Numeric columns from a user CSV, keyed by folder (as written, or its last path component). */
    record ExtraColumns(List<String> names, Map<String, Map<String, Double>> byFolder) {
        static final ExtraColumns NONE = new ExtraColumns(List.of(), Map.of());

        static ExtraColumns read(Path file) throws IOException {
            List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
            if (lines.isEmpty()) {
                throw new IllegalArgumentException(file + ": empty --values file");
            }
            String[] header = lines.get(0).split(",", -1);
            List<String> names = new ArrayList<>();
            for (int i = 1; i < header.length; i++) {
                names.add(header[i].strip());
            }
            Map<String, Map<String, Double>> by = new LinkedHashMap<>();
            for (int l = 1; l < lines.size(); l++) {
                String[] cells = lines.get(l).split(",", -1);
                if (cells.length != header.length) {
                    throw new IllegalArgumentException(file + ":" + (l + 1) + ": " + cells.length + " cells, header has "
                            + header.length);
                }
                Map<String, Double> m = new LinkedHashMap<>();
                for (int i = 1; i < cells.length; i++) {
                    String c = cells[i].strip();
                    try {
                        m.put(names.get(i - 1), c.isEmpty() ? null : Double.parseDouble(c));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(file + ":" + (l + 1) + ": '" + c + "' in column "
                                + names.get(i - 1) + " is not a number", e);
                    }
                }
                by.put(cells[0].strip(), m);
            }
            return new ExtraColumns(List.copyOf(names), by);
        }

        Double value(String folder, String name) {
            Map<String, Double> m = byFolder.get(folder);
            if (m == null) {
                Path p = Path.of(folder).getFileName();
                m = p == null ? null : byFolder.get(p.toString());
            }
            return m == null ? null : m.get(name);
        }
    }
}
