package org.vaspflow.io.lobster;

import java.util.List;
import org.vaspflow.io.parse.Completeness;

/**
 * CHARGE.lobster: Mulliken and Löwdin gross charges per atom, in elementary charges, atoms as LOBSTER labels them
 * ({@code Li1}). For an LCFO file (CHARGE.LCFO.lobster) the "atoms" are fragments ({@code NaCl1}) and
 * {@code mulliken} is all NaN, since LOBSTER gives only Löwdin charges there.
 *
 * @param completeness incomplete when the closing "total" line is missing
 */
public record Charge(List<String> atoms, List<String> elements, double[] mulliken, double[] loewdin,
        Completeness completeness) implements Completeness.Flagged {
}
