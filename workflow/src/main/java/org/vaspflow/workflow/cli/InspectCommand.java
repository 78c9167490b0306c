package org.vaspflow.workflow.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.workflow.inspect.Inspectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vaspflow inspect PATH... [--json] [--arrays]}: what a file (or every known file of a calculation
 * folder) holds, with the keys of {@code shared/docs/CLI.md}. A file that cannot be read gives an object with
 * {@code error} (file, line, column) and the others are still reported; the exit code is then 1.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Show what VASP/LOBSTER files (or calculation folders) hold.")
public final class InspectCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or calculation folders.")
    List<Path> paths;

    @Option(names = "--json", description = "One JSON array on stdout.")
    boolean json;

    @Option(names = "--arrays", description = "Full parse; report numeric arrays as {shape, sum}.")
    boolean arrays;

    @Override
    public Integer call() throws Exception {
        List<Map<String, Object>> out = new ArrayList<>();
        boolean failed = false;
        for (Path path : paths) {
            List<Path> files = Files.isDirectory(path) ? Inspectors.knownFiles(path) : List.of(path);
            if (!Files.exists(path)) {
                out.add(errorEntry(path, "no such file or folder", 0, 0));
                failed = true;
                continue;
            }
            for (Path file : files) {
                try {
                    out.add(Inspectors.inspect(file, arrays));
                } catch (ParseException e) {
                    Map<String, Object> entry = errorEntry(file, e.getMessage(), e.line(), e.column());
                    out.add(entry);
                    failed = true;
                }
            }
        }
        if (json) {
            System.out.println(Json.MAPPER.writeValueAsString(out));
        } else {
            for (Map<String, Object> entry : out) {
                System.out.println(entry.get("file") + ":");
                for (Map.Entry<String, Object> e : entry.entrySet()) {
                    if (!e.getKey().equals("file")) {
                        System.out.println("  " + e.getKey() + ": " + Json.MAPPER.writer().without(
                                com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                                .writeValueAsString(e.getValue()));
                    }
                }
            }
        }
        return failed ? 1 : 0;
    }

    private static Map<String, Object> errorEntry(Path file, String message, int line, int column) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("file", file.toString());
        entry.put("format", "unknown");
        entry.put("complete", false);
        Map<String, Object> err = new LinkedHashMap<>();
        err.put("message", message);
        err.put("line", line);
        err.put("column", column);
        entry.put("error", err);
        return entry;
    }
}
