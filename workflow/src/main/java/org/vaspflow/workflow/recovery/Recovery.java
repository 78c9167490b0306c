package org.vaspflow.workflow.recovery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.vasp.Incar;
import org.vaspflow.io.vasp.IncarReader;
import org.vaspflow.io.vasp.IncarValue;
import org.vaspflow.io.vasp.Kpoints;
import org.vaspflow.io.vasp.KpointsReader;
import org.vaspflow.io.vasp.KpointsWriter;

/**
 * Applies catalogue corrections to a calculation folder. Before anything changes, the folder's inputs and
 * outputs are copied into {@code attempt-N/} (N = the attempt that failed); then each error's ladder step is
 * applied (escalating with how often that error was corrected before), and the previous run's outputs are
 * removed so the next run starts clean (CHGCAR and WAVECAR stay unless a step deletes them: they are restart
 * data). Corrections only ever come from the catalogue; this class decides nothing by itself.
 */
public final class Recovery {
    /** Files copied into {@code attempt-N/} (those present). */
    public static final List<String> BACKUP = List.of("INCAR", "KPOINTS", "POSCAR", "POTCAR.spec", "lobsterin",
            "CONTCAR", "OUTCAR", "OSZICAR", "vasprun.xml", "vasp.out", "vasp.err", "std_err.txt", "vaspflow.exitcode",
            "vaspflow.job", "vaspflow.job.sh", "vaspflow.job.log");
    /** Output files removed after the backup so the next attempt cannot be confused by them. */
    static final List<String> OUTPUTS = List.of("CONTCAR", "OUTCAR", "OSZICAR", "vasprun.xml", "vasp.out",
            "vasp.err", "std_err.txt", "vaspflow.exitcode", "vaspflow.job", "vaspflow.job.log", "XDATCAR", "DOSCAR",
            "EIGENVAL", "PROCAR", "IBZKPT", "PCDAT", "REPORT", "STOPCAR");
    private static final Pattern NBANDS = Pattern.compile("NBANDS\\s*=\\s*(\\d+)");

    private final ErrorCatalog catalog;

    public Recovery(ErrorCatalog catalog) {
        this.catalog = catalog;
    }

    /** One applied ladder step. */
    public record Applied(String errorId, int step, String description) {
    }

    /**
     * Corrects the folder for the errors found in attempt {@code attempt}. {@code previousSteps} says how often
     * each error id was corrected on this calculation before (the ladder index to use). Returns the steps
     * applied; empty when no error has a ladder step left (nothing is changed then, not even the backup).
     */
    public List<Applied> apply(Path folder, int attempt, List<String> errorIds, Map<String, Integer> previousSteps)
            throws IOException {
        List<Applied> plan = new ArrayList<>();
        List<List<Action>> actions = new ArrayList<>();
        for (String id : errorIds) {
            Optional<ErrorEntry> e = catalog.entry(id);
            int step = previousSteps.getOrDefault(id, 0);
            if (e.isPresent() && step < e.get().ladder().size()) {
                List<Action> s = e.get().ladder().get(step);
                plan.add(new Applied(e.get().id(), step, String.join("; ", s.stream().map(Action::describe)
                        .toList())));
                actions.add(s);
            }
        }
        if (plan.isEmpty()) {
            return plan;
        }
        backup(folder, attempt);
        for (List<Action> step : actions) {
            for (Action a : step) {
                apply(folder, a);
            }
        }
        for (String f : OUTPUTS) {
            Files.deleteIfExists(folder.resolve(f));
        }
        return plan;
    }

    /** Copies the folder's files into {@code attempt-N/}. */
    public static Path backup(Path folder, int attempt) throws IOException {
        Path dir = folder.resolve("attempt-" + attempt);
        Files.createDirectories(dir);
        for (String f : BACKUP) {
            Path p = folder.resolve(f);
            if (Files.isRegularFile(p)) {
                Files.copy(p, dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return dir;
    }

    void apply(Path folder, Action a) throws IOException {
        for (Map.Entry<String, String> c : a.copy().entrySet()) {
            Path src = folder.resolve(c.getKey());
            if (Files.isRegularFile(src) && Files.size(src) > 0) {
                Files.copy(src, folder.resolve(c.getValue()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        for (String f : a.delete()) {
            Files.deleteIfExists(folder.resolve(f));
        }
        if (!a.set().isEmpty() || !a.unset().isEmpty() || !a.scale().isEmpty()) {
            Path incarFile = folder.resolve("INCAR");
            Incar incar = Files.isRegularFile(incarFile) ? IncarReader.read(incarFile) : Incar.empty();
            for (Map.Entry<String, Object> s : a.set().entrySet()) {
                incar = incar.with(s.getKey(), value(s.getKey(), String.valueOf(s.getValue())));
            }
            for (String t : a.unset()) {
                incar = incar.without(t);
            }
            for (Map.Entry<String, Double> s : a.scale().entrySet()) {
                incar = scale(folder, incar, s.getKey(), s.getValue());
            }
            Files.writeString(incarFile, incar.write(true), StandardCharsets.US_ASCII);
        }
        if (!a.kpoints().equals(Action.KpointsChange.NONE)) {
            kpoints(folder.resolve("KPOINTS"), a.kpoints());
        }
    }

    private Incar scale(Path folder, Incar incar, String tag, double factor) {
        Optional<IncarValue> v = incar.get(tag);
        double current;
        boolean integer;
        if (v.isPresent() && (v.get() instanceof IncarValue.Int || v.get() instanceof IncarValue.Real)) {
            current = OutputChecks.number(incar, tag, 0);
            integer = v.get() instanceof IncarValue.Int;
        } else if (tag.equalsIgnoreCase("NBANDS")) {
            current = nbandsFromOutcar(folder).orElse(0);
            integer = true;
        } else if (catalog.incarDefaults().containsKey(tag)) {
            IncarValue d = value(tag, String.valueOf(catalog.incarDefaults().get(tag)));
            current = OutputChecks.number(Incar.empty().with(tag, d), tag, 0);
            integer = d instanceof IncarValue.Int;
        } else {
            return incar;
        }
        if (current == 0) {
            return incar;
        }
        if (integer) {
            long c = (long) current;
            long next = (long) Math.floor(current * factor);
            next = factor > 1 ? Math.max(next, c + 1) : Math.max(1, Math.min(next, c - 1));
            return incar.with(tag, new IncarValue.Int(next));
        }
        double next = Double.parseDouble(String.format(java.util.Locale.ROOT, "%.4g", current * factor));
        return incar.with(tag, new IncarValue.Real(next));
    }

    private static Optional<Integer> nbandsFromOutcar(Path folder) {
        Path outcar = folder.resolve("OUTCAR");
        if (!Files.isRegularFile(outcar)) {
            return Optional.empty();
        }
        try (var lines = Files.lines(outcar, StandardCharsets.ISO_8859_1)) {
            return lines.map(NBANDS::matcher).filter(Matcher::find).findFirst().map(m -> Integer.parseInt(m.group(1)));
        } catch (IOException | java.io.UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** A value typed as the INCAR reader would type it in a file. */
    static IncarValue value(String tag, String text) {
        return IncarReader.parse("correction", tag + " = " + text).get(tag).orElseThrow();
    }

    private static void kpoints(Path file, Action.KpointsChange change) throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        Kpoints k;
        try {
            k = KpointsReader.read(file);
        } catch (ParseException e) {
            return;
        }
        if (!k.style().equals("Gamma") && !k.style().equals("Monkhorst")) {
            return;
        }
        int[] div = k.divisions();
        for (int i = 0; i < div.length; i++) {
            if (change.scale() > 0) {
                div[i] = (int) Math.ceil(div[i] * change.scale());
            }
            if (change.odd() && div[i] % 2 == 0) {
                div[i]++;
            }
        }
        String style = change.style().isEmpty() ? k.style() : change.style();
        Kpoints next = Kpoints.mesh(k.comment(), style.equals("Gamma"), div, k.shift());
        Files.writeString(file, KpointsWriter.write(next), StandardCharsets.US_ASCII);
    }
}
