package org.vaspflow.workflow.spec;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One step of a campaign, expanded over every matrix point.
 *
 * @param name    step name (a plain word), e.g. {@code relax}
 * @param after   the step this one follows (empty: first step); it must be DONE first
 * @param preset  INCAR preset name handed to the {@code InputWriter}
 * @param incar   INCAR tags set on top of the preset (user overrides win)
 * @param kpoints Γ-centred mesh divisions (empty: the writer decides)
 * @param carry   files copied from the {@code after} step's folder: {@code CONTCAR} (becomes POSCAR),
 *                {@code CHGCAR}, {@code WAVECAR}, {@code CHG}, {@code WAVEDER}
 * @param when    result conditions (key: value) the {@code after} step must meet; a step with conditions is
 *                dynamic: it is added to the campaign only when its parent finishes with matching results
 * @param variant VASP executable: {@code std} (default), {@code gam} or {@code ncl}
 * @param ntasks  MPI ranks (default 1)
 * @param slab    when present, the step cuts this slab from the structure it starts from
 * @param adsorb  the step places the matrix point's adsorbate on the surface it starts from; it and its
 *                descendants run once per adsorbate, the other steps once per clean point
 * @param alignOctahedron {@code CENTER-LIGAND} (e.g. {@code Ru-O}), or several tried in order ({@code Ru-O,Mn-O}):
 *                rotate the cell so that the octahedron of the first CENTER site present has its axes along x, y,
 *                z, so that VASP's and LOBSTER's t2g/eg projections mean what they say (DOS and LOBSTER steps);
 *                empty: no rotation
 */
public record StepSpec(String name, String after, String preset, Map<String, Object> incar, List<Integer> kpoints,
                       List<String> carry, Map<String, Object> when, String variant, int ntasks,
                       Optional<SlabSpec> slab, boolean adsorb, String alignOctahedron) {
    /** Files a step may carry forward. */
    public static final Set<String> CARRIABLE = Set.of("CONTCAR", "CHGCAR", "WAVECAR", "CHG", "WAVEDER");

    public StepSpec {
        name = Matrix.word(name, "step name");
        after = after == null ? "" : after;
        preset = preset == null ? "" : preset;
        incar = incar == null ? Map.of() : Map.copyOf(incar);
        kpoints = kpoints == null ? List.of() : List.copyOf(kpoints);
        if (!kpoints.isEmpty() && (kpoints.size() != 3 || kpoints.stream().anyMatch(k -> k < 1))) {
            throw new IllegalArgumentException("kpoints: three positive divisions are required, got " + kpoints);
        }
        carry = carry == null ? List.of() : List.copyOf(carry);
        for (String f : carry) {
            if (!CARRIABLE.contains(f)) {
                throw new IllegalArgumentException("carry: '" + f + "' is not one of " + new java.util.TreeSet<>(
                        CARRIABLE));
            }
        }
        when = when == null ? Map.of() : Map.copyOf(when);
        variant = variant == null || variant.isBlank() ? "std" : variant;
        if (!Set.of("std", "gam", "ncl").contains(variant)) {
            throw new IllegalArgumentException("variant must be std, gam or ncl, got '" + variant + "'");
        }
        ntasks = ntasks == 0 ? 1 : ntasks;
        if (ntasks < 1) {
            throw new IllegalArgumentException("ntasks must be positive");
        }
        slab = slab == null ? Optional.empty() : slab;
        alignOctahedron = alignOctahedron == null ? "" : alignOctahedron;
        if (!alignOctahedron.isEmpty() && !alignOctahedron.matches("[A-Z][a-z]?-[A-Z][a-z]?(,[A-Z][a-z]?-[A-Z][a-z]?)*")) {
            throw new IllegalArgumentException("align_octahedron: CENTER-LIGAND such as Ru-O, got '" + alignOctahedron
                    + "'");
        }
        if (slab.isPresent() && adsorb) {
            throw new IllegalArgumentException("a step either cuts a slab or places an adsorbate, not both");
        }
    }

    public StepSpec(String name, String after, String preset, Map<String, Object> incar, List<Integer> kpoints,
                    List<String> carry, Map<String, Object> when, String variant, int ntasks) {
        this(name, after, preset, incar, kpoints, carry, when, variant, ntasks, Optional.empty(), false, "");
    }

    /** Whether this step is added only once its parent's result is known. */
    public boolean dynamic() {
        return !when.isEmpty();
    }
}
