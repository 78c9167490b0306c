package org.vaspflow.io.vasp.out;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vaspflow.io.parse.TextCursor;

/**
 * The lines before the first ionic step that {@link OutcarHeader} keeps: {@code TAG = value} pairs of the tags it
 * names (several may share a line) and the core count ({@code running on   12 total cores}, or VASP 6.3's
 * {@code running   64 mpi-ranks, with    1 threads/rank}).
 */
final class OutcarHeaderSection implements OutcarSection {
    private static final Pattern TAG = Pattern.compile(
            "\\b(NKPTS|NBANDS|NIONS|ISPIN|ENCUT|NELECT|NEDOS|LORBIT|NSW|IBRION|ISIF|LNONCOLLINEAR|LSORBIT)\\s*=\\s*(\\S+)");

    @Override
    public boolean starts(String line, OutcarBuilder into) {
        if (!into.steps.isEmpty()) {
            return false;
        }
        return line.startsWith("running") && into.cores < 0 || line.indexOf('=') > 0 && TAG.matcher(line).find();
    }

    @Override
    public void read(TextCursor c, String line, OutcarBuilder into) {
        if (line.startsWith("running")) {
            // pymatgen's rule: the number after "running on", else the one after "running"
            String[] tok = TextCursor.tokens(line);
            int at = tok.length > 1 && tok[1].equals("on") ? 2 : 1;
            if (tok.length > at) {
                into.cores = c.parseInt(tok[at]);
            }
            return;
        }
        Matcher m = TAG.matcher(line);
        while (m.find()) {
            into.headerTags.putIfAbsent(m.group(1), m.group(2).replace("eV", "").replace(";", ""));
        }
    }
}
