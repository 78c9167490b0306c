package org.vaspflow.workflow.inputs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.vasp.PoscarReader;
import org.vaspflow.io.vasp.out.Outcar;
import org.vaspflow.io.vasp.out.OutcarReader;
import org.vaspflow.io.vasp.out.SiteTable;

/**
 * What a finished calculation hands to the next (the middle layer of preset &lt; previous calculation &lt;
 * override): its final structure (CONTCAR becomes POSCAR) and its final magnetic moments per site (the
 * {@code tot} column of the last {@code magnetization (x)} table of OUTCAR, as atomate2/pymatgen's
 * {@code get_structure_from_prev_run} takes them), in the previous POSCAR's site order.
 *
 * @param folder the previous calculation's folder
 * @param structure its CONTCAR, when present and not empty
 * @param magmom its final moments per site (μB), when OUTCAR printed them
 */
public record PreviousCalculation(Path folder, Optional<Structure> structure, Optional<double[]> magmom) {
    public PreviousCalculation {
        magmom = magmom.map(double[]::clone);
    }

    /** Reads CONTCAR and OUTCAR (either may be missing) of a finished calculation folder. */
    public static PreviousCalculation read(Path folder) {
        Path contcar = folder.resolve("CONTCAR");
        Optional<Structure> s = Optional.empty();
        if (nonEmpty(contcar)) {
            s = Optional.of(PoscarReader.read(contcar).structure());
        }
        Optional<double[]> m = Optional.empty();
        Path outcar = folder.resolve("OUTCAR");
        if (nonEmpty(outcar)) {
            Outcar o = OutcarReader.read(outcar);
            m = o.magnetizationX().map(t -> t.column("tot")).filter(c -> c.length > 0);
        }
        return new PreviousCalculation(folder, s, m);
    }

    /** Final moments, if any, as a {@link SiteTable} would give them. */
    public Optional<double[]> magmom() {
        return magmom.map(double[]::clone);
    }

    private static boolean nonEmpty(Path p) {
        try {
            return Files.isRegularFile(p) && Files.size(p) > 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
