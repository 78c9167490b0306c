package org.vaspflow.analysis.thermo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.vaspflow.io.parse.Compression;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.vasp.out.Outcar;
import org.vaspflow.io.vasp.out.OutcarReader;
import org.vaspflow.io.vasp.out.Oszicar;
import org.vaspflow.io.vasp.out.OszicarReader;
import org.vaspflow.io.vasp.xml.Vasprun;
import org.vaspflow.io.vasp.xml.VasprunOptions;
import org.vaspflow.io.vasp.xml.VasprunReader;

/**
 * The final total energy of a calculation folder, read through the vasp-io readers in this order: vasprun.xml
 * (pymatgen's {@code Vasprun.final_energy}: e_0_energy of the last ionic step, with pymatgen's VASP 5 workaround),
 * else OUTCAR ({@code energy(sigma->0)} of the last ionic step, pymatgen's {@code Outcar.final_energy}), else OSZICAR
 * ({@code E0} of the last ionic step). Files are found by their name without compression suffix, and also by a
 * name with a suffix such as {@code vasprun.xml.relax1.gz} when no plain one exists (and, for vasprun.xml, a
 * variant such as {@code vasprun.magmom_ldau.xml.gz}).
 *
 * @param energyEv the energy of the whole cell, eV
 * @param nAtoms atoms in the cell (0 when the file does not say: OSZICAR)
 * @param file the file it came from
 * @param quantity what was read, e.g. {@code vasprun.xml final_energy (e_0_energy, last ionic step)}
 * @param complete false when the file was damaged or the run unfinished (the energy is then that of the last
 *     complete ionic step)
 */
public record CalcEnergy(double energyEv, int nAtoms, Path file, String quantity, boolean complete) {

    /** Reads the folder's final energy; a {@link ParseException} naming the folder when no file holds one. */
    public static CalcEnergy read(Path folder) {
        Optional<Path> vasprun = find(folder, "vasprun.xml");
        if (vasprun.isPresent()) {
            Vasprun v = VasprunReader.read(vasprun.get(), VasprunOptions.STRUCTURES_ONLY);
            if (!v.ionicSteps().isEmpty()) {
                return new CalcEnergy(v.finalEnergyEv(), v.atomSymbols().size(), vasprun.get(),
                        "vasprun.xml final_energy (e_0_energy of the last ionic step, pymatgen 2022.11.7 rule)",
                        v.completeness().complete());
            }
        }
        Optional<Path> outcar = find(folder, "OUTCAR");
        if (outcar.isPresent()) {
            Outcar o = OutcarReader.read(outcar.get());
            if (!o.ionicSteps().isEmpty()) {
                int n = o.ionicSteps().get(o.ionicSteps().size() - 1).positionsAngstrom().length / 3;
                return new CalcEnergy(o.finalEnergyEv(), n, outcar.get(),
                        "OUTCAR energy(sigma->0) of the last ionic step", o.completeness().complete());
            }
        }
        Optional<Path> oszicar = find(folder, "OSZICAR");
        if (oszicar.isPresent()) {
            Oszicar z = OszicarReader.read(oszicar.get());
            if (!z.ionicSteps().isEmpty()) {
                return new CalcEnergy(z.finalEnergyEv(), 0, oszicar.get(), "OSZICAR E0 of the last ionic step",
                        z.completeness().complete());
            }
        }
        throw new ParseException(folder, 0, 0, "", "no final energy: no vasprun.xml, OUTCAR or OSZICAR with a "
                + "finished ionic step in this folder");
    }

    /**
     * The file of a folder whose name without compression suffix is {@code base}; failing that, the first (sorted)
     * whose name starts with {@code base + "."} (e.g. {@code vasprun.xml.relax1.gz}).
     */
    public static Optional<Path> find(Path folder, String base) {
        if (!Files.isDirectory(folder)) {
            throw new ParseException(folder, 0, 0, "", "not a calculation folder");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        for (Path f : files) {
            if (Compression.baseName(f).equals(base)) {
                return Optional.of(f);
            }
        }
        Optional<Path> suffixed = files.stream().filter(f -> f.getFileName().toString().startsWith(base + "."))
                .findFirst();
        if (suffixed.isPresent() || !base.equals("vasprun.xml")) {
            return suffixed;
        }
        // pymatgen's test files name variants vasprun.<variant>.xml(.gz): accept them when nothing else is there
        return files.stream().filter(f -> Compression.baseName(f).matches("vasprun\\..+\\.xml")).findFirst();
    }
}
