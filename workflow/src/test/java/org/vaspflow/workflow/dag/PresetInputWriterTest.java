package org.vaspflow.workflow.dag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.io.lobster.LobsterinReader;
import org.vaspflow.io.testing.SharedData;
import org.vaspflow.io.vasp.Incar;
import org.vaspflow.io.vasp.IncarReader;
import org.vaspflow.io.vasp.KpointsReader;
import org.vaspflow.io.vasp.PoscarReader;
import org.vaspflow.io.vasp.PotcarSpec;
import org.vaspflow.workflow.inputs.InputChecks;
import org.vaspflow.workflow.spec.Matrix;
import org.vaspflow.workflow.spec.MatrixPoint;
import org.vaspflow.workflow.spec.StepSpec;

/** The campaign writer: preset + step overrides + previous calculation, checks, provenance, a stable hash. */
class PresetInputWriterTest {
    static final Path FEO = SharedData.data("vasp/feo-afm-ldau-relax");

    static CalcNode node(String step, String preset, Map<String, Object> incar, List<Integer> k, int ntasks) {
        return new CalcNode("feo", FEO.resolve("POSCAR").toString(), point(Optional.empty()), List.of(),
                new StepSpec(step, "", preset, incar, k, List.of(), Map.of(), "std", ntasks));
    }

    static MatrixPoint point(Optional<Matrix.Dopant> dopant) {
        return new MatrixPoint(new Matrix.Material("feo", FEO.resolve("POSCAR").toString()), dopant, 0,
                Optional.empty(), 0, Optional.empty());
    }

    @Test
    void lobsterStepWritesEveryFileAndProvenance(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("lobster"));
        CalcNode n = node("lobster", "lobster", Map.of("ENCUT", 600, "LDAUU", Map.of("Fe", 4.5)), List.of(), 4);
        new PresetInputWriter().write(n, FEO.resolve("POSCAR"), dir);
        for (String f : List.of("INCAR", "KPOINTS", "POSCAR", "POTCAR.spec", "lobsterin", "README.md")) {
            assertTrue(Files.size(dir.resolve(f)) > 0, f);
        }
        Incar incar = IncarReader.read(dir.resolve("INCAR"));
        assertEquals(600L, incar.get("ENCUT").orElseThrow().plain());
        assertEquals(4.5, ((double[]) incar.get("LDAUU").orElseThrow().plain())[0]);
        assertEquals(26L, incar.get("NBANDS").orElseThrow().plain());
        assertEquals(List.of("Fe 3d 4p 4s", "O 2p 2s"), LobsterinReader.read(dir.resolve("lobsterin")).all("basisfunctions"));
        assertEquals(List.of("Fe", "O"), PotcarSpec.read(dir.resolve("POTCAR.spec")).symbols());
        String readme = Files.readString(dir.resolve("README.md"));
        assertTrue(readme.contains("preset chain: `base` < `static` < `lobster`"), readme);
        assertTrue(readme.contains("LDAUU Fe 4.5 (override)"), readme);
        assertTrue(readme.contains("LDAUU Fe 5.3 eV (table hubbard-u-mp, anion O)"), readme);
        assertTrue(readme.contains("MAGMOM Fe2+ 4.0"), readme);
        assertTrue(readme.contains("POTCAR Fe Fe (table potcar-pbe54)"), readme);
        assertTrue(readme.contains(FEO.resolve("POSCAR").toString()), readme);
        assertTrue(readme.contains("step overrides as written in the campaign"), readme);
    }

    @Test
    void hashIsStableAndFollowsTheInputs(@TempDir Path tmp) throws Exception {
        CalcNode n = node("relax", "relax", Map.of(), List.of(), 1);
        Path a = Files.createDirectories(tmp.resolve("a"));
        Path b = Files.createDirectories(tmp.resolve("b"));
        new PresetInputWriter().write(n, FEO.resolve("POSCAR"), a);
        new PresetInputWriter().write(n, FEO.resolve("POSCAR"), b);
        Files.writeString(b.resolve("README.md"), "edited by hand\n");
        assertEquals(InputHash.of(a), InputHash.of(b), "same inputs, same hash; README.md is not an input");
        Path c = Files.createDirectories(tmp.resolve("c"));
        new PresetInputWriter().write(node("relax", "relax", Map.of("ENCUT", 600), List.of(), 1), FEO.resolve("POSCAR"), c);
        assertNotEquals(InputHash.of(a), InputHash.of(c));
        Path d = Files.createDirectories(tmp.resolve("d"));
        CalcNode doped = new CalcNode("feo-Mn", FEO.resolve("POSCAR").toString(),
                point(Optional.of(new Matrix.Dopant("Mn", Map.of("Fe", "Mn"), 1))), List.of(), n.step());
        new PresetInputWriter().write(doped, FEO.resolve("POSCAR"), d);
        assertNotEquals(InputHash.of(a), InputHash.of(d), "the doped structure");
        assertTrue(Files.readString(d.resolve("POSCAR")).contains("Mn"), "the dopant is in the structure");
        assertTrue(Files.readString(d.resolve("INCAR")).startsWith("# vaspflow dopant Mn {Fe=Mn} x1\n"));
    }

    @Test
    void carriedContcarMakesThePreviousCalculation(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("static"));
        new PresetInputWriter().write(node("static", "static", Map.of(), List.of(), 1), FEO.resolve("CONTCAR"), dir);
        Incar incar = IncarReader.read(dir.resolve("INCAR"));
        double[] m = (double[]) incar.get("MAGMOM").orElseThrow().plain();
        assertEquals(3.007, m[0], 1e-12, "OUTCAR's final moment beside the CONTCAR");
        assertTrue(PoscarReader.read(dir.resolve("POSCAR")).structure().equalsWithin(
                PoscarReader.read(FEO.resolve("CONTCAR")).structure(), 1e-9, 1e-12));
        assertTrue(Files.readString(dir.resolve("README.md")).contains("previous calculation: `" + FEO));
    }

    @Test
    void stepWithoutPresetWritesItsOwnTagsAndMesh(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("bare"));
        new PresetInputWriter().write(node("relax", "", Map.of("NSW", 5, "MAGMOM", List.of(5, -5, 0.6, 0.6)), List.of(2, 2, 2), 1),
                FEO.resolve("POSCAR"), dir);
        Incar incar = IncarReader.read(dir.resolve("INCAR"));
        assertEquals(List.of("MAGMOM", "NSW"), incar.tags().keySet().stream().sorted().toList());
        assertEquals("Gamma", KpointsReader.read(dir.resolve("KPOINTS")).style());
        assertEquals(2, KpointsReader.read(dir.resolve("KPOINTS")).divisions()[0]);
    }

    @Test
    void campaignYamlOverridesPerElement(@TempDir Path tmp) throws Exception {
        var spec = org.vaspflow.workflow.spec.CampaignLoader.parse("""
                campaign: ru-u
                matrix:
                  materials:
                    - {name: feo, structure: %s}
                steps:
                  - name: relax
                    preset: relax
                    incar: {LDAUU: {Fe: 4.2}, MAGMOM: {Fe: -3.0}, ENCUT: 450}
                    ntasks: 8
                """.formatted(FEO.resolve("POSCAR")), "campaign.yaml");
        CalcNode n = CalcNode.of(spec.matrix().points().get(0), FEO.resolve("POSCAR").toString(), List.of(),
                spec.steps().get(0));
        Path dir = Files.createDirectories(tmp.resolve("relax"));
        new PresetInputWriter().write(CalcNode.fromJson(n.toJson()), FEO.resolve("POSCAR"), dir);
        Incar incar = IncarReader.read(dir.resolve("INCAR"));
        assertEquals(4.2, ((double[]) incar.get("LDAUU").orElseThrow().plain())[0]);
        assertEquals(-3.0, ((double[]) incar.get("MAGMOM").orElseThrow().plain())[1]);
        assertEquals(450L, incar.get("ENCUT").orElseThrow().plain());
        assertEquals(-0.02, incar.get("EDIFFG").orElseThrow().plain(), "the relax preset underneath");
    }

    @Test
    void failingCheckNamesTheCalculationAndWritesNothing(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("x"));
        CalcNode n = node("lobster", "lobster", Map.of("ISYM", 2, "NCORE", 3), List.of(), 4);
        InputChecks.InputCheckException e = assertThrows(InputChecks.InputCheckException.class,
                () -> new PresetInputWriter().write(n, FEO.resolve("POSCAR"), dir));
        assertTrue(e.getMessage().startsWith("feo/lobster: inputs fail 2 check(s)"), e.getMessage());
        assertTrue(e.getMessage().contains("NCORE: expected a divisor of 4 (cores 4 / KPAR 1), got 3"), e.getMessage());
        assertEquals(0, Files.list(dir).count());
    }
}
