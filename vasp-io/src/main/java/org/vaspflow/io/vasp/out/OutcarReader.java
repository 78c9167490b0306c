package org.vaspflow.io.vasp.out;

import java.nio.file.Path;
import java.util.List;
import org.vaspflow.io.parse.Completeness;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.parse.TextCursor;

/**
 * Streams an OUTCAR once, line by line, handing each block to its own section parser:
 *
 * <pre>
 *  vasp.5.3.5 31Mar14 (build Apr 25 2014 17:03:44) complex      version: the first line (else not an OUTCAR)
 *  running on   12 total cores                                   {@link OutcarHeaderSection}
 *    NKPTS = … NBANDS= … NIONS = … ISPIN = … ENCUT = … NELECT =   {@link OutcarHeaderSection}
 *  E-fermi :   2.4155  …  / number of electron  28.0 magnetization 4.0    {@link OutcarScfSection}, every SCF step
 *    in kB … / POSITION  TOTAL-FORCE … / FREE ENERGIE OF THE ION-ELECTRON SYSTEM (eV)   {@link OutcarIonicStepSection}
 *  magnetization (x) / total charge + "# of ion  s  p  d  tot" table      {@link OutcarSiteTableSection}
 *  WARNING: … / boxed warnings / soft stop encountered!  aborting job    {@link OutcarMessageSection}
 *  General timing and accounting informations for this job:       {@link OutcarRunStatsSection}: the run ended
 * </pre>
 *
 * Fortran quirks go through {@link TextCursor#doubles} (fused negatives {@code -0.123-0.456}) and
 * {@link TextCursor#parseDouble} ({@code ****} → NaN). A run without a finished timing block (killed, still
 * running, or a file cut short) is returned with every finished ionic step and {@code complete == false}; damage
 * on the file's last line is taken as such a cut. Any other unreadable number in a block a section reads is a
 * {@link ParseException} at its line and column. Nothing is held but the values: files of any size stream.
 */
public final class OutcarReader {
    private static final List<OutcarSection> SECTIONS = List.of(new OutcarScfSection(), new OutcarIonicStepSection(),
            new OutcarSiteTableSection(), new OutcarMessageSection(), new OutcarRunStatsSection(),
            new OutcarHeaderSection());

    private OutcarReader() {
    }

    public static Outcar read(Path file) {
        return TextCursor.read(file, OutcarReader::parse);
    }

    /** Reads OUTCAR text already in memory; {@code name} is used in error messages. */
    public static Outcar parse(String name, String text) {
        return TextCursor.parse(name, text, OutcarReader::parse);
    }

    private static Outcar parse(TextCursor c) {
        String first = c.next();
        if (first == null || !first.strip().startsWith("vasp.")) {
            throw new ParseException(c.file(), first == null ? 0 : 1, 1, first == null ? "" : first,
                    "not an OUTCAR: the first line should name the VASP version (vasp.x.y.z)");
        }
        OutcarBuilder b = new OutcarBuilder();
        b.versionLine = first.strip();
        try {
            String line;
            while ((line = c.next()) != null) {
                dispatch(c, line.strip(), b);
            }
        } catch (ParseException e) {
            if (c.peek() != null) {
                throw e;
            }
            return b.build(Completeness.partial(e));
        }
        return b.build(b.runStats.finished() ? Completeness.COMPLETE
                : Completeness.partial(c.lineNumber(), b.stopped ? "STOPCAR: no timing block after the soft stop"
                        : "no timing block: the run did not finish (killed, still running or cut short)"));
    }

    private static void dispatch(TextCursor c, String line, OutcarBuilder b) {
        if (line.isEmpty()) {
            return;
        }
        for (OutcarSection s : SECTIONS) {
            if (s.starts(line, b)) {
                s.read(c, line, b);
                return;
            }
        }
    }
}
