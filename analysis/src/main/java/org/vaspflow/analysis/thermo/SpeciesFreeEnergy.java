package org.vaspflow.analysis.thermo;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The free energy of one species and where each part came from:
 * G = E / formula_units + ZPE − TS (+ the O2 correction for the O2 species; for {@code h2o_based} G(O2) is replaced
 * by 2 G(H2O) − 2 G(H2) + 4.92 eV and E is not used).
 *
 * @param name the species' name in the pathway
 * @param energyEv E per formula unit, eV (given, or the calculation's energy / formula units)
 * @param cellEnergyEv the energy before division by formula units (given or read)
 * @param formulaUnits the divisor applied
 * @param zpeEv zero-point energy, eV
 * @param tsEv T·S, eV
 * @param correctionEv what the O2 correction added (0 for other species)
 * @param freeEnergyEv G, eV per formula unit
 * @param source {@code given} (with the note, if any) or the file read and the quantity taken
 * @param complete false when the energy came from a damaged file or an unfinished run
 */
public record SpeciesFreeEnergy(String name, double energyEv, double cellEnergyEv, double formulaUnits, double zpeEv,
        double tsEv, double correctionEv, double freeEnergyEv, String source, boolean complete) {

    /** Resolves every species of the pathway; calculation folders are relative to {@code baseDir}. */
    public static Map<String, SpeciesFreeEnergy> resolve(Pathway p, Path baseDir) {
        Map<String, SpeciesFreeEnergy> out = new LinkedHashMap<>();
        O2Correction c = p.o2Correction();
        for (Map.Entry<String, Pathway.Species> e : p.species().entrySet()) {
            String name = e.getKey();
            if (c.method().equals("h2o_based") && name.equals(c.species())) {
                continue; // built from H2O and H2 below
            }
            out.put(name, base(name, e.getValue(), p, baseDir));
        }
        if (c.method().equals("h2o_based")) {
            SpeciesFreeEnergy water = out.get(c.water());
            SpeciesFreeEnergy h2 = out.get(c.hydrogen());
            double g = 2 * water.freeEnergyEv() - 2 * h2.freeEnergyEv() + c.waterSplittingEv();
            out.put(c.species(), new SpeciesFreeEnergy(c.species(), Double.NaN, Double.NaN, 1, 0, 0, 0, g,
                    c.describe(), water.complete() && h2.complete()));
        } else if (c.method().equals("per_o2")) {
            SpeciesFreeEnergy o2 = out.get(c.species());
            out.put(c.species(), new SpeciesFreeEnergy(o2.name(), o2.energyEv(), o2.cellEnergyEv(), o2.formulaUnits(),
                    o2.zpeEv(), o2.tsEv(), c.valueEv(), o2.freeEnergyEv() + c.valueEv(),
                    o2.source() + "; " + c.describe(), o2.complete()));
        }
        return out;
    }

    private static SpeciesFreeEnergy base(String name, Pathway.Species s, Pathway p, Path baseDir) {
        double zpe = p.zpeEv().getOrDefault(name, 0.0);
        double ts = p.tsEv().getOrDefault(name, 0.0);
        if (s.calc().isEmpty()) {
            String src = "given" + (s.formulaUnits() == 1 ? "" : " for " + s.formulaUnits() + " formula units")
                    + (s.note().isEmpty() ? "" : " (" + s.note() + ")");
            double e = s.energyEv() / s.formulaUnits();
            return new SpeciesFreeEnergy(name, e, s.energyEv(), s.formulaUnits(), zpe, ts, 0, e + zpe - ts, src, true);
        }
        CalcEnergy ce = CalcEnergy.read(baseDir.resolve(s.calc()));
        double e = ce.energyEv() / s.formulaUnits();
        String src = ce.file() + ": " + ce.quantity() + (s.formulaUnits() == 1 ? "" : " / " + s.formulaUnits()
                + " formula units") + (s.note().isEmpty() ? "" : " (" + s.note() + ")");
        return new SpeciesFreeEnergy(name, e, ce.energyEv(), s.formulaUnits(), zpe, ts, 0, e + zpe - ts, src,
                ce.complete());
    }
}
