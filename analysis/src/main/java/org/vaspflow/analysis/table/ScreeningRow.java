package org.vaspflow.analysis.table;

import java.util.List;
import java.util.Map;

/**
 * One calculation folder's row of a screening table. Numbers a folder cannot give are NaN (with the reason in
 * {@code notes}); a folder that could not be read at all has {@code ok == false} and the error, never a lost row.
 *
 * @param folder the folder as given
 * @param ok whether the folder's energy could be read
 * @param error the reason when not ok (file, line and message of the {@code ParseException}); empty otherwise
 * @param formula the final structure's formula (empty when no structure)
 * @param nAtoms atoms in the cell (0 when unknown)
 * @param energyEv final energy, eV (pymatgen's {@code final_energy} from vasprun.xml, else OUTCAR/OSZICAR)
 * @param energyPerAtomEv energy / atoms
 * @param totalMagnetization total moment, μB: OUTCAR {@code number of electron … magnetization}, else the OSZICAR
 *     {@code mag=} of the last ionic step
 * @param dbandCenterEv d-band centre of the chosen element, eV relative to E-fermi (whole grid, spins summed)
 * @param bondLengths mean metal–anion bond length per pair ({@code Ru-O}), Å, see {@link BondLengths}
 * @param icohpMean mean ICOHP per element pair (both spins summed, every listed bond once), eV, from an ICOHPLIST
 * @param sources which file each value came from, by column
 * @param notes why a value is missing, or what to beware of
 */
public record ScreeningRow(String folder, boolean ok, String error, String formula, int nAtoms, double energyEv,
        double energyPerAtomEv, double totalMagnetization, double dbandCenterEv, Map<String, Double> bondLengths,
        Map<String, Double> icohpMean, Map<String, String> sources, List<String> notes) {

    public ScreeningRow {
        bondLengths = Map.copyOf(bondLengths);
        icohpMean = Map.copyOf(icohpMean);
        sources = Map.copyOf(sources);
        notes = List.copyOf(notes);
    }

    static ScreeningRow failed(String folder, String error) {
        return new ScreeningRow(folder, false, error, "", 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Map.of(),
                Map.of(), Map.of(), List.of());
    }
}
