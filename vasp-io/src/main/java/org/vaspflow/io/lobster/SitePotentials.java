package org.vaspflow.io.lobster;

import java.util.List;
import org.vaspflow.io.parse.Completeness;

/**
 * SitePotentials.lobster: the electrostatic potential at each atom from Mulliken and from Löwdin charges, and the
 * Madelung energy they give.
 *
 * @param ewaldSplitting the Ewald splitting parameter of the header
 * @param atoms LOBSTER atom labels ({@code Li1}), in file order
 * @param elements element symbols, same order
 * @param mullikenV site potentials from Mulliken charges, V
 * @param loewdinV site potentials from Löwdin charges, V
 * @param madelungMullikenEv Madelung energy of the last line (Mulliken), eV; NaN if the file was cut before it
 * @param madelungLoewdinEv the same from Löwdin charges
 * @param completeness incomplete when the Madelung line is missing
 */
public record SitePotentials(double ewaldSplitting, List<String> atoms, List<String> elements, double[] mullikenV,
        double[] loewdinV, double madelungMullikenEv, double madelungLoewdinEv, Completeness completeness)
        implements Completeness.Flagged {
}
