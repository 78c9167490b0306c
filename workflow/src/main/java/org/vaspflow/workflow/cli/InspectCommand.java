package org.vaspflow.workflow.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.parse.Progress;
import org.vaspflow.io.parse.ProgressBar;
import org.vaspflow.workflow.inspect.Inspectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vaspflow inspect PATH... [--json] [--arrays]}: what a file (or every known file of a calculation
 * folder) holds, with the keys of {@code shared/docs/CLI.md}. A file that cannot be read gives an object with
 * {@code error} (file, line, column) and the others are still reported; the exit code is then 1.
 *
 * <p>Files over ~100 MB get a progress bar on stderr (bytes of the file on disk read, rate, ETA) when stderr
 * is a terminal or {@code --progress} is given; stdout only ever carries the result.
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

    @Option(names = "--progress", description = "Progress bar on stderr for large files even when stderr is "
            + "not a terminal.")
    boolean progress;

    @Option(names = "--progress-min-mb", hidden = true, defaultValue = "100",
            description = "Smallest file (MB) that gets a progress bar.")
    long progressMinMb;

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
                    out.add(inspectOne(file));
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

    private Map<String, Object> inspectOne(Path file) {
        if (!progress && !stderrIsTerminal()) {
            return Inspectors.inspect(file, arrays);
        }
        try (ProgressBar bar = new ProgressBar(System.err, progressMinMb * 1024 * 1024);
             Progress.Scope scope = Progress.watch(file, bar)) {
            return Inspectors.inspect(file, arrays);
        }
    }

    /**
     * Whether file descriptor 2 is a terminal. Java 17 has no API for it ({@code System.console()} needs stdin
     * and stdout to be terminals, but {@code inspect --json > out.json} should still show the bar), so Linux's
     * {@code /proc/self/fd/2} link is read; elsewhere the answer is "no" and {@code --progress} asks for the bar.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
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
