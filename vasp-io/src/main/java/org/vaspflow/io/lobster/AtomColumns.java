package org.vaspflow.io.lobster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.vaspflow.io.parse.TextCursor;

/**
 * The per-atom table shared by CHARGE.lobster and SitePotentials.lobster: rows {@code n element value [value]},
 * collected into labels ({@code Li1}) and two primitive columns (NaN where a row has one value).
 */
final class AtomColumns {
    private final List<String> atoms = new ArrayList<>();
    private final List<String> elements = new ArrayList<>();
    private double[] first = new double[16];
    private double[] second = new double[16];

    /** Adds one row of {@code values} numbers (1 or 2); a ParseException names the token that is wrong. */
    void add(TextCursor c, String row, int values) {
        String[] tok = TextCursor.tokens(row);
        if (tok.length != 2 + values) {
            throw c.error("expected atom number, element and " + values + " value" + (values > 1 ? "s" : ""));
        }
        int n = c.parseInt(tok[0]);
        if (n != atoms.size() + 1) {
            throw c.errorAt(tok[0], "atoms are numbered 1, 2, …: expected " + (atoms.size() + 1));
        }
        if (!tok[1].chars().allMatch(Character::isLetterOrDigit) || !Character.isLetter(tok[1].charAt(0))) {
            throw c.errorAt(tok[1], "expected an element or fragment name");
        }
        if (atoms.size() == first.length) {
            first = Arrays.copyOf(first, 2 * first.length);
            second = Arrays.copyOf(second, 2 * second.length);
        }
        first[atoms.size()] = c.parseDouble(tok[2]);
        second[atoms.size()] = tok.length > 3 ? c.parseDouble(tok[3]) : Double.NaN;
        elements.add(tok[1]);
        atoms.add(tok[1] + n);
    }

    int size() {
        return atoms.size();
    }

    List<String> atoms() {
        return List.copyOf(atoms);
    }

    List<String> elements() {
        return List.copyOf(elements);
    }

    double[] first() {
        return Arrays.copyOf(first, atoms.size());
    }

    double[] second() {
        return Arrays.copyOf(second, atoms.size());
    }
}
