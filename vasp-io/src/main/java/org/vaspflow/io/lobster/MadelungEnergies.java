package org.vaspflow.io.lobster;

/**
 * MadelungEnergies.lobster: the Madelung (Ewald) energy of the cell from Mulliken and from Löwdin charges, one row
 * per Ewald splitting parameter (LOBSTER writes its default first).
 *
 * @param ewaldSplitting the splitting parameters, as printed
 * @param mullikenEv Madelung energy per unit cell from Mulliken charges, eV
 * @param loewdinEv the same from Löwdin charges, eV
 */
public record MadelungEnergies(double[] ewaldSplitting, double[] mullikenEv, double[] loewdinEv) {
    /** Energy from Mulliken charges with LOBSTER's default splitting parameter (the first row). */
    public double defaultMullikenEv() {
        return mullikenEv[0];
    }

    /** Energy from Löwdin charges with LOBSTER's default splitting parameter (the first row). */
    public double defaultLoewdinEv() {
        return loewdinEv[0];
    }
}
