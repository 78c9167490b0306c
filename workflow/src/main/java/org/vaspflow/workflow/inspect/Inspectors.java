package org.vaspflow.workflow.inspect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.vaspflow.io.parse.FileFormat;
import org.vaspflow.io.parse.ParseException;

/**
 * Turns any supported file into the JSON object of {@code vaspflow inspect} (keys: {@code shared/docs/CLI.md}).
 * One summary class per format family does the work; this class only dispatches.
 */
public final class Inspectors {
    /** A format's summary: adds its keys to the entry that already holds file, format and complete. */
    @FunctionalInterface
    public interface Summary {
        void summarize(Path file, boolean arrays, Map<String, Object> entry);
    }

    private static final Map<FileFormat, Summary> SUMMARIES = new LinkedHashMap<>();

    static {
        register(FileFormat.POSCAR, PoscarSummary::summarize);
        register(FileFormat.CIF, CifSummary::summarize);
        register(FileFormat.PYMATGEN_JSON, PymatgenJsonSummary::summarize);
        register(FileFormat.INCAR, IncarSummary::summarize);
        register(FileFormat.KPOINTS, KpointsSummary::summarize);
        register(FileFormat.POTCAR, PotcarSummary::summarize);
        register(FileFormat.POTCAR_SPEC, PotcarSummary::spec);
        register(FileFormat.VASPRUN, VasprunSummary::summarize);
        register(FileFormat.OUTCAR, OutcarSummary::summarize);
        register(FileFormat.OSZICAR, OszicarSummary::summarize);
        register(FileFormat.DOSCAR, DoscarSummary::summarize);
        register(FileFormat.PROCAR, ProcarSummary::summarize);
        register(FileFormat.EIGENVAL, EigenvalSummary::summarize);
        register(FileFormat.ICOHPLIST, IcohplistSummary::summarize);
        register(FileFormat.COHPCAR, CohpcarSummary::summarize);
        register(FileFormat.LOBSTEROUT, LobsteroutSummary::summarize);
        register(FileFormat.CHARGE, ChargeSummary::summarize);
        register(FileFormat.LOBSTERIN, LobsterinSummary::summarize);
        register(FileFormat.GROSSPOP, GrosspopSummary::summarize);
        register(FileFormat.LOBSTER_DOSCAR, LobsterDoscarSummary::summarize);
        register(FileFormat.MADELUNG_ENERGIES, MadelungEnergiesSummary::summarize);
        register(FileFormat.SITE_POTENTIALS, SitePotentialsSummary::summarize);
    }

    private Inspectors() {
    }

    /** Registers the summary of a format (used by the static block above). */
    static void register(FileFormat format, Summary summary) {
        SUMMARIES.put(format, summary);
    }

    /** The JSON object for one file; a {@link ParseException} when it cannot be read. */
    public static Map<String, Object> inspect(Path file, boolean arrays) {
        Optional<FileFormat> format = FileFormat.detect(file);
        if (format.isEmpty()) {
            throw new ParseException(file, 0, 0, "", "not a file format vaspflow knows");
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("file", file.toString());
        entry.put("format", format.get().key());
        entry.put("complete", true);
        Summary summary = SUMMARIES.get(format.get());
        if (summary == null) {
            throw new ParseException(file, 0, 0, "", "format '" + format.get().key() + "' recognised but not yet summarised");
        }
        summary.summarize(file, arrays, entry);
        return entry;
    }

    /** The files of a calculation folder whose format is known, sorted by name. */
    public static List<Path> knownFiles(Path folder) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            s.filter(Files::isRegularFile).sorted().forEach(p -> {
                if (FileFormat.byName(org.vaspflow.io.parse.Compression.baseName(p)).isPresent()) {
                    files.add(p);
                }
            });
        } catch (IOException e) {
            throw new ParseException(folder, 0, 0, "", "cannot list folder: " + e.getMessage());
        }
        return files;
    }
}
