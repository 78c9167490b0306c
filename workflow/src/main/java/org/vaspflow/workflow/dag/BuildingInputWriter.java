package org.vaspflow.workflow.dag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.vaspflow.io.vasp.Poscar;
import org.vaspflow.io.vasp.PoscarWriter;

/**
 * An {@link InputWriter} that first builds the calculation's structure ({@link StructureBuilder}: supercell,
 * dopants, content, slab, adsorbate) and hands it to the writer it wraps as the structure to start from; the
 * transformations applied are appended to the folder's {@code README.md} under "Structure".
 */
public final class BuildingInputWriter implements InputWriter {
    private final InputWriter inner;
    private final StructureBuilder builder;

    public BuildingInputWriter(InputWriter inner, StructureBuilder builder) {
        this.inner = inner;
        this.builder = builder;
    }

    @Override
    public void write(CalcNode node, Path structure, Path folder) throws IOException {
        boolean fromMaterial = structure.toAbsolutePath().normalize().equals(Path.of(node.structure()).normalize());
        StructureBuilder.Built built = builder.build(node, structure, fromMaterial);
        Path tmp = Files.createTempFile("vaspflow-start", ".vasp");
        try {
            String comment = node.name() + " " + built.structure().formula();
            Files.writeString(tmp, PoscarWriter.write(Poscar.of(built.structure().sortedByElectronegativity().withComment(comment))),
                    StandardCharsets.US_ASCII);
            inner.write(node, tmp, folder);
        } finally {
            Files.deleteIfExists(tmp);
        }
        StringBuilder md = new StringBuilder("\n## Structure\n\n");
        built.provenance().forEach(line -> md.append("- ").append(line).append('\n'));
        Files.writeString(folder.resolve("README.md"), md, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
