package org.vaspflow.workflow.inputs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.structure.Site;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.vasp.Incar;
import org.vaspflow.io.vasp.IncarValue;
import org.vaspflow.io.vasp.Kpoints;

/**
 * Builds an {@link InputSet} from a structure and a preset, with the rules of pymatgen's {@code DictSet} (2022.11.7)
 * so that the MP presets reproduce MPRelaxSet/MPStaticSet/MPNonSCFSet:
 *
 * <ul>
 *   <li>sites sorted by electronegativity (stable), so each element is one POTCAR block;</li>
 *   <li>EDIFF = ediffPerAtom × N_sites unless the preset sets EDIFF;</li>
 *   <li>MAGMOM per site from the table (element symbol; the table's default otherwise);</li>
 *   <li>DFT+U only when the most electronegative element is an anion of the U table and some U &gt; 0:
 *       LDAU, LDAUTYPE 2, LDAUPRINT 1, LDAUU/LDAUL/LDAUJ per species (0 for elements not in the table);</li>
 *   <li>LMAXMIX 6 with an element beyond Ba (Z &gt; 56), else 4 with one beyond Ca (Z &gt; 20), unless set;</li>
 *   <li>ISMEAR −5 becomes 0 when the mesh has fewer than 4 points and the preset asks for that;</li>
 *   <li>user overrides are applied last (precedence: preset &lt; previous calculation &lt; user), then removals.</li>
 * </ul>
 */
public final class InputSetBuilder {
    private InputSetBuilder() {
    }

    public static InputSet build(Structure input, String presetName, Map<String, IncarValue> overrides) {
        Preset p = Templates.preset(presetName);
        Structure s = input.sortedByElectronegativity();
        List<Structure.SpeciesGroup> groups = s.speciesGroups();
        List<String> warnings = new ArrayList<>();
        Map<String, IncarValue> tags = new LinkedHashMap<>();
        p.incar().forEach((k, v) -> tags.put(k, IncarValues.of(v)));
        if (p.ediffPerAtom() != null && !tags.containsKey("EDIFF")) {
            // 10 significant digits: 5e-5 × 12 is 6.000000000000001e-4 in binary, 6e-4 to a chemist
            double ediff = new java.math.BigDecimal(p.ediffPerAtom() * s.size())
                    .round(new java.math.MathContext(10)).doubleValue();
            tags.put("EDIFF", new IncarValue.Real(ediff));
        }
        if (p.magmom() != null) {
            tags.put("MAGMOM", magmom(s, Templates.table(p.magmom())));
        }
        if (p.hubbardU() != null) {
            hubbard(s, groups, Templates.table(p.hubbardU()), tags);
        }
        if (!tags.containsKey("LMAXMIX")) {
            int maxZ = s.elements().stream().mapToInt(Element::z).max().orElse(0);
            if (maxZ > 56) {
                tags.put("LMAXMIX", new IncarValue.Int(6));
            } else if (maxZ > 20) {
                tags.put("LMAXMIX", new IncarValue.Int(4));
            }
        }
        Kpoints kpoints = KpointsGenerator.byReciprocalDensity(s, p.reciprocalDensity() == null ? 64 : p.reciprocalDensity(),
                false);
        int[] d = kpoints.divisions();
        if (Boolean.TRUE.equals(p.ismearZeroBelowFourKpoints()) && d[0] * d[1] * d[2] < 4
                && tags.get("ISMEAR") instanceof IncarValue.Int i && i.value() == -5) {
            tags.put("ISMEAR", new IncarValue.Int(0));
            warnings.add("ISMEAR -5 needs at least 4 k-points; the mesh " + d[0] + "x" + d[1] + "x" + d[2]
                    + " has fewer, so ISMEAR = 0");
        }
        tags.putAll(overrides);
        p.remove().forEach(tags::remove);
        List<String> potcar = potcar(groups, Templates.table(p.potcar() == null ? "potcar-mp" : p.potcar()));
        return new InputSet(presetName, s, new Incar(tags), kpoints, potcar, warnings);
    }

    private static IncarValue magmom(Structure s, JsonNode table) {
        double fallback = table.path("default").asDouble(0.6);
        double[] m = new double[s.size()];
        for (int i = 0; i < s.size(); i++) {
            Site site = s.site(i);
            m[i] = table.path("values").path(site.element().symbol()).asDouble(fallback);
        }
        return new IncarValue.Numbers(m, false);
    }

    private static void hubbard(Structure s, List<Structure.SpeciesGroup> groups, JsonNode table,
            Map<String, IncarValue> tags) {
        Element mostElectronegative = null;
        for (Element e : s.elements()) {
            double x = e.electronegativityPauling();
            if (mostElectronegative == null || x > mostElectronegative.electronegativityPauling()) {
                mostElectronegative = e;
            }
        }
        JsonNode anion = mostElectronegative == null ? null : table.path("anions").get(mostElectronegative.symbol());
        if (anion == null) {
            return;
        }
        double[] u = new double[groups.size()];
        double[] l = new double[groups.size()];
        double[] j = new double[groups.size()];
        double sum = 0;
        for (int g = 0; g < groups.size(); g++) {
            JsonNode entry = anion.get(groups.get(g).element().symbol());
            u[g] = entry == null ? 0 : entry.path("u").asDouble();
            l[g] = entry == null ? 0 : entry.path("l").asDouble();
            j[g] = entry == null ? 0 : entry.path("j").asDouble();
            sum += u[g];
        }
        if (sum <= 0) {
            return;
        }
        tags.put("LDAU", new IncarValue.Bool(true));
        tags.put("LDAUTYPE", new IncarValue.Int(2));
        tags.put("LDAUPRINT", new IncarValue.Int(1));
        tags.put("LDAUU", new IncarValue.Numbers(u, false));
        tags.put("LDAUL", new IncarValue.Numbers(l, true));
        tags.put("LDAUJ", new IncarValue.Numbers(j, false));
    }

    private static List<String> potcar(List<Structure.SpeciesGroup> groups, JsonNode table) {
        List<String> out = new ArrayList<>();
        for (Structure.SpeciesGroup g : groups) {
            out.add(table.path(g.element().symbol()).asText(g.element().symbol()));
        }
        return out;
    }
}
