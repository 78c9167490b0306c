package org.vaspflow.io.vasp.xml;

/**
 * What {@link VasprunReader} may skip: the DOS, the eigenvalues and the projected eigenvalues are by far the
 * largest blocks of a vasprun.xml. Skipped blocks are scanned past, not parsed.
 */
public record VasprunOptions(boolean readDos, boolean readEigenvalues, boolean readProjected) {
    /** Everything. */
    public static final VasprunOptions ALL = new VasprunOptions(true, true, true);
    /** Everything but the projected eigenvalues (pymatgen's default, parse_projected_eigen=False). */
    public static final VasprunOptions DEFAULT = new VasprunOptions(true, true, false);
    /** Structures, energies, forces and parameters only. */
    public static final VasprunOptions STRUCTURES_ONLY = new VasprunOptions(false, false, false);
}
