package org.vaspflow.workflow.inputs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vaspflow.io.vasp.IncarValue;

/**
 * What the user sets on top of a preset and a previous calculation (the highest layer of the precedence
 * preset &lt; previous calculation &lt; override): whole INCAR tags, per-element values of the per-species or
 * per-site tags ({@code LDAUU: {Ru: 4.0}} sets Ru's U wherever Ru is in the species order, so a campaign can give
 * Ru a U that the Materials Project table lacks), an explicit Γ-centred mesh and the spin state of the
 * oxidation-state MAGMOM table.
 *
 * @param tags whole INCAR tags (upper case)
 * @param perElement tag ({@link #PER_ELEMENT}) → element symbol → value
 * @param kpointDivisions explicit Γ-centred divisions, when given
 * @param spin spin state for the oxidation-state MAGMOM table, when given
 * @param oxidationStates element → oxidation state, over the guessed ones (oxidation-state MAGMOM mode)
 */
public record Overrides(Map<String, IncarValue> tags, Map<String, Map<String, Double>> perElement,
        Optional<int[]> kpointDivisions, Optional<Preset.Spin> spin, Map<String, Integer> oxidationStates) {
    /** Tags that may be given per element. */
    public static final Set<String> PER_ELEMENT = Set.of("MAGMOM", "LDAUU", "LDAUJ", "LDAUL");

    public static final Overrides NONE = new Overrides(Map.of(), Map.of(), Optional.empty(), Optional.empty());

    public Overrides(Map<String, IncarValue> tags, Map<String, Map<String, Double>> perElement,
            Optional<int[]> kpointDivisions, Optional<Preset.Spin> spin) {
        this(tags, perElement, kpointDivisions, spin, Map.of());
    }

    public Overrides {
        tags = Map.copyOf(tags);
        Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
        perElement.forEach((k, v) -> {
            if (!PER_ELEMENT.contains(k)) {
                throw new IllegalArgumentException(k + ": only " + new java.util.TreeSet<>(PER_ELEMENT)
                        + " can be given per element");
            }
            copy.put(k, Map.copyOf(v));
        });
        perElement = Map.copyOf(copy);
        kpointDivisions = kpointDivisions.map(int[]::clone);
        oxidationStates = Map.copyOf(oxidationStates);
    }

    public static Overrides of(Map<String, IncarValue> tags) {
        return new Overrides(tags, Map.of(), Optional.empty(), Optional.empty());
    }

    /**
     * A campaign step's {@code incar} map (YAML values: scalars, lists, or element maps for {@link #PER_ELEMENT})
     * and its {@code kpoints} list (empty: none).
     */
    public static Overrides fromYaml(Map<String, Object> incar, List<Integer> kpoints) {
        Map<String, IncarValue> tags = new LinkedHashMap<>();
        Map<String, Map<String, Double>> per = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : incar.entrySet()) {
            String tag = e.getKey().toUpperCase(Locale.ROOT);
            if (e.getValue() instanceof Map<?, ?> m) {
                Map<String, Double> byElement = new LinkedHashMap<>();
                for (Map.Entry<?, ?> x : m.entrySet()) {
                    if (!(x.getValue() instanceof Number n)) {
                        throw new IllegalArgumentException(tag + "." + x.getKey() + ": a number is required, got "
                                + x.getValue());
                    }
                    byElement.put(String.valueOf(x.getKey()), n.doubleValue());
                }
                per.put(tag, byElement);
            } else {
                tags.put(tag, IncarValues.of(e.getValue()));
            }
        }
        Optional<int[]> k = kpoints.isEmpty() ? Optional.empty()
                : Optional.of(kpoints.stream().mapToInt(Integer::intValue).toArray());
        return new Overrides(tags, per, k, Optional.empty());
    }

    public Overrides withSpin(Preset.Spin s) {
        return new Overrides(tags, perElement, kpointDivisions, Optional.of(s), oxidationStates);
    }

    public Overrides withPerElement(String tag, Map<String, Double> values) {
        Map<String, Map<String, Double>> copy = new LinkedHashMap<>(perElement);
        copy.put(tag, values);
        return new Overrides(tags, copy, kpointDivisions, spin, oxidationStates);
    }

    /** Oxidation states the user knows better than the guess (e.g. Ru 4 where pymatgen's guess gives Ru 6). */
    public Overrides withOxidationStates(Map<String, Integer> states) {
        return new Overrides(tags, perElement, kpointDivisions, spin, states);
    }

    public boolean isEmpty() {
        return tags.isEmpty() && perElement.isEmpty() && kpointDivisions.isEmpty() && spin.isEmpty()
                && oxidationStates.isEmpty();
    }
}
