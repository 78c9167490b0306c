package org.vaspflow.workflow.dag;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.vaspflow.workflow.inputs.InputChecks;
import org.vaspflow.workflow.inputs.InputSet;
import org.vaspflow.workflow.inputs.InputSetBuilder;
import org.vaspflow.workflow.inputs.Overrides;
import org.vaspflow.workflow.inputs.PreviousCalculation;

/**
 * The campaign {@link InputWriter}: builds the step's inputs from its preset ({@link InputSetBuilder}; a step
 * without a preset uses {@code bare}, i.e. exactly its own tags), checks them ({@link InputChecks}, with the step's
 * MPI rank count for NCORE/KPAR) and writes INCAR, KPOINTS, POSCAR, POTCAR.spec, lobsterin for LOBSTER presets and
 * README.md (provenance: preset chain, table values used, previous calculation, overrides, source structure).
 *
 * <p>The structure is built first ({@link StructureBuilder}: supercell, dopant configuration, content, slab,
 * adsorbate) and the transformations applied are listed in README.md.
 *
 * <p>Precedence: preset &lt; previous calculation &lt; the step's {@code incar}/{@code kpoints} (overrides). The
 * previous calculation is the folder of the structure file when that file is a CONTCAR (the engine hands the
 * parent's CONTCAR when the step carries it): its CONTCAR is the POSCAR and its OUTCAR's final moments the MAGMOM
 * — unless the step cuts a slab or places an adsorbate, whose sites no longer match the parent's moments.
 *
 * <p>The input hash is the hash of the written files ({@link InputHash}); they carry no time stamp or folder name,
 * so equal inputs hash equal. The matrix point (dopant, charge, adsorbate) is also named in the INCAR's first
 * (comment) line; a charged cell also gets {@code vaspflow.charge}, from which the job script sets NELECT where the
 * POTCARs are ({@code hpc.PotcarSetup}).
 */
public final class PresetInputWriter implements InputWriter {
    /** Preset of a step that names none. */
    public static final String BARE = "bare";
    /** The net charge of the cell (electrons removed), for the job script's NELECT; only for charged points. */
    public static final String CHARGE_FILE = "vaspflow.charge";

    private final StructureBuilder builder;

    public PresetInputWriter(StructureBuilder builder) {
        this.builder = builder;
    }

    /** With the standard structure builder (slabs and adsorbates included). */
    public PresetInputWriter() {
        this(StructureBuilder.standard());
    }

    @Override
    public void write(CalcNode node, Path structure, Path folder) throws IOException {
        String preset = node.step().preset().isEmpty() ? BARE : node.step().preset();
        boolean fromMaterial = structure.toAbsolutePath().normalize().equals(Path.of(node.structure()).normalize());
        StructureBuilder.Built built = builder.build(node, structure, fromMaterial);
        boolean reshaped = node.step().slab().isPresent() || node.step().adsorb();
        // the previous calculation's moments; its structure is the one just built (CONTCAR, rotated if asked)
        Optional<PreviousCalculation> prev = structure.getFileName().toString().equals("CONTCAR") && !reshaped
                ? Optional.of(PreviousCalculation.read(structure.toAbsolutePath().getParent()))
                        .map(p -> new PreviousCalculation(p.folder(), Optional.of(built.structure()), p.magmom()))
                : Optional.empty();
        Overrides ov = Overrides.fromYaml(node.step().incar(), node.step().kpoints());
        InputSet set = InputSetBuilder.build(built.structure(), preset, ov, prev);
        InputChecks.require(set, OptionalInt.of(node.step().ntasks()), node.name());
        List<String> notes = new ArrayList<>();
        notes.add("calculation: `" + node.name() + "` (step `" + node.step().name() + "`, " + node.step().ntasks()
                + " MPI ranks)");
        if (!node.step().incar().isEmpty()) {
            notes.add("step overrides as written in the campaign: `" + node.step().incar() + "`");
        }
        if (!node.step().kpoints().isEmpty()) {
            notes.add("step k-mesh: " + node.step().kpoints());
        }
        prev.ifPresent(p -> notes.add("previous calculation: `" + p.folder() + "`"));
        String point = matrixPoint(node);
        if (!point.isEmpty()) {
            notes.add("matrix point: " + point + " (also named in the INCAR comment)");
        }
        built.provenance().forEach(line -> notes.add("structure: " + line));
        if (node.charge() != 0) {
            notes.add("net charge " + node.charge() + " in vaspflow.charge: the job script sets NELECT = Σ ZVAL − "
                    + node.charge() + " from the POTCARs (hpc.PotcarSetup)");
        }
        org.vaspflow.workflow.inputs.InputWriter.write(set, folder, structure.toString(),
                point.isEmpty() ? "" : "vaspflow " + point, notes);
        java.nio.file.Path chargeFile = folder.resolve(CHARGE_FILE);
        if (node.charge() != 0) {
            java.nio.file.Files.writeString(chargeFile, node.charge() + "\n");
        } else {
            java.nio.file.Files.deleteIfExists(chargeFile);
        }
    }

    private static String matrixPoint(CalcNode node) {
        StringBuilder sb = new StringBuilder();
        if (!node.dopant().isEmpty()) {
            sb.append("dopant ").append(node.dopant()).append(' ').append(new java.util.TreeMap<>(node.substitute()))
                    .append(" x").append(node.dopantCount());
        }
        if (node.charge() != 0) {
            sb.append(sb.length() > 0 ? ", " : "").append("charge ").append(node.charge());
        }
        if (!node.adsorbate().isEmpty()) {
            sb.append(sb.length() > 0 ? ", " : "").append("adsorbate ").append(node.adsorbateMolecule()).append('@')
                    .append(node.adsorbateSite());
        }
        return sb.toString();
    }
}
