package org.vaspflow.workflow.recovery;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vaspflow.io.parse.Compression;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.vasp.Incar;
import org.vaspflow.io.vasp.IncarReader;

/**
 * Finds the catalogue's errors in VASP output files. A file's role comes from its name ({@code OSZICAR*},
 * {@code OUTCAR*}, {@code vasprun*}; {@code *std_err*}, {@code *stderr*}, {@code *.err} and PBS's {@code *.eNNN}
 * are standard error; anything else is VASP's standard output, like custodian's {@code vasp.out}); a folder is searched file by file ({@code vasp.out},
 * {@code vasp.err}, {@code std_err.txt}, {@code OUTCAR}, {@code OSZICAR}, {@code vasprun.xml}). Text markers
 * are plain substrings matched line by line; the INCAR beside a file supplies NELM and the {@code unless_incar}
 * tags. Files are read through {@link Compression}, so {@code .gz} logs work. Unreadable output files give no
 * findings rather than an exception: a diagnosis must not fail on the damage it diagnoses.
 */
public final class Diagnoser {
    /** Files examined in a calculation folder, in this order. */
    public static final List<String> FOLDER_FILES = List.of("vasp.out", "vasp.err", "std_err.txt", "OUTCAR",
            "OSZICAR", "vasprun.xml");

    private final ErrorCatalog catalog;

    public Diagnoser(ErrorCatalog catalog) {
        this.catalog = catalog;
    }

    /** A file or a calculation folder. */
    public List<FileDiagnosis> diagnose(Path path) {
        if (Files.isDirectory(path)) {
            return diagnoseFolder(path, false);
        }
        return List.of(diagnoseFile(path, role(path)));
    }

    /** Every output file of a folder; {@code lost} adds the executor's verdict that the job vanished. */
    public List<FileDiagnosis> diagnoseFolder(Path folder, boolean lost) {
        List<FileDiagnosis> out = new ArrayList<>();
        for (String name : FOLDER_FILES) {
            Path f = folder.resolve(name);
            if (Files.isRegularFile(f)) {
                out.add(diagnoseFile(f, role(f)));
            }
        }
        if (lost) {
            catalog.errors().stream().filter(e -> e.detect().check().equals("lost")).findFirst()
                    .ifPresent(e -> out.add(new FileDiagnosis(folder.toString(), List.of(finding(e, 0,
                            "the job ended without writing its exit file")))));
        }
        return out;
    }

    /** Error ids across diagnoses, without repeats, in file order. */
    public static List<String> ids(List<FileDiagnosis> diagnoses) {
        return diagnoses.stream().flatMap(d -> d.errors().stream()).map(Finding::id).distinct().toList();
    }

    /** The ids of {@link #ids} that mean the run failed (not {@link ErrorEntry#warning()} ones). */
    public List<String> failures(List<FileDiagnosis> diagnoses) {
        return ids(diagnoses).stream().filter(id -> catalog.entry(id).map(e -> !e.warning()).orElse(true)).toList();
    }

    static String role(Path file) {
        String name = Compression.baseName(file).toLowerCase(Locale.ROOT);
        if (name.startsWith("oszicar")) {
            return "oszicar";
        }
        if (name.startsWith("outcar")) {
            return "outcar";
        }
        if (name.startsWith("vasprun")) {
            return "vasprun";
        }
        boolean stderr = name.contains("std_err") || name.contains("stderr") || name.endsWith(".err")
                || name.matches(".*\\.e\\d+");
        return stderr ? "stderr" : "stdout";
    }

    FileDiagnosis diagnoseFile(Path file, String role) {
        Incar incar = incarBeside(file);
        List<ErrorEntry> text = new ArrayList<>();
        List<Finding> found = new ArrayList<>();
        for (ErrorEntry e : catalog.errors()) {
            Detection d = e.detect();
            if (!d.in().contains(role)) {
                continue;
            }
            if (d.check().isEmpty()) {
                if (d.unlessIncar().stream().noneMatch(t -> incar.get(t).isPresent())) {
                    text.add(e);
                }
            } else {
                OutputChecks.check(d, file, incar).ifPresent(hit -> found.add(finding(e, hit.line(), hit.text())));
            }
        }
        if (!text.isEmpty()) {
            found.addAll(0, scan(file, text));
        }
        return new FileDiagnosis(file.toString(), found);
    }

    private List<Finding> scan(Path file, List<ErrorEntry> entries) {
        Map<ErrorEntry, Finding> hits = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Compression.open(file),
                StandardCharsets.ISO_8859_1))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null && hits.size() < entries.size()) {
                n++;
                for (ErrorEntry e : entries) {
                    if (!hits.containsKey(e) && e.detect().contains().stream().anyMatch(line::contains)) {
                        hits.put(e, finding(e, n, line.strip()));
                    }
                }
            }
        } catch (IOException | UncheckedIOException | ParseException e) {
            // a damaged log still yields what was read before the damage
        }
        return entries.stream().filter(hits::containsKey).map(hits::get).toList();
    }

    private static Finding finding(ErrorEntry e, int line, String text) {
        return new Finding(e.id(), line, text, e.ladder().isEmpty() ? List.of() : e.ladder().get(0));
    }

    private static Incar incarBeside(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        Path incar = dir == null ? null : dir.resolve("INCAR");
        if (incar == null || !Files.isRegularFile(incar)) {
            return Incar.empty();
        }
        try {
            return IncarReader.read(incar);
        } catch (ParseException e) {
            return Incar.empty();
        }
    }
}
