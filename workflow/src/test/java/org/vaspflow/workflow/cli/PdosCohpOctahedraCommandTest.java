package org.vaspflow.workflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.analysis.dos.DBand;
import org.vaspflow.analysis.dos.DosSelection;
import org.vaspflow.analysis.geometry.OctahedralFrame;
import org.vaspflow.analysis.geometry.Rotations;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.testing.SharedData;
import org.vaspflow.io.vasp.Poscar;
import org.vaspflow.io.vasp.PoscarReader;
import org.vaspflow.io.vasp.PoscarWriter;
import org.vaspflow.io.vasp.xml.Vasprun;
import org.vaspflow.io.vasp.xml.VasprunOptions;
import org.vaspflow.io.vasp.xml.VasprunReader;

/** {@code vaspflow pdos}, {@code cohp}, {@code octahedra} and {@code icohp --orbital-groups} end to end. */
class PdosCohpOctahedraCommandTest {
    private static final ObjectMapper M = new ObjectMapper();

    @Test
    void pdosWritesCsvPngSvgAndReportsTheDbandCentre(@TempDir Path dir) throws Exception {
        Path vasprun = SharedData.data("vasp/lifepo4-spin/vasprun.xml.gz");
        CliTestSupport.Result r = CliTestSupport.run("pdos", vasprun.toString(), "--select", "Fe:d:total,O:p",
                "--broaden", "0.1", "--erange", "-8:4", "--out", dir.resolve("p.csv").toString(),
                "--out", dir.resolve("p.png").toString(), "--out", dir.resolve("p.svg").toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode out = M.readTree(r.out());
        assertEquals(3, out.get("selections").size(), "Fe:d total, O:p up and down");
        Vasprun v = VasprunReader.read(vasprun, VasprunOptions.DEFAULT);
        DBand d = DBand.of(v.dos().orElseThrow(), v.atomSymbols(), new DosSelection(List.of("Fe"), List.of(), "d", "total"),
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "t");
        assertEquals(d.centerEv(), out.get("selections").get(0).get("dband_center").asDouble(), 1e-12);
        assertFalse(out.get("selections").get(1).has("dband_center"));
        List<String> csv = Files.readAllLines(dir.resolve("p.csv"));
        assertEquals("energy_minus_efermi_eV,Fe:d:total,O:p:up,O:p:down", csv.get(0));
        for (String row : csv.subList(1, csv.size())) {
            double e = Double.parseDouble(row.split(",")[0]);
            assertTrue(e >= -8 && e <= 4, row);
        }
        BufferedImage png = ImageIO.read(dir.resolve("p.png").toFile());
        assertTrue(png.getWidth() > 500 && png.getHeight() > 300);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var doc = f.newDocumentBuilder().parse(dir.resolve("p.svg").toFile());
        assertEquals("svg", doc.getDocumentElement().getLocalName() == null ? doc.getDocumentElement().getNodeName()
                : doc.getDocumentElement().getLocalName());
        assertTrue(Files.readString(dir.resolve("p.svg")).contains("<title>pDOS of vasprun.xml.gz</title>"));
    }

    @Test
    void pdosUsageErrors(@TempDir Path dir) {
        String file = SharedData.data("vasp/lifepo4-spin/vasprun.xml.gz").toString();
        assertEquals(2, CliTestSupport.run("pdos", file, "--select", "Fe").exitCode());
        assertEquals(2, CliTestSupport.run("pdos", file, "--select", "Fe:q").exitCode());
        assertEquals(2, CliTestSupport.run("pdos", file, "--select", "fe:d").exitCode());
        assertEquals(2, CliTestSupport.run("pdos", file, "--select", "Fe:d:sideways").exitCode());
        assertEquals(2, CliTestSupport.run("pdos", file, "--select", "Fe:d", "--erange", "4:-8").exitCode());
        CliTestSupport.Result r = CliTestSupport.run("pdos", file, "--select", "Ru:d");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("no site matches"), r.err());
    }

    @Test
    void pdosFromLobsterFolder(@TempDir Path dir) throws Exception {
        CliTestSupport.Result r = CliTestSupport.run("pdos", SharedData.data("lobster/nacl-v51-lcfo").toString(),
                "--select", "Na:s,Cl:p", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode out = M.readTree(r.out());
        assertTrue(out.get("source").asText().endsWith("DOSCAR.lobster"), "its vasprun.xml (LORBIT=0) has no pDOS");
        CliTestSupport.Result l = CliTestSupport.run("pdos",
                SharedData.data("lobster/nacl-comp-range/DOSCAR.lobster.gz").toString(), "--select", "Cl:p:total", "--json");
        assertEquals(0, l.exitCode(), l.err());
        // NaCl primitive cell: one Cl, its 3p shell full (6 electrons); the projection keeps > 95 %
        double n = M.readTree(l.out()).get("selections").get(0).get("electrons_to_efermi").asDouble();
        assertTrue(n > 0.95 * 6 && n < 6.01, "Cl 3p electrons " + n);
    }

    @Test
    void cohpPlotsAndComparesWithIcohplist(@TempDir Path dir) throws Exception {
        CliTestSupport.Result r = CliTestSupport.run("cohp", SharedData.data("lobster/gaas-spin-emmet").toString(),
                "--label", "average,1", "--spin", "total", "--out", dir.resolve("c.png").toString(),
                "--out", dir.resolve("c.csv").toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode out = M.readTree(r.out());
        JsonNode bond = out.get("curves").get(1);
        assertEquals("1", bond.get("label").asText());
        assertEquals(-4.32914, bond.get("icohplist").asDouble(), 1e-9);
        assertEquals(bond.get("icohplist").asDouble(), bond.get("icohp_trapezoid").asDouble(), 1e-4);
        assertNotNull(ImageIO.read(dir.resolve("c.png").toFile()));
        CliTestSupport.Result sum = CliTestSupport.run("cohp", SharedData.data("lobster/gaas-spin-emmet").toString(),
                "--label", "1+5", "--spin", "total", "--json");
        assertEquals(-4.32914 - 4.32867, M.readTree(sum.out()).get("curves").get(0).get("icohplist").asDouble(), 1e-9);
        List<String> csv = Files.readAllLines(dir.resolve("c.csv"));
        assertTrue(csv.get(0).startsWith("energy_minus_efermi_eV,pCOHP average total,pCOHP No.1 As5-Ga1"), csv.get(0));
        assertEquals(2, CliTestSupport.run("cohp", SharedData.data("lobster/gaas-spin-emmet").toString(),
                "--out", dir.resolve("c.txt").toString()).exitCode());
    }

    @Test
    void dbandReadsDoscarLobster() throws Exception {
        JsonNode g = SharedData.golden("gaas-spin-emmet").get("files").get("DOSCAR.lobster.gz").get("dband")
                .get("by_element").get("Ga");
        CliTestSupport.Result r = CliTestSupport.run("dband",
                SharedData.data("lobster/gaas-spin-emmet/DOSCAR.lobster.gz").toString(), "--element", "Ga", "--json");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(g.get("band_center_summed_erange_none").asDouble(), M.readTree(r.out()).get("center").asDouble(), 1e-6);
    }

    @Test
    void icohpOrbitalGroups() throws Exception {
        CliTestSupport.Result r = CliTestSupport.run("icohp",
                SharedData.data("lobster/reo3-orbitalwise/ICOHPLIST.lobster.mp-190.gz").toString(), "--pair", "Re-O",
                "--max-length", "2.0", "--orbital-groups", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode g = M.readTree(r.out()).get("orbital_groups");
        assertEquals(6, g.get("pairs").get("Re-O").get("count").asInt());
        assertEquals(-1.69551, g.get("bonds").get(0).get("sigma").asDouble(), 1e-9);
        assertEquals(-1.52273, g.get("bonds").get(0).get("pi").asDouble(), 1e-9);
    }

    @Test
    void octahedraReportsARotationAndWritesTheAlignedPoscar(@TempDir Path dir) throws Exception {
        Structure reo3 = PoscarReader.read(SharedData.data("lobster/reo3-orbitalwise/CONTCAR.mp-190.gz")).structure();
        Structure turned = OctahedralFrame.rotated(reo3, Rotations.axisAngle(new double[] {1, 1, 0}, 25));
        Path in = dir.resolve("POSCAR");
        PoscarWriter.write(Poscar.of(turned), in);
        Path outPoscar = dir.resolve("POSCAR.aligned");
        CliTestSupport.Result r = CliTestSupport.run("octahedra", in.toString(), "--center", "Re", "--ligand", "O",
                "--rotate-out", outPoscar.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode o = M.readTree(r.out()).get("octahedra").get(0);
        assertEquals(25, o.get("rotation_angle").asDouble(), 1e-6);
        assertTrue(o.get("projections_mixed").asBoolean());
        CliTestSupport.Result back = CliTestSupport.run("octahedra", outPoscar.toString(), "--center", "Re", "--json");
        JsonNode b = M.readTree(back.out()).get("octahedra").get(0);
        assertEquals(0, b.get("rotation_angle").asDouble(), 1e-5, "POSCAR text keeps ~1e-16 relative precision");
        assertFalse(b.get("projections_mixed").asBoolean());
        assertEquals(2, CliTestSupport.run("octahedra", in.toString(), "--center", "Ru").exitCode());
    }
}
