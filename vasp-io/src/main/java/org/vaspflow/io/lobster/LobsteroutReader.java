package org.vaspflow.io.lobster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vaspflow.io.parse.Completeness;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.parse.TextCursor;

/**
 * Reads lobsterout:
 *
 * <pre>
 * LOBSTER v4.1.0 (g++ 7.5.0)
 * starting on host sv3024 on 2023-03-17 at 22:32:17 CET using 88 threads
 * detecting used PAW program... VASP
 * setting up local basis functions...
 * As (pbeVaspFit2015) 4s 4p_y 4p_z 4p_x
 * WARNING: 12 of 730 k-points could not be orthonormalized …
 * abs. total  spilling:   9.26%
 * abs. charge spilling:   0.99%
 * writing COHPCAR.lobster and ICOHPLIST.lobster...
 * finished in 0 h  2 min 55 s 813 ms of wall time
 *             2 h 43 min 13 s 620 ms of user time
 * </pre>
 *
 * A run that crashed or is still going has no "finished in" line: its lobsterout is returned with
 * {@code complete == false} (pymatgen 2022.11.7 raises UnboundLocalError on such files).
 */
public final class LobsteroutReader {
    private static final Pattern VERSION = Pattern.compile("^LOBSTER\\s+(v\\S+)");
    private static final Pattern THREADS = Pattern.compile("using\\s+(\\d+)\\s+threads?");
    private static final Pattern BASIS = Pattern.compile("^([A-Z][a-z]?)\\s+\\(([^)]+)\\)\\s*(.*)$");
    private static final Pattern SPILLING = Pattern.compile("abs\\.\\s+(total|charge)\\s+spilling:\\s*([\\d.]+)%");
    private static final Pattern TIME = Pattern.compile(
            "(\\d+) h\\s+(\\d+) min\\s+(\\d+) s\\s+(\\d+) ms of (wall|user|sys)\\s+time");
    private static final Pattern WRITING = Pattern.compile("writing ([A-Za-z]+)\\.lobster");

    private LobsteroutReader() {
    }

    public static Lobsterout read(Path file) {
        return TextCursor.read(file, LobsteroutReader::parse);
    }

    private static Lobsterout parse(TextCursor c) {
        String first = c.next();
        Matcher v = first == null ? null : VERSION.matcher(first.strip());
        if (v == null || !v.find()) {
            throw new ParseException(c.file(), first == null ? 0 : 1, 1, first == null ? "" : first,
                    "not a lobsterout: the first line should be 'LOBSTER vX.Y.Z'");
        }
        int threads = 0;
        String program = "";
        List<Double> charge = new ArrayList<>();
        List<Double> total = new ArrayList<>();
        List<String> elements = new ArrayList<>();
        List<String> basisType = new ArrayList<>();
        List<List<String>> basis = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> infos = new ArrayList<>();
        double[] times = {Double.NaN, Double.NaN, Double.NaN};
        Map<String, Boolean> files = new LinkedHashMap<>();
        boolean inBasis = false;
        String line;
        while ((line = c.next()) != null) {
            String t = line.strip();
            Matcher m;
            if ((m = THREADS.matcher(t)).find() && t.startsWith("starting")) {
                threads = Integer.parseInt(m.group(1));
            } else if (t.startsWith("detecting used PAW program...")) {
                program = t.substring("detecting used PAW program...".length()).strip();
            } else if (t.startsWith("setting up local basis functions")) {
                inBasis = true;
            } else if (inBasis && (m = BASIS.matcher(t)).find()) {
                elements.add(m.group(1));
                basisType.add(m.group(2));
                basis.add(List.of(TextCursor.tokens(m.group(3))));
            } else if ((m = SPILLING.matcher(t)).find()) {
                (m.group(1).equals("total") ? total : charge).add(Double.parseDouble(m.group(2)));
            } else if (t.startsWith("WARNING:")) {
                warnings.add(t.substring(8).strip());
            } else if (t.startsWith("INFO:")) {
                infos.add(t.substring(5).strip());
            } else if ((m = TIME.matcher(t)).find()) {
                double s = Integer.parseInt(m.group(1)) * 3600.0 + Integer.parseInt(m.group(2)) * 60.0
                        + Integer.parseInt(m.group(3)) + Integer.parseInt(m.group(4)) / 1000.0;
                times["wall user sys ".indexOf(m.group(5)) / 5] = s;
            } else {
                m = WRITING.matcher(t);
                while (m.find()) {
                    files.put(m.group(1), true);
                }
            }
            if (inBasis && !t.isEmpty() && !BASIS.matcher(t).find() && !t.startsWith("setting up local basis")) {
                inBasis = false;
            }
        }
        Completeness done = Double.isNaN(times[0])
                ? Completeness.partial(c.lineNumber(), "no 'finished in' line: LOBSTER did not finish")
                : Completeness.COMPLETE;
        return new Lobsterout(v.group(1), threads, program, List.copyOf(charge), List.copyOf(total),
                List.copyOf(elements), List.copyOf(basisType), List.copyOf(basis), List.copyOf(warnings),
                List.copyOf(infos), times[0], times[1], times[2], Map.copyOf(files), done);
    }
}
