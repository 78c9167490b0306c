package org.vaspflow.io.lobster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.parse.TextCursor;

/**
 * Reads lobsterin: one keyword per line with its value; {@code !}, {@code #} and {@code //} start comments.
 *
 * <pre>
 * COHPstartEnergy -15.0
 * basisSet pbeVaspFit2015
 * cohpGenerator from 0.1 to 6.0 orbitalwise
 * saveProjectionToFile
 * basisfunctions Li 1s 2s
 * </pre>
 *
 * Keywords are checked against the keywords of LOBSTER 5 (case-insensitive); an unknown keyword is an error
 * with its line and column, since LOBSTER would stop on it.
 */
public final class LobsterinReader {
    /** LOBSTER 5.1 lobsterin keywords, lower case. */
    static final Set<String> KEYWORDS = Set.of("cohpstartenergy", "cohpendenergy", "cohpsteps", "writegrosspopulation", "printmofeatomwise", "basisset", "cohpgenerator",
            "gaussiansmearingwidth", "saveprojectiontofile", "loadprojectionfromfile", "basisfunctions", "cohpbetween",
            "skipdos", "skipcohp", "skipcoop", "skipcobi", "skippopulationanalysis", "skipgrosspopulation",
            "skipmadelungenergy", "skipprojection", "usedecimalplaces", "includeorbitals", "userecommendedbasisfunctions",
            "writebasisfunctions", "writematricestofile", "writematrices", "writeatomicorbitals", "densityofenergy",
            "bwdf", "bwdfcohp", "nofftforvisualization", "rmsp", "printpawrealspacewavefunction",
            "printlcaorealspacewavefunction", "printlmosonatoms", "printtotalspilling", "printlcfocharges",
            "lsodos", "noinfo", "nomemorycheck", "forceenergyrange", "realspacehamiltonian", "realspaceoverlap",
            "kspacecohp", "kpointwiseSpilling".toLowerCase(), "donotorthonormalize", "createfatband",
            "cobibetween", "onlyreadvasprun.xml", "donotignoreexcessivebands", "skipreadingbandsfromvasprun",
            "ewaldsum", "useoriginaltetrahedronmethod", "doNotUseAbsoluteSpilling".toLowerCase(), "lcfo",
            "molecule", "fragment", "numberofsmallestlocalorbitals", "boxsize", "gridfunctionboxsize",
            "gridbuffer", "gridfunctionsize", "gridfunctionorbitals", "printcohpcommonform");

    private LobsterinReader() {
    }

    public static Lobsterin read(Path file) {
        return TextCursor.read(file, LobsterinReader::parse);
    }

    public static Lobsterin parse(String name, String text) {
        return TextCursor.parse(name, text, LobsterinReader::parse);
    }

    private static Lobsterin parse(TextCursor c) {
        List<Lobsterin.Entry> entries = new ArrayList<>();
        String line;
        while ((line = c.next()) != null) {
            String t = stripComment(line).strip();
            if (t.isEmpty()) {
                continue;
            }
            String[] parts = t.split("\\s+", 2);
            if (!KEYWORDS.contains(Lobsterin.key(parts[0]))) {
                throw c.errorAt(parts[0], "unknown lobsterin keyword");
            }
            entries.add(new Lobsterin.Entry(parts[0], parts.length > 1 ? parts[1].strip() : ""));
        }
        if (entries.isEmpty()) {
            throw new ParseException(c.file(), Math.max(1, c.lineNumber()), 0, "", "no keyword: not a lobsterin");
        }
        return new Lobsterin(entries);
    }

    private static String stripComment(String line) {
        int cut = line.length();
        for (String mark : new String[] {"!", "#", "//"}) {
            int at = line.indexOf(mark);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        return line.substring(0, cut);
    }
}
