package org.vaspflow.io.vasp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.testing.ReaderContract;
import org.vaspflow.io.testing.SharedData;

/** The reader contract (empty, wrong format, compressed, truncated, flipped bytes) for every input reader. */
class InputReaderContractTest {
    @Test
    void poscar(@TempDir Path tmp) {
        ReaderContract.of(PoscarReader::read).check(SharedData.data("vasp/feo-afm-ldau-relax/CONTCAR"), tmp);
    }

    @Test
    void incar(@TempDir Path tmp) {
        ReaderContract.of(IncarReader::read).check(SharedData.data("vasp/feo-afm-ldau-relax/INCAR"), tmp);
    }

    @Test
    void kpoints(@TempDir Path tmp) {
        ReaderContract.of(KpointsReader::read).check(SharedData.data("vasp/k4sn4o6-spin-doscar-procar/IBZKPT"), tmp);
    }

    @Test
    void potcar(@TempDir Path tmp) throws Exception {
        Path fake = FakePotcars.write(tmp.resolve("psp"), "Mn_pv", "O");
        ReaderContract.of(PotcarReader::read).check(fake, tmp.resolve("work"));
    }

    @Test
    void errorsNameLineAndColumn() {
        ParseException e = assertThrows(ParseException.class,
                () -> IncarReader.parse("INCAR", "ENCUT = 520\nMAGMOM = 4*x 2*5\n"));
        assertEquals(2, e.line());
        assertEquals(10, e.column());
        assertTrue(e.getMessage().contains("4*x"), e.getMessage());
        ParseException p = assertThrows(ParseException.class, () -> PoscarReader.parse("POSCAR",
                "x\n1.0\n1 0 0\n0 1 0\n0 0 1\nNa\n1\nDirect\n0.0 0.5 abc\n"));
        assertEquals(9, p.line());
        assertEquals(9, p.column());
        assertEquals("abc", p.snippet());
    }

    @Test
    void incarSyntax() {
        Incar incar = IncarReader.parse("INCAR", """
                SYSTEM = NaMnO2 ! a comment
                ENCUT = 520; ISMEAR = 0   # two tags
                MAGMOM = 4*0.6 2*5
                LDAU = .TRUE.
                LWAVE = F
                LDAUU = 3.9 \\
                        0
                LDAUL = 2 -1
                """);
        assertEquals("NaMnO2", incar.get("SYSTEM").orElseThrow().plain());
        assertEquals(520L, incar.get("ENCUT").map(v -> ((Number) v.plain()).longValue()).orElseThrow());
        assertEquals(0L, incar.get("ISMEAR").orElseThrow().plain());
        assertEquals(List.of(0.6, 0.6, 0.6, 0.6, 5.0, 5.0), java.util.Arrays.stream(
                ((IncarValue.Numbers) incar.get("MAGMOM").orElseThrow()).values()).boxed().toList());
        assertEquals(true, incar.get("LDAU").orElseThrow().plain());
        assertEquals(false, incar.get("LWAVE").orElseThrow().plain());
        assertEquals(2, ((IncarValue.Numbers) incar.get("LDAUU").orElseThrow()).values().length);
        assertEquals("4*0.6 2*5.0", ((IncarValue.Numbers) incar.get("MAGMOM").orElseThrow()).compact());
        assertEquals("MAGMOM = 4*0.6 2*5.0", incar.write(false).lines().filter(l -> l.startsWith("MAGMOM"))
                .findFirst().orElseThrow());
        assertEquals("2 -1", incar.get("LDAUL").orElseThrow().text());
    }

    @Test
    void validatorSuggestsTags() {
        Incar incar = IncarReader.parse("INCAR", "ENCUTT = 520\nISMEAR = 0.5\nNSW = 10\n");
        List<IncarValidator.Finding> findings = IncarValidator.check(incar);
        assertEquals(2, findings.size(), findings.toString());
        assertEquals("ENCUT", findings.get(0).suggestion());
        assertTrue(findings.get(1).problem().contains("expects int"), findings.get(1).problem());
        Incar typos = IncarReader.parse("INCAR", "MAGMON = 2*5\nISMAER = 0\nLWAVES = F\nXYZZY_PLUGH = 1\n");
        assertEquals(List.of("MAGMOM", "ISMEAR", "LWAVE", ""), IncarValidator.check(typos).stream()
                .map(IncarValidator.Finding::suggestion).toList());
        assertTrue(IncarValidator.check(typos).get(0).problem().contains("did you mean MAGMOM?"));
    }

    @Test
    void vasp4PoscarTakesSpeciesFromCommentOrPotcarSpec(@TempDir Path tmp) throws Exception {
        String body = "1.0\n3 0 0\n0 3 0\n0 0 3\n1 1\nDirect\n0 0 0\n0.5 0.5 0.5\n";
        assertEquals("NaCl", PoscarReader.parse("POSCAR", "Na Cl\n" + body).structure().reducedFormula());
        Path dir = Files.createDirectories(tmp.resolve("calc"));
        Files.writeString(dir.resolve("POSCAR"), "rock salt\n" + body);
        assertThrows(ParseException.class, () -> PoscarReader.read(dir.resolve("POSCAR")));
        new PotcarSpec(List.of("Na_pv", "Cl")).write(dir.resolve("POTCAR.spec"));
        assertEquals("NaCl", PoscarReader.read(dir.resolve("POSCAR")).structure().reducedFormula());
    }

    @Test
    void negativeScaleIsTargetVolume() {
        Poscar p = PoscarReader.parse("POSCAR", "x\n-64.0\n1 0 0\n0 1 0\n0 0 1\nNa\n1\nCartesian\n0.5 0.5 0.5\n");
        assertEquals(64.0, p.structure().lattice().volumeAngstrom3(), 1e-9);
        assertEquals(0.5, p.structure().site(0).frac(0), 1e-12);
    }

    @Test
    void selectiveDynamicsRoundTrips() {
        Poscar p = PoscarReader.parse("POSCAR",
                "slab\n1.0\n3 0 0\n0 3 0\n0 0 20\nO\n2\nSelective dynamics\nDirect\n0 0 0 F F F\n0 0 0.1 T T T\n");
        assertTrue(p.selectiveDynamics());
        assertTrue(p.structure().site(0).isConstrained());
        Poscar again = PoscarReader.parse("w", PoscarWriter.write(p));
        assertEquals(p.structure().sites(), again.structure().sites());
    }

    @Test
    void potcarAssemblyRecordsHashes(@TempDir Path tmp) throws Exception {
        Path root = tmp.resolve("psp");
        FakePotcars.write(root, "Na_pv", "O");
        var assembled = PotcarAssembler.assemble(root, "PBE_54", new PotcarSpec(List.of("Na_pv", "O")),
                tmp.resolve("POTCAR"));
        List<PotcarHeader> headers = PotcarReader.read(assembled.potcar());
        assertEquals(List.of("Na_pv", "O"), headers.stream().map(PotcarHeader::symbol).toList());
        assertEquals(7.0, headers.get(0).zvalElectrons());
        assertEquals(64, assembled.sha256BySymbol().get("O").length());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> PotcarAssembler
                .assemble(root, "PBE_54", new PotcarSpec(List.of("Ru_pv")), tmp.resolve("POTCAR2")));
        assertTrue(missing.getMessage().contains("Ru_pv"));
    }
}
