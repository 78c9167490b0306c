package org.vaspflow.workflow.dag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vaspflow.io.vasp.Incar;
import org.vaspflow.io.vasp.IncarReader;
import org.vaspflow.io.vasp.Kpoints;
import org.vaspflow.io.vasp.KpointsWriter;
import org.vaspflow.io.vasp.Poscar;
import org.vaspflow.io.vasp.PoscarReader;
import org.vaspflow.io.vasp.PotcarSpec;

/**
 * The trivial {@link InputWriter}: copies the structure file as POSCAR, writes exactly the step's INCAR tags
 * (the preset is only named in a comment line), a Γ-centred KPOINTS from the step's divisions (1×1×1 when
 * none) and POTCAR.spec with the POSCAR's species. The matrix point's dopant, charge and adsorbate go into the
 * INCAR's comment line, so calculations that differ only there get different input hashes; building doped or
 * charged structures is the input generator's job, not this class's.
 */
public final class SimpleInputWriter implements InputWriter {
    @Override
    public void write(CalcNode node, Path structure, Path folder) throws IOException {
        Poscar poscar = PoscarReader.read(structure);
        Files.copy(structure, folder.resolve("POSCAR"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, Object> t : new TreeMap<>(node.step().incar()).entrySet()) {
            text.append(t.getKey().toUpperCase(java.util.Locale.ROOT)).append(" = ").append(incarText(t.getValue()))
                    .append('\n');
        }
        Incar incar = IncarReader.parse("campaign step " + node.step().name(), text.toString());
        String comment = "# vaspflow step " + node.step().name() + (node.step().preset().isEmpty() ? ""
                : " preset " + node.step().preset()) + (node.dopant().isEmpty() ? "" : " dopant " + node.dopant()
                + " " + node.substitute()) + (node.charge() == 0 ? "" : " charge " + node.charge())
                + (node.adsorbate().isEmpty() ? "" : " adsorbate " + node.adsorbateMolecule() + "@"
                + node.adsorbateSite()) + "\n";
        Files.writeString(folder.resolve("INCAR"), comment + incar.write(true), StandardCharsets.US_ASCII);
        List<Integer> k = node.step().kpoints().isEmpty() ? List.of(1, 1, 1) : node.step().kpoints();
        Kpoints kp = Kpoints.mesh("vaspflow step " + node.step().name(), true, k.stream().mapToInt(Integer::intValue).toArray(),
                new double[] {0, 0, 0});
        Files.writeString(folder.resolve("KPOINTS"), KpointsWriter.write(kp), StandardCharsets.US_ASCII);
        new PotcarSpec(poscar.structure().speciesGroups().stream().map(g -> g.element().symbol()).toList())
                .write(folder.resolve("POTCAR.spec"));
    }

    private static String incarText(Object v) {
        if (v instanceof Boolean b) {
            return b ? ".TRUE." : ".FALSE.";
        }
        if (v instanceof List<?> l) {
            return String.join(" ", l.stream().map(String::valueOf).toList());
        }
        return String.valueOf(v);
    }
}
