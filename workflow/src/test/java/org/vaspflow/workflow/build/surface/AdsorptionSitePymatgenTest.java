package org.vaspflow.workflow.build.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Site counts against pymatgen's AdsorbateSiteFinder.find_adsorption_sites() on the same slabs. */
class AdsorptionSitePymatgenTest {
    static Stream<PymatgenSlabCases.Case> cases() {
        return PymatgenSlabCases.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void siteCountsAsPymatgen(PymatgenSlabCases.Case c) {
        List<Slab> slabs = new SlabGenerator(c.bulk(), c.hkl(), SlabOptions.of(10, 10)).terminations();
        JsonNode expected = c.json().get("slabs");
        assertEquals(expected.size(), slabs.size());
        for (int i = 0; i < slabs.size(); i++) {
            List<AdsorptionSite> sites = new AdsorptionSiteFinder(slabs.get(i)).find(List.of(AdsorptionSite.Kind.values()));
            for (AdsorptionSite.Kind kind : AdsorptionSite.Kind.values()) {
                long count = sites.stream().filter(s -> s.kind() == kind).count();
                assertEquals(expected.get(i).get("sites").get(kind.key()).asInt(), count,
                        kind.key() + " sites of termination " + i);
            }
        }
    }
}
