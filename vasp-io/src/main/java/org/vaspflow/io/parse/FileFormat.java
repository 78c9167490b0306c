package org.vaspflow.io.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Every file format vaspflow reads, and how a file is recognised: first by its name (compression suffix
 * and VASP's habit of suffixes like {@code OUTCAR.relax1} or {@code vasprun.xml.static} allowed), then by
 * its first bytes. The {@link #key()} is the {@code format} string of {@code vaspflow inspect --json}.
 */
public enum FileFormat {
    VASPRUN("vasprun"),
    OUTCAR("outcar"),
    OSZICAR("oszicar"),
    DOSCAR("doscar"),
    PROCAR("procar"),
    EIGENVAL("eigenval"),
    POSCAR("poscar"),
    INCAR("incar"),
    KPOINTS("kpoints"),
    POTCAR("potcar"),
    POTCAR_SPEC("potcar_spec"),
    CIF("cif"),
    PYMATGEN_JSON("pymatgen_structure_json"),
    ICOHPLIST("icohplist"),
    COHPCAR("cohpcar"),
    LOBSTER_DOSCAR("doscar_lobster"),
    LOBSTEROUT("lobsterout"),
    LOBSTERIN("lobsterin"),
    CHARGE("charge"),
    GROSSPOP("grosspop"),
    MADELUNG_ENERGIES("madelung_energies"),
    SITE_POTENTIALS("site_potentials"),
    VASP_LOG("vasp_log");

    private final String key;

    FileFormat(String key) {
        this.key = key;
    }

    /** The name used in {@code inspect --json} output. */
    public String key() {
        return key;
    }

    /** The format of a file, judged from its name, then its content; empty when not recognised. */
    public static Optional<FileFormat> detect(Path file) {
        Optional<FileFormat> byName = byName(Compression.baseName(file));
        return byName.isPresent() ? byName : byContent(file);
    }

    /** The format a file name suggests ({@code vasprun.xml.gz} → VASPRUN; {@code OUTCAR.relax1} → OUTCAR). */
    public static Optional<FileFormat> byName(String baseName) {
        String n = baseName.toUpperCase(Locale.ROOT);
        if (n.startsWith("VASPRUN") || n.endsWith(".XML") && n.contains("VASPRUN")) {
            return Optional.of(VASPRUN);
        }
        if (n.startsWith("DOSCAR.LOBSTER") || n.startsWith("DOSCAR.LSO")) {
            return Optional.of(LOBSTER_DOSCAR);
        }
        if (n.startsWith("ICOHPLIST") || n.startsWith("ICOOPLIST") || n.startsWith("ICOBILIST")) {
            return Optional.of(ICOHPLIST);
        }
        if (n.startsWith("COHPCAR") || n.startsWith("COOPCAR") || n.startsWith("COBICAR")) {
            return Optional.of(COHPCAR);
        }
        if (n.startsWith("CHARGE") && n.contains("LOBSTER")) {
            return Optional.of(CHARGE);
        }
        if (n.startsWith("GROSSPOP")) {
            return Optional.of(GROSSPOP);
        }
        if (n.startsWith("MADELUNGENERGIES")) {
            return Optional.of(MADELUNG_ENERGIES);
        }
        if (n.startsWith("SITEPOTENTIALS")) {
            return Optional.of(SITE_POTENTIALS);
        }
        if (n.startsWith("LOBSTEROUT") || n.equals("NOTFINISHEDLOBSTEROUT")) {
            return Optional.of(LOBSTEROUT);
        }
        if (n.startsWith("LOBSTERIN")) {
            return Optional.of(LOBSTERIN);
        }
        if (n.equals("POTCAR.SPEC")) {
            return Optional.of(POTCAR_SPEC);
        }
        String[][] prefixes = {
            {"OUTCAR", "OUTCAR"}, {"OSZICAR", "OSZICAR"}, {"DOSCAR", "DOSCAR"}, {"PROCAR", "PROCAR"},
            {"EIGENVAL", "EIGENVAL"}, {"POSCAR", "POSCAR"}, {"CONTCAR", "POSCAR"}, {"INCAR", "INCAR"},
            {"KPOINTS", "KPOINTS"}, {"POTCAR", "POTCAR"}, {"IBZKPT", "KPOINTS"}};
        for (String[] p : prefixes) {
            if (n.startsWith(p[0])) {
                return Optional.of(valueOf(p[1]));
            }
        }
        if (n.endsWith(".CIF")) {
            return Optional.of(CIF);
        }
        if (n.endsWith(".VASP")) {
            return Optional.of(POSCAR);
        }
        if (n.endsWith(".JSON")) {
            return Optional.of(PYMATGEN_JSON);
        }
        if (n.startsWith("VASP.") || n.equals("VASP.OUT") || n.startsWith("STD_ERR") || n.startsWith("STD_OUT")
                || n.endsWith(".OUT") || n.endsWith(".LOG")) {
            return Optional.of(VASP_LOG);
        }
        return Optional.empty();
    }

    /** The format the first kilobytes announce; empty when they announce nothing recognisable. */
    public static Optional<FileFormat> byContent(Path file) {
        String head;
        try (InputStream in = Compression.open(file)) {
            head = new String(in.readNBytes(4096), StandardCharsets.ISO_8859_1);
        } catch (IOException | ParseException e) {
            return Optional.empty();
        }
        if (head.contains("<modeling>")) {
            return Optional.of(VASPRUN);
        }
        if (head.contains(" vasp.") && head.contains("executed on")) {
            return Optional.of(OUTCAR);
        }
        if (head.contains("LOBSTER") && head.contains("spilling")) {
            return Optional.of(LOBSTEROUT);
        }
        if (head.contains("COHP#") || head.contains("COOP#") || head.contains("COBI#")) {
            return Optional.of(ICOHPLIST);
        }
        if (head.startsWith("data_") || head.contains("\ndata_")) {
            return Optional.of(CIF);
        }
        if (head.contains("\"@class\"") && head.contains("Structure")) {
            return Optional.of(PYMATGEN_JSON);
        }
        if (head.contains("PAW_PBE") || head.contains("TITEL")) {
            return Optional.of(POTCAR);
        }
        return Optional.empty();
    }
}
