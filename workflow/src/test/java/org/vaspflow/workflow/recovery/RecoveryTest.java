package org.vaspflow.workflow.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.io.testing.SharedData;
import org.vaspflow.io.vasp.IncarReader;
import org.vaspflow.io.vasp.IncarValue;
import org.vaspflow.io.vasp.KpointsReader;

class RecoveryTest {
    @TempDir
    Path dir;

    private Path copyCase(String c) throws Exception {
        try (var files = Files.list(SharedData.data("errors/" + c))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
                dir.resolve(f.getFileName()).toFile().setWritable(true);
            }
        }
        return dir;
    }

    @Test
    void zpotrfEscalatesAndBacksUpEachAttempt() throws Exception {
        Path f = copyCase("zpotrf");
        Files.copy(f.resolve("OSZICAR.one_step"), f.resolve("OSZICAR"));
        Files.copy(f.resolve("POSCAR"), f.resolve("CONTCAR"));
        Recovery r = new Recovery(ErrorCatalog.builtIn());
        List<String> ids = Diagnoser.ids(new Diagnoser(ErrorCatalog.builtIn()).diagnoseFolder(f, false));
        assertEquals(List.of("zpotrf"), ids);
        var applied = r.apply(f, 1, ids, Map.of());
        assertEquals(List.of(new Recovery.Applied("zpotrf", 0, "set ISYM=0")), applied);
        assertEquals(new IncarValue.Int(0), IncarReader.read(f.resolve("INCAR")).get("ISYM").orElseThrow());
        assertTrue(Files.readString(f.resolve("attempt-1/vasp.out")).contains("ZPOTRF"));
        assertTrue(Files.notExists(f.resolve("vasp.out")), "outputs are cleared for the next attempt");

        Files.copy(f.resolve("attempt-1/vasp.out"), f.resolve("vasp.out"));
        Files.copy(f.resolve("POSCAR"), f.resolve("CONTCAR"));
        applied = r.apply(f, 2, ids, Map.of("zpotrf", 1));
        assertEquals(1, applied.get(0).step());
        assertEquals(new IncarValue.Real(0.25), IncarReader.read(f.resolve("INCAR")).get("POTIM").orElseThrow(),
                "POTIM unset: VASP's default 0.5 halved");
        assertTrue(Files.isRegularFile(f.resolve("attempt-2/INCAR")));
        assertTrue(r.apply(f, 3, ids, Map.of("zpotrf", 3)).isEmpty(), "ladder exhausted: give up");
    }

    @Test
    void tooFewBandsRaisesNbandsAndKpointChangesRewriteTheMesh() throws Exception {
        Path f = copyCase("too-few-bands");
        Files.writeString(f.resolve("INCAR"), Files.readString(f.resolve("INCAR")) + "NBANDS = 20\n");
        Recovery r = new Recovery(ErrorCatalog.builtIn());
        r.apply(f, 1, List.of("too_few_bands"), Map.of());
        assertEquals(new IncarValue.Int(22), IncarReader.read(f.resolve("INCAR")).get("NBANDS").orElseThrow());
        r.apply(f, 2, List.of("brmix"), Map.of("brmix", 2));
        var k = KpointsReader.read(f.resolve("KPOINTS"));
        assertEquals("Gamma", k.style());
        assertEquals(7, k.divisions()[0], "6x2x2 made odd");
        assertTrue(IncarReader.read(f.resolve("INCAR")).get("IMIX").isEmpty());
    }
}
