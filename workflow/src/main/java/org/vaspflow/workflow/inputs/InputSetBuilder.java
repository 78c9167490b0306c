package org.vaspflow.workflow.inputs;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.vaspflow.io.lobster.Lobsterin;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.structure.Site;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.vasp.Incar;
import org.vaspflow.io.vasp.IncarValue;
import org.vaspflow.io.vasp.Kpoints;

/**
 * Builds an {@link InputSet} from a structure, a preset, an optional previous calculation and user overrides, with
 * the rules of pymatgen's {@code DictSet} (2022.11.7) so that the MP presets reproduce
 * MPRelaxSet/MPStaticSet/MPNonSCFSet/LobsterSet. Precedence, lowest first:
 *
 * <ol>
 *   <li>the preset chain (parent, then child): tags, EDIFF = ediffPerAtom × N_sites, MAGMOM from its table
 *       ({@link MagmomRules}), DFT+U from its table ({@link HubbardRules}), LMAXMIX (6 with Z &gt; 56, 4 with
 *       Z &gt; 20), NBANDS = the LOBSTER basis size for LOBSTER presets, KPOINTS by its density rule
 *       ({@link KpointsGenerator}), ISMEAR −5 → 0 (and {@code fallbackSigma}) below 4 k-points when asked;</li>
 *   <li>the previous calculation: its CONTCAR replaces the structure, its final moments replace MAGMOM;</li>
 *   <li>overrides: per-element MAGMOM/LDAU values, explicit k-mesh, whole tags;</li>
 *   <li>last, the preset's {@code remove} list (so a non-SCF preset never writes MAGMOM).</li>
 * </ol>
 *
 * Sites are sorted by electronegativity (stable), so each element is one POTCAR block.
 */
public final class InputSetBuilder {
    private InputSetBuilder() {
    }

    public static InputSet build(Structure input, String presetName, Map<String, IncarValue> overrides) {
        return build(input, presetName, Overrides.of(overrides), Optional.empty());
    }

    public static InputSet build(Structure input, String presetName, Overrides ov, Optional<PreviousCalculation> prev) {
        Preset p = Templates.preset(presetName);
        Structure base = prev.flatMap(PreviousCalculation::structure).orElse(input);
        int[] order = sortOrder(base);
        Structure s = base.sortedByElectronegativity();
        List<Structure.SpeciesGroup> groups = s.speciesGroups();
        List<String> warnings = new ArrayList<>();
        List<String> prov = new ArrayList<>();
        prev.flatMap(PreviousCalculation::structure).ifPresent(x -> prov.add("POSCAR: CONTCAR of the previous "
                + "calculation " + prev.get().folder()));
        Map<String, IncarValue> tags = new LinkedHashMap<>();
        p.incar().forEach((k, v) -> tags.put(k, IncarValues.of(v)));
        if (p.ediffPerAtom() != null && !tags.containsKey("EDIFF")) {
            // 10 significant digits: 5e-5 × 12 is 6.000000000000001e-4 in binary, 6e-4 to a chemist
            double ediff = new BigDecimal(p.ediffPerAtom() * s.size()).round(new MathContext(10)).doubleValue();
            tags.put("EDIFF", new IncarValue.Real(ediff));
        }
        magmom(p, s, ov, prev, order, tags, prov, warnings);
        if (p.hubbardU() != null) {
            HubbardRules.fromTable(s, groups, p.hubbardU(), tags, prov);
        }
        HubbardRules.applyOverrides(groups, ov.perElement(), tags, prov);
        if (!tags.containsKey("LMAXMIX") && !Boolean.FALSE.equals(p.autoLmaxmix())) {
            int maxZ = s.elements().stream().mapToInt(Element::z).max().orElse(0);
            if (maxZ > 56) {
                tags.put("LMAXMIX", new IncarValue.Int(6));
            } else if (maxZ > 20) {
                tags.put("LMAXMIX", new IncarValue.Int(4));
            }
        }
        List<String> potcar = potcar(groups, p, prov);
        Optional<List<LobsterBasis.Entry>> basis = Optional.ofNullable(p.lobster())
                .map(l -> LobsterBasis.basis(s, potcar, l.basis()));
        int nBasis = basis.map(b -> LobsterBasis.functionCount(s, b)).orElse(0);
        if (basis.isPresent()) {
            tags.put("NBANDS", new IncarValue.Int(nBasis));
            prov.add("NBANDS " + nBasis + " = LOBSTER basis functions (templates/lobster/" + p.lobster().basis() + ")");
        }
        Kpoints kpoints = kpoints(p, s, ov);
        int[] d = kpoints.divisions();
        if (Boolean.TRUE.equals(p.ismearZeroBelowFourKpoints()) && ov.kpointDivisions().isEmpty()
                && d[0] * d[1] * d[2] < 4 && tags.get("ISMEAR") instanceof IncarValue.Int i && i.value() == -5) {
            tags.put("ISMEAR", new IncarValue.Int(0));
            String sigma = "";
            if (p.fallbackSigma() != null) {
                tags.put("SIGMA", new IncarValue.Real(p.fallbackSigma()));
                sigma = ", SIGMA = " + p.fallbackSigma();
            }
            warnings.add("ISMEAR -5 needs at least 4 k-points; the mesh " + d[0] + "x" + d[1] + "x" + d[2]
                    + " has fewer, so ISMEAR = 0" + sigma);
        }
        ov.tags().forEach((k, v) -> prov.add(k + " = " + v.text() + " (override)"));
        tags.putAll(ov.tags());
        p.remove().forEach(tags::remove);
        Optional<Lobsterin> lobsterin = basis.map(b -> LobsterBasis.lobsterin(p.lobster(), b));
        return new InputSet(presetName, Templates.chain(presetName), s, new Incar(tags), kpoints, potcar, lobsterin,
                nBasis, prov, warnings);
    }

    private static void magmom(Preset p, Structure s, Overrides ov, Optional<PreviousCalculation> prev, int[] order,
            Map<String, IncarValue> tags, List<String> prov, List<String> warnings) {
        if (p.magmom() == null) {
            return;
        }
        MagmomRules.Result r = "oxidation".equals(p.magmomMode())
                ? MagmomRules.byOxidationState(s, p.magmom(), ov.spin().orElse(
                        p.spin() == null ? Preset.Spin.AUTO : Preset.Spin.of(p.spin())), ov.oxidationStates())
                : MagmomRules.byElement(s, p.magmom());
        double[] m = r.magmom();
        prov.addAll(r.provenance());
        warnings.addAll(r.warnings());
        Optional<double[]> previous = prev.flatMap(PreviousCalculation::magmom);
        if (previous.isPresent()) {
            double[] pm = previous.get();
            if (pm.length == m.length) {
                for (int i = 0; i < m.length; i++) {
                    m[i] = pm[order[i]];
                }
                prov.add("MAGMOM: final moments of the previous calculation " + prev.get().folder());
            } else {
                warnings.add("previous calculation has " + pm.length + " moments for " + m.length
                        + " sites; MAGMOM from the preset");
            }
        }
        Map<String, Double> byElement = ov.perElement().getOrDefault("MAGMOM", Map.of());
        for (int i = 0; i < m.length; i++) {
            Double v = byElement.get(s.site(i).element().symbol());
            if (v != null) {
                m[i] = v;
            }
        }
        byElement.forEach((el, v) -> prov.add("MAGMOM " + el + " " + v + " (override)"));
        tags.put("MAGMOM", new IncarValue.Numbers(m, false));
    }

    private static Kpoints kpoints(Preset p, Structure s, Overrides ov) {
        if (ov.kpointDivisions().isPresent()) {
            return Kpoints.mesh("vaspflow: mesh given by the user", true, ov.kpointDivisions().get(),
                    new double[] {0, 0, 0});
        }
        double rd = p.reciprocalDensity() == null ? 64 : p.reciprocalDensity();
        if (Boolean.TRUE.equals(p.slab())) {
            return KpointsGenerator.slab(s, rd, p.kpointsPerAtom() == null ? 0 : p.kpointsPerAtom());
        }
        if (p.kpointsPerAtom() != null) {
            return KpointsGenerator.byKpointsPerAtom(s, p.kpointsPerAtom(), false);
        }
        return KpointsGenerator.byReciprocalDensity(s, rd, false);
    }

    private static List<String> potcar(List<Structure.SpeciesGroup> groups, Preset p, List<String> prov) {
        String tableName = p.potcar() == null ? "potcar-mp" : p.potcar();
        JsonNode table = Templates.table(tableName);
        List<String> out = new ArrayList<>();
        for (Structure.SpeciesGroup g : groups) {
            String el = g.element().symbol();
            String symbol = p.potcarOverrides().getOrDefault(el, table.path(el).asText(el));
            out.add(symbol);
            prov.add("POTCAR " + el + " " + symbol + (p.potcarOverrides().containsKey(el) ? " (preset override)"
                    : " (table " + tableName + ")"));
        }
        return out;
    }

    /** order[i] = index in {@code base} of the i-th site of {@code base.sortedByElectronegativity()}. */
    static int[] sortOrder(Structure base) {
        Comparator<Site> cmp = Comparator.comparingDouble((Site x) -> Double.isNaN(x.element().electronegativityPauling())
                ? Double.POSITIVE_INFINITY : x.element().electronegativityPauling())
                .thenComparing(x -> x.element().symbol());
        return IntStream.range(0, base.size()).boxed().sorted((a, b) -> cmp.compare(base.site(a), base.site(b)))
                .mapToInt(Integer::intValue).toArray();
    }
}
