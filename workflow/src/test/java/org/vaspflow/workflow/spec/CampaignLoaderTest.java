package org.vaspflow.workflow.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CampaignLoaderTest {
    static final String GOOD = """
            campaign: doping
            max_attempts: 2
            matrix:
              materials:
                - {name: feo, structure: FeO.vasp}
                - {name: nio, structure: NiO.vasp}
              dopants:
                - {name: pristine}
                - {name: Mn, substitute: {Fe: Mn}}
              charges: [0, 1]
              adsorbates:
                - {name: OH}
            steps:
              - name: relax
                preset: mp-relax
                incar: {NSW: 5, LWAVE: false, MAGMOM: [5, 5, 0.6, 0.6]}
                kpoints: [2, 2, 2]
              - name: static
                after: relax
                carry: [CONTCAR, CHGCAR]
              - name: lobster
                after: static
                when: {converged_electronic: true}
            """;

    @Test
    void bindsAndExpandsTheMatrix() {
        CampaignSpec s = CampaignLoader.parse(GOOD, "good.yaml");
        assertEquals(2, s.maxAttempts());
        // materials × dopants × charges × (clean surface + one adsorbate)
        assertEquals(2 * 2 * 2 * 2, s.matrix().points().size());
        assertEquals("feo-Mn-q+1", s.matrix().points().get(6).label());
        assertEquals("feo-Mn-q+1-OH", s.matrix().points().get(7).label());
        assertEquals(List.of("CONTCAR", "CHGCAR"), s.step("static").carry());
        assertTrue(s.step("lobster").dynamic());
    }

    @Test
    void unknownKeyNamesPathAndLine() {
        String bad = GOOD.replace("    carry: [CONTCAR, CHGCAR]", "    carry: [CONTCAR, CHGCAR]\n    cary: [WAVECAR]");
        CampaignSpecException e = assertThrows(CampaignSpecException.class, () -> CampaignLoader.parse(bad, "c.yaml"));
        assertEquals("steps[1].cary", e.yamlPath());
        assertEquals(21, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("unknown key 'cary'"), e.getMessage());
        assertTrue(e.getMessage().startsWith("c.yaml:21 at steps[1].cary"), e.getMessage());
    }

    @Test
    void invalidValueNamesPathAndLine() {
        String bad = GOOD.replace("carry: [CONTCAR, CHGCAR]", "carry: [CONTCAR, OUTCAR]");
        CampaignSpecException e = assertThrows(CampaignSpecException.class, () -> CampaignLoader.parse(bad, "c.yaml"));
        assertEquals("steps[1]", e.yamlPath());
        assertTrue(e.line() >= 18 && e.line() <= 21, "line " + e.line());
        assertTrue(e.reason().contains("OUTCAR"), e.reason());
    }

    @Test
    void afterNamingNoEarlierStepNamesItsLine() {
        String bad = GOOD.replace("after: static", "after: statik");
        CampaignSpecException e = assertThrows(CampaignSpecException.class, () -> CampaignLoader.parse(bad, "c.yaml"));
        assertEquals("steps[2].after", e.yamlPath());
        assertEquals(22, e.line());
    }

    @Test
    void wrongTypeNamesPath() {
        String bad = GOOD.replace("charges: [0, 1]", "charges: [0, plus]");
        CampaignSpecException e = assertThrows(CampaignSpecException.class, () -> CampaignLoader.parse(bad, "c.yaml"));
        assertEquals("matrix.charges[1]", e.yamlPath());
        assertEquals(10, e.line());
    }
}
