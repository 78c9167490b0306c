package org.vaspflow.analysis.dos;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vaspflow.io.lobster.LobsterDoscar;
import org.vaspflow.io.lobster.LobsterDoscarReader;
import org.vaspflow.io.parse.Compression;
import org.vaspflow.io.parse.FileFormat;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.vasp.Dos;
import org.vaspflow.io.vasp.out.Doscar;
import org.vaspflow.io.vasp.out.DoscarReader;
import org.vaspflow.io.vasp.xml.Vasprun;
import org.vaspflow.io.vasp.xml.VasprunOptions;
import org.vaspflow.io.vasp.xml.VasprunReader;

/**
 * One view of a site-projected DOS whatever file it came from (vasprun.xml, DOSCAR, DOSCAR.lobster): energies
 * relative to E-fermi, the element of each site, and per site its orbital names in VASP spelling ({@code s, py,
 * dxy, dx2-y2, …}; LOBSTER's {@code 4d_x^2-y^2} becomes {@code dx2-y2}) — a LOBSTER basis differs from site to
 * site, so the names are kept per site.
 *
 * @param source the file read
 * @param efermiEv E-fermi (absolute, eV) the energies were shifted by; LOBSTER files are already shifted and give it
 *     in their header
 * @param energiesEv ε = E − E_F per grid point, eV
 * @param nSpins 1 or 2 (a non-collinear DOSCAR counts as 1: only its total, not the magnetisation columns)
 * @param species element symbol per site, POSCAR order
 * @param orbitalsPerSite orbital names per site, normalised to VASP spelling
 * @param densities per site, flat [spin][orbital][energy], states/eV
 */
public record ProjectedDos(String source, double efermiEv, double[] energiesEv, int nSpins, List<String> species,
        List<List<String>> orbitalsPerSite, List<double[]> densities) {

    public ProjectedDos {
        species = List.copyOf(species);
        orbitalsPerSite = List.copyOf(orbitalsPerSite);
        densities = List.copyOf(densities);
    }

    /**
     * A file, or in a folder the first of vasprun.xml, DOSCAR.lobster, DOSCAR (any compression) that has a projected
     * DOS (a LORBIT=0 vasprun.xml beside a DOSCAR.lobster is passed over).
     */
    public static ProjectedDos find(Path p) throws java.io.IOException {
        if (!Files.isDirectory(p)) {
            return ProjectedDos.read(p);
        }
        List<String> skipped = new ArrayList<>();
        try (var s = Files.list(p)) {
            List<Path> files = s.sorted().toList();
            for (String want : new String[] {"vasprun.xml", "DOSCAR.lobster", "DOSCAR"}) {
                for (Path f : files) {
                    if (Compression.baseName(f).equals(want)) {
                        try {
                            return ProjectedDos.read(f);
                        } catch (IllegalArgumentException e) {
                            skipped.add(e.getMessage());
                        }
                    }
                }
            }
        }
        throw new ParseException(p, 0, 0, "", "no vasprun.xml, DOSCAR.lobster or DOSCAR with a projected DOS in this "
                + "folder" + (skipped.isEmpty() ? "" : " (" + String.join("; ", skipped) + ")"));
    }

    /** The projected DOS of a vasprun.xml, DOSCAR (with the POSCAR beside it) or DOSCAR.lobster. */
    public static ProjectedDos read(Path file) {
        FileFormat f = FileFormat.detect(file).orElseThrow(
                () -> new ParseException(file, 0, 0, "", "not a vasprun.xml, DOSCAR or DOSCAR.lobster"));
        return switch (f) {
            case VASPRUN -> {
                Vasprun v = VasprunReader.read(file, VasprunOptions.DEFAULT);
                Dos dos = v.dos().orElseThrow(() -> new ParseException(file, 0, 0, "", "no <dos> block in this vasprun.xml"));
                yield of(dos, v.atomSymbols(), file.toString());
            }
            case DOSCAR -> {
                Doscar d = DoscarReader.read(file);
                yield of(d.dos(), d.speciesPerIon(), file.toString());
            }
            case LOBSTER_DOSCAR -> of(LobsterDoscarReader.read(file), file.toString());
            default -> throw new ParseException(file, 0, 0, "", "a " + f + " file has no projected DOS");
        };
    }

    /** From a VASP DOS (vasprun.xml or DOSCAR); energies are shifted by its E-fermi. */
    public static ProjectedDos of(Dos dos, List<String> speciesPerIon, String source) {
        if (dos.nIons() == 0) {
            throw new IllegalArgumentException(source + ": the file has no projected DOS (LORBIT not set?)");
        }
        int n = dos.nEnergies();
        double[] eps = new double[n];
        for (int e = 0; e < n; e++) {
            eps[e] = dos.energiesEv()[e] - dos.efermiEv();
        }
        int spins = dos.nSpins() == 4 ? 1 : dos.nSpins();
        int nOrb = dos.orbitals().size();
        List<String> names = dos.orbitals().stream().map(ProjectedDos::vaspName).toList();
        List<List<String>> orbitals = new ArrayList<>();
        List<double[]> dens = new ArrayList<>();
        for (int ion = 0; ion < dos.nIons(); ion++) {
            double[] d = new double[spins * nOrb * n];
            for (int s = 0; s < spins; s++) {
                for (int o = 0; o < nOrb; o++) {
                    for (int e = 0; e < n; e++) {
                        d[(s * nOrb + o) * n + e] = dos.partial(ion, s, o, e);
                    }
                }
            }
            orbitals.add(names);
            dens.add(d);
        }
        List<String> species = speciesPerIon.size() >= dos.nIons() ? speciesPerIon : List.of();
        return new ProjectedDos(source, dos.efermiEv(), eps, spins, species, orbitals, dens);
    }

    /** From DOSCAR.lobster: energies as written (already E − E_F), elements from the atom headers. */
    public static ProjectedDos of(LobsterDoscar d, String source) {
        if (d.atoms().isEmpty()) {
            throw new IllegalArgumentException(source + ": DOSCAR.lobster without projected blocks");
        }
        List<String> species = new ArrayList<>();
        List<List<String>> orbitals = new ArrayList<>();
        List<double[]> dens = new ArrayList<>();
        for (LobsterDoscar.AtomDos a : d.atoms()) {
            species.add(a.element().symbol());
            orbitals.add(a.orbitals().stream().map(ProjectedDos::vaspName).toList());
            dens.add(a.density());
        }
        return new ProjectedDos(source, d.total().efermiEv(), d.total().energiesEv().clone(), d.total().nSpins(),
                species, orbitals, dens);
    }

    public int nEnergies() {
        return energiesEv.length;
    }

    public int nSites() {
        return densities.size();
    }

    /** Density of one site, spin and orbital (index into {@code orbitalsPerSite().get(site)}) at energy e. */
    public double density(int site, int spin, int orbital, int e) {
        return densities.get(site)[(spin * orbitalsPerSite.get(site).size() + orbital) * energiesEv.length + e];
    }

    /**
     * An orbital name in VASP spelling: LOBSTER's {@code 3s}, {@code 2p_y}, {@code 4d_x^2-y^2}, {@code 4d_z^2}
     * become {@code s}, {@code py}, {@code dx2-y2}, {@code dz2}; VASP 5.4's {@code x2-y2} becomes {@code dx2-y2}.
     */
    public static String vaspName(String orbital) {
        String o = orbital.strip().toLowerCase(Locale.ROOT).replaceFirst("^\\d+", "").replace("_", "").replace("^", "");
        return o.equals("x2-y2") || o.equals("dx2") ? "dx2-y2" : o;
    }
}
