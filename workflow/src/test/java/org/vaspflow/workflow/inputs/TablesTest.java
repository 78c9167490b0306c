package org.vaspflow.workflow.inputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vaspflow.io.structure.Element;

/** The data tables: PBE_54 POTCAR recommendations, every one with a LOBSTER basis, and the MAGMOM table's shape. */
class TablesTest {
    @Test
    void pbe54RecommendationsAsTheVaspWikiLists() {
        JsonNode t = Templates.table("potcar-pbe54");
        Map<String, String> want = Map.of("Na", "Na_pv", "Li", "Li_sv", "Mn", "Mn_pv", "Ru", "Ru_pv", "O", "O", "C", "C",
                "Fe", "Fe", "Ti", "Ti_sv", "W", "W_sv", "K", "K_sv");
        want.forEach((el, sym) -> assertEquals(sym, t.path(el).asText(), el));
        t.fieldNames().forEachRemaining(el -> assertTrue(t.get(el).asText().startsWith(el), el + " symbol names it"));
    }

    @Test
    void everyRecommendedPotcarHasALobsterBasis() {
        JsonNode basis = Templates.lobsterTable("basis-pbe54-standard").get("basis");
        JsonNode t = Templates.table("potcar-pbe54");
        t.fieldNames().forEachRemaining(el -> assertTrue(basis.path(t.get(el).asText()).isArray(), t.get(el).asText()));
        basis.fields().forEachRemaining(e -> e.getValue().forEach(o -> LobsterBasis.degeneracy(o.asText())));
    }

    @Test
    void magmomTableEntriesAreConsistentWithTheirDElectronCount() {
        // spin-only moments of d^n in an octahedral field: high spin n <= 5 ? n : 10 - n; low spin <= high spin
        JsonNode v = Templates.table("magmom-oxidation").get("values");
        v.fields().forEachRemaining(e -> {
            String ion = e.getKey();
            String symbol = ion.replaceAll("[0-9+-]", "");
            Element el = Element.of(symbol);
            double high = e.getValue().get("high").asDouble();
            double low = e.getValue().get("low").asDouble();
            assertTrue(low <= high, ion);
            if (el.isTransitionMetal() && el.z() < 57 || el.z() >= 72 && el.z() <= 80) {
                int q = Integer.parseInt(ion.replaceAll("[^0-9]", ""));
                int group = el.z() <= 30 ? el.z() - 18 : el.z() <= 48 ? el.z() - 36 : el.z() - 68;
                int n = group - q;
                assertEquals(n <= 5 ? n : 10 - n, high, 1e-12, ion + " d" + n);
            }
        });
    }
}
