package org.vaspflow.analysis.dos;

import java.util.List;
import java.util.Locale;
import org.vaspflow.io.vasp.Dos;

/**
 * Which part of a projected DOS to sum: sites (0-based, POSCAR order) or elements, an orbital set and a spin.
 *
 * <p>Orbital sets: {@code s}, {@code p}, {@code d}, {@code f} (every lm orbital of that type, or the l column of an
 * l-decomposed file), {@code t2g} = dxy + dyz + dxz, {@code eg} = dz2 + dx2−y2, or one lm orbital by its VASP
 * name ({@code dxy}, {@code dz2}, {@code dx2-y2} also written {@code dx2} or {@code x2-y2}). t2g/eg refer to the
 * Cartesian axes of the calculation: they mean σ/π only when the octahedra are aligned with those axes.
 *
 * @param elements element symbols to include (empty with sites given)
 * @param sites site indices to include (empty with elements given); both empty = every site
 * @param orbitals orbital set name
 * @param spin {@code total} (sum of spins), {@code up} or {@code down}
 */
public record DosSelection(List<String> elements, List<Integer> sites, String orbitals, String spin) {
    public DosSelection {
        elements = List.copyOf(elements);
        sites = List.copyOf(sites);
        orbitals = orbitals.toLowerCase(Locale.ROOT);
        spin = spin.toLowerCase(Locale.ROOT);
        if (!elements.isEmpty() && !sites.isEmpty()) {
            throw new IllegalArgumentException("select elements or sites, not both");
        }
        if (!List.of("total", "up", "down").contains(spin)) {
            throw new IllegalArgumentException("spin must be total, up or down");
        }
    }

    /** The summed density of the selection on the DOS grid. */
    public double[] density(Dos dos, List<String> speciesPerIon) {
        if (dos.nIons() == 0) {
            throw new IllegalArgumentException("the file has no projected DOS (LORBIT not set?)");
        }
        int channels = dos.nSpins() == 4 ? 1 : dos.nSpins();
        int[] spins = switch (spin) {
            case "up" -> new int[] {0};
            case "down" -> {
                if (channels < 2) {
                    throw new IllegalArgumentException("spin down asked of a non-spin-polarised DOS");
                }
                yield new int[] {1};
            }
            default -> channels == 2 ? new int[] {0, 1} : new int[] {0};
        };
        double[] rho = new double[dos.nEnergies()];
        int matchedIons = 0;
        for (int ion = 0; ion < dos.nIons(); ion++) {
            if (!includes(ion, speciesPerIon)) {
                continue;
            }
            matchedIons++;
            for (int o = 0; o < dos.orbitals().size(); o++) {
                if (!matches(dos.orbitals().get(o))) {
                    continue;
                }
                for (int s : spins) {
                    for (int e = 0; e < rho.length; e++) {
                        rho[e] += dos.partial(ion, s, o, e);
                    }
                }
            }
        }
        if (matchedIons == 0) {
            throw new IllegalArgumentException("no site matches the selection " + this);
        }
        return rho;
    }

    private boolean includes(int ion, List<String> species) {
        if (!sites.isEmpty()) {
            return sites.contains(ion);
        }
        if (elements.isEmpty()) {
            return true;
        }
        if (species.size() <= ion) {
            throw new IllegalArgumentException("selecting by element needs the species of each site (POSCAR beside DOSCAR)");
        }
        return elements.contains(species.get(ion));
    }

    boolean matches(String orbital) {
        String o = orbital.toLowerCase(Locale.ROOT);
        String canonical = o.equals("x2-y2") || o.equals("dx2") ? "dx2-y2" : o;
        return switch (orbitals) {
            case "s", "p", "d", "f" -> Dos.orbitalType(orbital) == orbitals.charAt(0);
            case "t2g" -> canonical.equals("dxy") || canonical.equals("dyz") || canonical.equals("dxz");
            case "eg" -> canonical.equals("dz2") || canonical.equals("dx2-y2");
            default -> canonical.equals(orbitals.equals("dx2") || orbitals.equals("x2-y2") ? "dx2-y2" : orbitals);
        };
    }
}
