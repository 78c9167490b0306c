package org.vaspflow.analysis.table;

import java.util.Locale;

/**
 * What a screening row computes beyond energy and magnetization.
 *
 * @param dbandElement element whose d-band centre is reported (empty: none); whole energy grid, both spins summed,
 *     relative to E-fermi — pymatgen's {@code get_band_center} default, see {@link org.vaspflow.analysis.dos.DBand}
 * @param icohpPair element pair whose mean ICOHP is reported, e.g. {@code Ru-O} (empty: every pair in the list)
 * @param anion the anion of the mean metal–anion bond length (default O)
 * @param bondCutoffAngstrom the largest metal–anion distance counted as a bond, Å (default 2.6)
 */
public record ScreeningOptions(String dbandElement, String icohpPair, String anion, double bondCutoffAngstrom) {
    public static final ScreeningOptions DEFAULT = new ScreeningOptions("", "", "O", 2.6);

    public ScreeningOptions {
        dbandElement = dbandElement == null ? "" : dbandElement.strip();
        icohpPair = icohpPair == null ? "" : icohpPair.strip();
        anion = anion == null || anion.isBlank() ? "O" : anion.strip();
        if (!(bondCutoffAngstrom > 0)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "bond cutoff must be positive, got %s",
                    bondCutoffAngstrom));
        }
    }
}
