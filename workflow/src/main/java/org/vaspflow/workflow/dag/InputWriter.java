package org.vaspflow.workflow.dag;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the VASP inputs of one calculation into its folder: at least INCAR, POSCAR, KPOINTS and POTCAR.spec.
 * The engine calls it once per calculation (first attempt; later attempts keep the corrected inputs), then
 * copies the files the step carries from its parent (CONTCAR becomes POSCAR, so {@code structure} is already
 * the parent's CONTCAR when carried). Implementation: {@link PresetInputWriter} (presets, previous calculation,
 * step overrides, checks before writing).
 */
public interface InputWriter {
    /**
     * @param node      the calculation (step, preset, INCAR overrides, matrix point)
     * @param structure the structure file to start from
     * @param folder    the calculation folder (exists)
     */
    void write(CalcNode node, Path structure, Path folder) throws IOException;
}
