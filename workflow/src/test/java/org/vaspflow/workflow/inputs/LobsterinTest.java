package org.vaspflow.workflow.inputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vaspflow.io.lobster.Lobsterin;
import org.vaspflow.io.lobster.LobsterinReader;

/**
 * lobsterin generation: basis lines for Na, Li, Mn, Ru, O against pymatgen's {@code Lobsterin.get_basis}
 * (recorded), NBANDS against LobsterSet, the cohpGenerator / energy window lines, and a round trip through the
 * lobsterin reader.
 */
class LobsterinTest {
    @Test
    void basisLinesAndNbandsMatchPymatgen() {
        for (String name : List.of("na-li-ru2-mn4-o16", "ru-mn7-o16", "li-mn8-o16")) {
            InputSet set = InputSetBuilder.build(PymatgenRecorded.structure(name), "lobster", Map.of());
            List<String> want = PymatgenRecorded.texts(PymatgenRecorded.JSON.at("/lobster/" + name + "/basis"))
                    .stream().map(String::strip).toList();
            assertEquals(want, set.lobsterin().orElseThrow().all("basisfunctions"), name);
            assertEquals(PymatgenRecorded.texts(PymatgenRecorded.JSON.at("/lobster/" + name + "/potcar_symbols")),
                    set.potcarSymbols(), name);
            assertEquals(PymatgenRecorded.JSON.at("/lobster/" + name + "/NBANDS").asInt(), set.lobsterBasisFunctions());
            assertEquals((long) set.lobsterBasisFunctions(), set.incar().get("NBANDS").orElseThrow().plain());
        }
        InputSet all = InputSetBuilder.build(PymatgenRecorded.structure("na-li-ru2-mn4-o16"), "lobster", Map.of());
        Map<String, List<String>> basis = all.lobsterin().orElseThrow().basisFunctions();
        assertEquals(List.of("2p", "3s"), basis.get("Na"));
        assertEquals(List.of("1s", "2s", "2p"), basis.get("Li"));
        assertEquals(List.of("3d", "3p", "4s"), basis.get("Mn"));
        assertEquals(List.of("4d", "4p", "5s"), basis.get("Ru"));
        assertEquals(List.of("2p", "2s"), basis.get("O"));
    }

    @Test
    void functionCountIsTheSumOfOrbitalDegeneracies() {
        // Na 2p 3s = 4, Li 1s 2s 2p = 5, Mn 3d 3p 4s = 9, Ru 4d 4p 5s = 9, O 2p 2s = 4
        InputSet set = InputSetBuilder.build(PymatgenRecorded.structure("na-li-ru2-mn4-o16"), "lobster", Map.of());
        assertEquals(4 + 5 + 4 * 9 + 2 * 9 + 16 * 4, set.lobsterBasisFunctions());
    }

    @Test
    void cohpGeneratorOrbitalWiseAndEnergyWindow() {
        Preset.LobsterSettings s = new Preset.LobsterSettings(null, null, 1.5, 2.4, true, -12.0, 4.5);
        Lobsterin in = LobsterBasis.lobsterin(s, List.of(new LobsterBasis.Entry("Ru", List.of("4d", "4p", "5s")),
                new LobsterBasis.Entry("O", List.of("2p", "2s"))));
        String text = in.write();
        assertEquals("""
                COHPstartEnergy -12.0
                COHPendEnergy 4.5
                basisSet pbeVaspFit2015
                cohpGenerator from 1.5 to 2.4 orbitalwise
                basisfunctions Ru 4d 4p 5s
                basisfunctions O 2p 2s
                """, text);
        Lobsterin back = LobsterinReader.parse("lobsterin", text);
        assertEquals(in, back);
        Lobsterin plain = LobsterBasis.lobsterin(new Preset.LobsterSettings(null, null, null, null, null, null, null),
                List.of());
        assertEquals("from 0.1 to 3.0", plain.get("cohpGenerator").orElseThrow());
    }

    @Test
    void badSettingsAndMissingBasisAreClearErrors() {
        assertThrows(IllegalArgumentException.class, () -> new Preset.LobsterSettings(null, null, 3.0, 1.0, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new Preset.LobsterSettings(null, null, null, null, null, 5.0, -5.0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LobsterBasis.basis(
                PymatgenRecorded.structure("ru-mn7-o16"), List.of("Mn_pv", "Ru_nonsense", "O"), "basis-pbe54-standard"));
        assertTrue(e.getMessage().contains("Ru_nonsense"), e.getMessage());
    }
}
