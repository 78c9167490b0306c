package org.vaspflow.workflow.inputs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.vasp.Incar;
import org.vaspflow.io.vasp.IncarValue;

/**
 * Checks an {@link InputSet} before it is written; each problem names the tag, what was expected and what was
 * found. The rules:
 *
 * <ol>
 *   <li>POTCAR.spec has one symbol per species, in the POSCAR's species order (element of the symbol = species).</li>
 *   <li>LDAU: LDAUU, LDAUL and LDAUJ are all present and have one value per species (VASP reads them in POTCAR
 *       order).</li>
 *   <li>MAGMOM has one value per site (3 per site with LNONCOLLINEAR), in the POSCAR's site order.</li>
 *   <li>ISMEAR −5 (tetrahedra with Blöchl corrections) needs at least 4 k-points; vaspflow counts the points of
 *       the full mesh (n1·n2·n3), which bounds the irreducible count from above, so the rule is "n1·n2·n3 &lt; 4 is
 *       an error" — the rule pymatgen's MPRelaxSet applies before switching to ISMEAR 0.</li>
 *   <li>LOBSTER steps (LOBSTER manual, "VASP settings"; pymatgen's LobsterSet): ISYM 0 or −1 (LOBSTER needs the
 *       wave functions of the whole k-mesh, no symmetry reduction), LWAVE true (LOBSTER reads WAVECAR), NSW 0,
 *       NBANDS ≥ the number of basis functions (else LOBSTER stops), ISMEAR −5 or 0 (the two values
 *       pymatgen's LobsterSet accepts).</li>
 *   <li>With a core count: KPAR divides the cores and NCORE divides the cores per k-point group
 *       (cores / KPAR), as VASP distributes bands over NCORE cores within each of KPAR groups.</li>
 * </ol>
 */
public final class InputChecks {
    private InputChecks() {
    }

    /** One failed rule. */
    public record Problem(String tag, String expected, String actual) {
        @Override
        public String toString() {
            return tag + ": expected " + expected + ", got " + actual;
        }
    }

    /** Thrown by {@link #require}: every problem found, one per line. */
    public static final class InputCheckException extends IllegalArgumentException {
        private final transient List<Problem> problems;

        InputCheckException(String where, List<Problem> problems) {
            super(where + ": inputs fail " + problems.size() + " check(s):\n  "
                    + String.join("\n  ", problems.stream().map(Problem::toString).toList()));
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    /** Every problem of the set; {@code cores} is the MPI rank count of the job, when known. */
    public static List<Problem> problems(InputSet set, OptionalInt cores) {
        List<Problem> out = new ArrayList<>();
        Structure s = set.structure();
        List<Structure.SpeciesGroup> groups = s.speciesGroups();
        Incar incar = set.incar();
        List<String> species = groups.stream().map(g -> g.element().symbol()).toList();
        List<String> potcarElements = set.potcarSymbols().stream().map(p -> p.split("_")[0]).toList();
        if (!species.equals(potcarElements)) {
            out.add(new Problem("POTCAR.spec", "elements " + species + " (POSCAR order)", set.potcarSymbols()
                    .toString()));
        }
        if (bool(incar, "LDAU")) {
            for (String tag : List.of("LDAUU", "LDAUL", "LDAUJ")) {
                int n = length(incar, tag);
                if (n != groups.size()) {
                    out.add(new Problem(tag, groups.size() + " values (one per species " + species + ")",
                            n < 0 ? "absent" : n + " values"));
                }
            }
        }
        if (incar.get("MAGMOM").isPresent()) {
            int per = bool(incar, "LNONCOLLINEAR") ? 3 : 1;
            int n = length(incar, "MAGMOM");
            if (n != per * s.size()) {
                out.add(new Problem("MAGMOM", per * s.size() + " values (" + (per == 3 ? "3 per site, " : "one per site, ")
                        + s.size() + " sites in POSCAR order)", n + " values"));
            }
        }
        int[] d = set.kpoints().divisions();
        if (integer(incar, "ISMEAR").orElse(1) == -5 && d.length == 3 && d[0] * d[1] * d[2] < 4) {
            out.add(new Problem("ISMEAR", "not -5 with a mesh of fewer than 4 k-points (mesh " + d[0] + "x" + d[1]
                    + "x" + d[2] + " has " + d[0] * d[1] * d[2] + "); use ISMEAR 0", "-5"));
        }
        if (set.lobsterin().isPresent()) {
            lobster(set, out);
        }
        if (cores.isPresent()) {
            out.addAll(parallel(incar, cores.getAsInt()));
        }
        return out;
    }

    private static void lobster(InputSet set, List<Problem> out) {
        Incar incar = set.incar();
        int isym = integer(incar, "ISYM").orElse(Integer.MIN_VALUE);
        if (isym != 0 && isym != -1) {
            out.add(new Problem("ISYM", "0 or -1 for LOBSTER", isym == Integer.MIN_VALUE ? "absent (VASP default uses symmetry)"
                    : Integer.toString(isym)));
        }
        if (!bool(incar, "LWAVE")) {
            out.add(new Problem("LWAVE", "true for LOBSTER (it reads WAVECAR)", text(incar, "LWAVE")));
        }
        int nsw = integer(incar, "NSW").orElse(0);
        if (nsw != 0) {
            out.add(new Problem("NSW", "0 for LOBSTER (a static run)", Integer.toString(nsw)));
        }
        int nbands = integer(incar, "NBANDS").orElse(-1);
        if (nbands < set.lobsterBasisFunctions()) {
            out.add(new Problem("NBANDS", ">= " + set.lobsterBasisFunctions() + " (LOBSTER basis functions)",
                    nbands < 0 ? "absent" : Integer.toString(nbands)));
        }
        int ismear = integer(incar, "ISMEAR").orElse(1);
        if (ismear != -5 && ismear != 0) {
            out.add(new Problem("ISMEAR", "-5 or 0 for LOBSTER", Integer.toString(ismear)));
        }
    }

    /** KPAR divides {@code cores}; NCORE divides {@code cores / KPAR}. */
    public static List<Problem> parallel(Incar incar, int cores) {
        List<Problem> out = new ArrayList<>();
        if (cores < 1) {
            out.add(new Problem("cores", "at least 1", Integer.toString(cores)));
            return out;
        }
        int kpar = integer(incar, "KPAR").orElse(1);
        int ncore = integer(incar, "NCORE").orElse(1);
        if (kpar < 1 || cores % kpar != 0) {
            out.add(new Problem("KPAR", "a divisor of the " + cores + " cores", Integer.toString(kpar)));
        } else if (ncore < 1 || (cores / kpar) % ncore != 0) {
            out.add(new Problem("NCORE", "a divisor of " + cores / kpar + " (cores " + cores + " / KPAR " + kpar + ")",
                    Integer.toString(ncore)));
        }
        return out;
    }

    /** Throws {@link InputCheckException} when {@link #problems} finds any. */
    public static void require(InputSet set, OptionalInt cores, String where) {
        List<Problem> p = problems(set, cores);
        if (!p.isEmpty()) {
            throw new InputCheckException(where, p);
        }
    }

    private static boolean bool(Incar incar, String tag) {
        return incar.get(tag).map(v -> v instanceof IncarValue.Bool b ? b.value()
                : v.text().trim().toUpperCase(java.util.Locale.ROOT).matches("\\.?T(RUE)?\\.?")).orElse(false);
    }

    private static Optional<Integer> integer(Incar incar, String tag) {
        return incar.get(tag).flatMap(v -> {
            if (v instanceof IncarValue.Int i) {
                return Optional.of((int) i.value());
            }
            if (v instanceof IncarValue.Real r && r.value() == Math.rint(r.value())) {
                return Optional.of((int) r.value());
            }
            try {
                return Optional.of(Integer.parseInt(v.text().trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private static int length(Incar incar, String tag) {
        return incar.get(tag).map(v -> v instanceof IncarValue.Numbers n ? n.values().length
                : v.text().trim().isEmpty() ? 0 : v.text().trim().split("\\s+").length).orElse(-1);
    }

    private static String text(Incar incar, String tag) {
        return incar.get(tag).map(IncarValue::text).orElse("absent");
    }
}
