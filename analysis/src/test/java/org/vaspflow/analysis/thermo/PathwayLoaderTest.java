package org.vaspflow.analysis.thermo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.testing.SharedData;

class PathwayLoaderTest {
    private static final String HEAD = """
            reaction: metal_o2
            process: reduction
            carrier: {ion: Na, reference: Na, per_pair: 1}
            """;

    @Test
    void unknownKeyNamesPathAndLine() {
        String yaml = HEAD + """
                species:
                  Na: {energy_ev: -1.3}
                  O2: {energy_ev: -9.8, zpe: 0.1}
                steps:
                  - {reactants: {O2: 1}, products: {Na: 1}, electrons: 1}
                """;
        PathwayException e = assertThrows(PathwayException.class, () -> PathwayLoader.parse(yaml, "p.yaml"));
        assertEquals("species.O2.zpe", e.yamlPath());
        assertEquals(6, e.line());
        assertTrue(e.getMessage().contains("unknown key 'zpe'"), e.getMessage());
        assertTrue(e.getMessage().startsWith("p.yaml:6"), e.getMessage());
    }

    @Test
    void unknownTopLevelKeyIsNamedEvenWhenRequiredKeysAreMissing() {
        String yaml = HEAD + """
                species: {Na: {energy_ev: -1}}
                step: []
                """;
        PathwayException e = assertThrows(PathwayException.class, () -> PathwayLoader.parse(yaml, "p.yaml"));
        assertTrue(e.getMessage().contains("unknown key 'step'"), e.getMessage());
        assertEquals(5, e.line());
    }

    @Test
    void stepNamingAnUnknownSpeciesNamesPathAndLine() {
        String yaml = HEAD + """
                species:
                  Na: {energy_ev: -1.3}
                  O2: {energy_ev: -9.8}
                steps:
                  - {reactants: {O2: 1}, products: {Na: 1}, electrons: 1}
                  - reactants: {O2: 1}
                    products: {NaO2: 1}
                    electrons: 1
                """;
        PathwayException e = assertThrows(PathwayException.class, () -> PathwayLoader.parse(yaml, "p.yaml"));
        assertEquals("steps[1].products.NaO2", e.yamlPath());
        assertEquals(10, e.line());
    }

    @Test
    void badValuesAreRefusedWithTheirPlace() {
        String chemicalWithElectrons = HEAD + """
                species: {Na: {energy_ev: -1.3}}
                steps:
                  - {type: chemical, reactants: {Na: 1}, products: {Na: 1}, electrons: 2}
                """;
        PathwayException e = assertThrows(PathwayException.class,
                () -> PathwayLoader.parse(chemicalWithElectrons, "p.yaml"));
        assertTrue(e.getMessage().contains("chemical step transfers no pair"), e.getMessage());
        assertTrue(e.yamlPath().startsWith("steps[0]"), e.yamlPath());
        assertEquals(6, e.line());
        String both = HEAD + """
                species: {Na: {energy_ev: -1.3, calc: x}}
                steps: [{reactants: {Na: 1}, products: {Na: 1}, electrons: 1}]
                """;
        assertTrue(assertThrows(PathwayException.class, () -> PathwayLoader.parse(both, "p.yaml")).getMessage()
                .contains("exactly one of energy_ev or calc"));
        String wrongType = HEAD + """
                species: {Na: {energy_ev: minus one}}
                steps: [{reactants: {Na: 1}, products: {Na: 1}, electrons: 1}]
                """;
        PathwayException t = assertThrows(PathwayException.class, () -> PathwayLoader.parse(wrongType, "p.yaml"));
        assertEquals(4, t.line(), t.getMessage());
    }

    @Test
    void unbalancedStepIsRefusedWhenFormulasAreGiven() {
        String yaml = HEAD + """
                species:
                  Na: {energy_ev: -1.3, formula: Na}
                  O2: {energy_ev: -9.8, formula: O2}
                  NaO2: {energy_ev: -13.3, formula: NaO2}
                  Na2O2: {energy_ev: -17.0, formula: Na2O2}
                steps:
                  - {reactants: {O2: 1}, products: {NaO2: 1}, electrons: 1}
                  - reactants: {O2: 1}
                    products: {Na2O2: 1}
                    electrons: 1
                """;
        PathwayException e = assertThrows(PathwayException.class, () -> PathwayLoader.parse(yaml, "p.yaml"));
        assertEquals("steps[1]", e.yamlPath());
        assertEquals(11, e.line());
        assertTrue(e.getMessage().contains("does not balance") && e.getMessage().contains("Na=1.0"), e.getMessage());
        String badFormula = HEAD + """
                species: {Na: {energy_ev: -1.3, formula: "Na(O2)"}}
                steps: [{reactants: {Na: 1}, products: {Na: 1}, electrons: 1}]
                """;
        assertTrue(assertThrows(PathwayException.class, () -> PathwayLoader.parse(badFormula, "p.yaml"))
                .getMessage().contains("is not element symbols"));
    }

    /** Energies from calculation folders equal the readers' (pymatgen's golden) final energies / formula units. */
    @Test
    void energiesFromCalculationFolders(@TempDir Path dir) throws Exception {
        Path vasprunCase = SharedData.data("vasp/feo-afm-ldau-relax");
        Path outcarCase = SharedData.data("vasp/mno2-spinel-host-outcar");
        Path yaml = dir.resolve("p.yaml");
        Files.writeString(yaml, HEAD + """
                species:
                  Na: {energy_ev: -1.3}
                  FeO: {calc: "%s", formula_units: 2}
                  MnO2: {calc: "%s", formula_units: 8}
                steps: [{reactants: {FeO: 1}, products: {MnO2: 1}, electrons: 1}]
                """.formatted(vasprunCase, outcarCase));
        FreeEnergyResult r = FreeEnergyDiagram.compute(PathwayLoader.load(yaml), dir);
        JsonNode feo = SharedData.golden("feo-afm-ldau-relax").get("files").get("vasprun.xml");
        JsonNode mno2 = SharedData.golden("mno2-spinel-host-outcar").get("files").get("OUTCAR");
        assertEquals(feo.get("final_energy").asDouble() / 2, r.species().get("FeO").energyEv(), 1e-8);
        assertEquals(mno2.get("final_energy").asDouble() / 8, r.species().get("MnO2").energyEv(), 1e-8);
        assertTrue(r.species().get("FeO").source().contains("vasprun.xml"));
        assertTrue(r.species().get("MnO2").source().contains("OUTCAR"));
        assertEquals(mno2.get("final_energy").asDouble() / 8 - feo.get("final_energy").asDouble() / 2 + 1.3,
                r.steps().get(0).dgU0Ev(), 1e-8);
    }

    @Test
    void aFolderWithoutEnergyIsAParseExceptionNamingIt(@TempDir Path dir) {
        String yaml = HEAD + """
                species:
                  Na: {energy_ev: -1.3}
                  X: {calc: empty}
                steps: [{reactants: {X: 1}, products: {Na: 1}, electrons: 1}]
                """;
        dir.resolve("empty").toFile().mkdirs();
        ParseException e = assertThrows(ParseException.class,
                () -> FreeEnergyDiagram.compute(PathwayLoader.parse(yaml, "p.yaml"), dir));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }
}
