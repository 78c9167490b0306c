package org.vaspflow.workflow.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vaspflow.workflow.recovery.Action;
import org.vaspflow.workflow.recovery.Diagnoser;
import org.vaspflow.workflow.recovery.ErrorCatalog;
import org.vaspflow.workflow.recovery.FileDiagnosis;
import org.vaspflow.workflow.recovery.Finding;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vaspflow diagnose PATH... [--json] [--catalog FILE]}: the catalogue's errors in VASP logs, OUTCAR,
 * OSZICAR, vasprun.xml or whole calculation folders →
 * {@code [{"file","errors":[{"id","line","text","correction":[…]}]}]}; {@code id} is custodian's error name
 * where custodian has one. Exit 0 whether or not errors are found.
 */
@Command(name = "diagnose", mixinStandardHelpOptions = true, description = "Find known VASP errors in output files.")
public final class DiagnoseCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or calculation folders.")
    List<Path> paths;

    @Option(names = "--json", description = "A JSON array on stdout.")
    boolean json;

    @Option(names = "--catalog", description = "Error catalogue YAML (default: the built-in one).")
    Path catalog;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Diagnoser d = new Diagnoser(catalog == null ? ErrorCatalog.builtIn() : ErrorCatalog.load(catalog));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such file or folder: " + p);
            }
            for (FileDiagnosis fd : d.diagnose(p)) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("file", fd.file());
                List<Map<String, Object>> errors = new ArrayList<>();
                for (Finding x : fd.errors()) {
                    Map<String, Object> e = new LinkedHashMap<>();
                    e.put("id", x.id());
                    e.put("line", x.line());
                    e.put("text", x.text());
                    e.put("correction", x.correction().stream().map(DiagnoseCommand::action).toList());
                    errors.add(e);
                }
                f.put("errors", errors);
                out.add(f);
            }
        }
        if (json) {
            System.out.println(Json.MAPPER.writeValueAsString(out));
        } else {
            for (Map<String, Object> f : out) {
                System.out.println(f.get("file"));
                for (Object e : (List<?>) f.get("errors")) {
                    Map<?, ?> m = (Map<?, ?>) e;
                    System.out.printf("  %-22s line %-7s %s%n", m.get("id"), m.get("line"), m.get("text"));
                }
            }
        }
        return 0;
    }

    /** An action as JSON: only the fields it uses. */
    static Map<String, Object> action(Action a) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (!a.copy().isEmpty()) {
            m.put("copy", a.copy());
        }
        if (!a.delete().isEmpty()) {
            m.put("delete", a.delete());
        }
        if (!a.set().isEmpty()) {
            m.put("set", a.set());
        }
        if (!a.unset().isEmpty()) {
            m.put("unset", a.unset());
        }
        if (!a.scale().isEmpty()) {
            m.put("scale", a.scale());
        }
        if (!a.kpoints().style().isEmpty() || a.kpoints().scale() > 0 || a.kpoints().odd()) {
            m.put("kpoints", a.kpoints());
        }
        return m;
    }
}
