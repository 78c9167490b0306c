package org.vaspflow.io.lobster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.parse.TextCursor;

/**
 * Reads CHARGE.lobster:
 *
 * <pre>
 * MULLIKEN and LOEWDIN POPULATION ANALYSIS
 *   atom#    atom      Mulliken charge       Loewdin charge
 *       1      Li                 0.71                 0.71
 *           total                 0.00                 0.00
 * </pre>
 *
 * LOBSTER 5.1 LCFO files (CHARGE.LCFO.lobster, "molecule#  molecule  Loewdin charge") list fragments with only a
 * Löwdin charge; their Mulliken column is NaN. pymatgen 2022.11.7 cannot read them.
 */
public final class ChargeReader {
    private ChargeReader() {
    }

    public static Charge read(Path file) {
        try (TextCursor c = TextCursor.open(file)) {
            List<String> atoms = new ArrayList<>();
            List<String> elements = new ArrayList<>();
            List<Double> mulliken = new ArrayList<>();
            List<Double> loewdin = new ArrayList<>();
            boolean header = false;
            boolean loewdinOnly = false;
            String line;
            while ((line = c.next()) != null) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("total") || t.toUpperCase(java.util.Locale.ROOT).startsWith("MULLIKEN")
                        || t.toUpperCase(java.util.Locale.ROOT).startsWith("LOEWDIN")) {
                    continue;
                }
                if (t.startsWith("atom#") || t.startsWith("molecule#")) {
                    header = true;
                    loewdinOnly = t.startsWith("molecule#");
                    continue;
                }
                if (!header) {
                    throw c.error("not a CHARGE.lobster: no 'atom#' header");
                }
                String[] tok = TextCursor.tokens(t);
                if (tok.length < 3) {
                    throw c.error("expected atom number, element and charges");
                }
                int n = c.parseInt(tok[0]);
                elements.add(tok[1]);
                atoms.add(tok[1] + n);
                mulliken.add(loewdinOnly ? Double.NaN : c.parseDouble(tok[2]));
                loewdin.add(loewdinOnly ? c.parseDouble(tok[2]) : tok.length > 3 ? c.parseDouble(tok[3]) : Double.NaN);
            }
            if (atoms.isEmpty()) {
                throw new ParseException(c.file(), c.lineNumber(), 0, "", "no atoms in CHARGE.lobster");
            }
            return new Charge(List.copyOf(atoms), List.copyOf(elements),
                    mulliken.stream().mapToDouble(Double::doubleValue).toArray(),
                    loewdin.stream().mapToDouble(Double::doubleValue).toArray());
        }
    }
}
