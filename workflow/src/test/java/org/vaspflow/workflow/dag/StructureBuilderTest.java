package org.vaspflow.workflow.dag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.workflow.inputs.StructureFiles;
import org.vaspflow.workflow.spec.CampaignLoader;
import org.vaspflow.workflow.spec.CampaignSpec;

class StructureBuilderTest {
    private static final Path O3 = Path.of("..", "examples", "structures", "NaRuO2-O3.vasp").toAbsolutePath();

    private static CampaignSpec spec(String matrixBody) {
        return CampaignLoader.parse("campaign: t\nmatrix:\n" + matrixBody + "steps:\n  - name: relax\n", "t.yaml");
    }

    @Test
    void supercellDopantAndContentComposeInThatOrder(@TempDir Path dir) throws Exception {
        Files.copy(O3, dir.resolve("o3.vasp"));
        CampaignSpec s = spec("""
                  materials:
                    - {name: o3, structure: o3.vasp, supercell_size: 3, in_plane: true}
                  dopants:
                    - {name: Li, substitute: {Ru: Li}, count: 3}
                  contents:
                    - {name: x0.67, element: Na, fraction: 0.666667}
                """);
        CalcNode node = new Planner(s, dir).nodes().get(0);
        List<String> notes = new ArrayList<>();
        Structure built = StructureBuilder.bulk(node.point(), StructureFiles.read(dir.resolve("o3.vasp")), notes);
        Map<Element, Integer> comp = built.composition();
        assertEquals(6, comp.get(Element.of("Na")), "2/3 of 9 Na kept");
        assertEquals(3, comp.get(Element.of("Li")));
        assertEquals(6, comp.get(Element.of("Ru")));
        assertEquals(18, comp.get(Element.of("O")));
        assertEquals(2, notes.size(), notes.toString());
        assertTrue(notes.get(1).startsWith("dopant Li: 3 Ru -> Li; content x0.67: 3 of 9 Na removed; configuration 1 of "),
                notes.get(1));
    }

    @Test
    void aContentTheCellCannotHoldIsRefusedWithTheReason(@TempDir Path dir) throws Exception {
        Files.copy(O3, dir.resolve("o3.vasp"));
        CampaignSpec s = spec("""
                  materials:
                    - {name: o3, structure: o3.vasp}
                  contents:
                    - {name: x0.5, element: Na, fraction: 0.5}
                """);
        CalcNode node = new Planner(s, dir).nodes().get(0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StructureBuilder.bulk(
                node.point(), StructureFiles.read(dir.resolve("o3.vasp")), new ArrayList<>()));
        assertTrue(e.getMessage().contains("0.5 of 3 Na sites is 1.500, not a whole number of atoms; choose a "
                + "supercell with a multiple of 2 Na sites"), e.getMessage());
    }

    @Test
    void alignOctahedronUndoesARotationOfTheCell() {
        Structure reo3 = org.vaspflow.io.vasp.PoscarReader.read(org.vaspflow.io.testing.SharedData.data(
                "lobster/reo3-orbitalwise/CONTCAR.mp-190.gz")).structure();
        double a = Math.toRadians(30);
        double[][] q = {{Math.cos(a), -Math.sin(a), 0}, {Math.sin(a), Math.cos(a), 0}, {0, 0, 1}};
        Structure turned = org.vaspflow.analysis.geometry.OctahedralFrame.rotated(reo3, q);
        int re = 0;
        while (!turned.site(re).element().equals(Element.of("Re"))) {
            re++;
        }
        assertEquals(30, org.vaspflow.analysis.geometry.OctahedralFrame.of(turned, re, "O").maxTiltDeg(), 1e-6);
        List<String> notes = new ArrayList<>();
        Structure back = StructureBuilder.aligned(turned, "Ru-O,Re-O", notes);
        assertEquals(0, org.vaspflow.analysis.geometry.OctahedralFrame.of(back, re, "O").maxTiltDeg(), 1e-6);
        assertTrue(notes.get(0).startsWith("cell rotated to align the Re-O octahedron"), notes.toString());
        assertEquals(turned.lattice().volumeAngstrom3(), back.lattice().volumeAngstrom3(), 1e-9);
        List<String> none = new ArrayList<>();
        assertEquals(turned, StructureBuilder.aligned(turned, "Ru-O", none));
        assertEquals("no Ru-O octahedron to align: cell not rotated", none.get(0));
    }
}
