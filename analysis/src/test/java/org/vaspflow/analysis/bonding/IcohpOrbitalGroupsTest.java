package org.vaspflow.analysis.bonding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vaspflow.io.lobster.Icohplist;
import org.vaspflow.io.lobster.IcohplistReader;
import org.vaspflow.io.testing.SharedData;

/**
 * σ (eg–p) and π (t2g–p) sums per bond of orbital-wise ICOHPLIST files against an independent Python parse of the
 * same files ({@code bonding/generate_orbital_groups_reference.py}; pymatgen 2022.11.7 skips the orbital rows), to
 * 1e-9, with length cutoffs and spins; per-pair aggregates are the sums of the bonds.
 */
class IcohpOrbitalGroupsTest {
    @Test
    void sigmaAndPiAgreeWithIndependentParse() throws IOException {
        JsonNode ref;
        try (InputStream in = getClass().getResourceAsStream("/bonding/orbital-groups-reference.json")) {
            ref = new ObjectMapper().readTree(in);
        }
        for (JsonNode c : ref.get("cases")) {
            Icohplist list = IcohplistReader.read(SharedData.data("lobster/" + c.get("file").asText()));
            List<Icohplist.Bond> bonds = IcohpAggregation.select(list, null, c.get("max_length").asDouble());
            List<IcohpOrbitalGroups.BondGroups> groups = IcohpOrbitalGroups.perBond(bonds, c.get("spin").asText());
            assertEquals(c.get("bonds").size(), groups.size(), c.get("file").asText());
            for (int i = 0; i < groups.size(); i++) {
                JsonNode g = c.get("bonds").get(i);
                IcohpOrbitalGroups.BondGroups b = groups.get(i);
                String what = c.get("file").asText() + " bond " + g.get("label").asText();
                assertEquals(g.get("label").asText(), b.bond().label(), what);
                assertEquals(g.get("sigma").asDouble(), b.sigma(), 1e-9, what + " sigma");
                assertEquals(g.get("pi").asDouble(), b.pi(), 1e-9, what + " pi");
                assertEquals(g.get("total").asDouble(), b.total(), 1e-9, what + " total");
            }
        }
    }

    @Test
    void reo3SigmaExceedsPiAndPairsAggregate() {
        Icohplist list = IcohplistReader.read(SharedData.data("lobster/reo3-orbitalwise/ICOHPLIST.lobster.mp-190.gz"));
        List<IcohpOrbitalGroups.BondGroups> g = IcohpOrbitalGroups.perBond(
                IcohpAggregation.select(list, "Re-O", 2.0), "total");
        assertEquals(6, g.size());
        Map<String, IcohpOrbitalGroups.PairGroups> pairs = IcohpOrbitalGroups.byPair(g);
        IcohpOrbitalGroups.PairGroups reo = pairs.get("Re-O");
        assertEquals(6, reo.count());
        double s = g.stream().mapToDouble(IcohpOrbitalGroups.BondGroups::sigma).sum();
        assertEquals(s, reo.sigmaSum(), 1e-12);
        assertEquals(s / 6, reo.sigmaMean(), 1e-12);
        // ReO6 octahedra lie along x, y, z: sigma (eg-p) is the stronger, both are bonding
        assertTrue(reo.sigmaMean() < reo.piMean() && reo.piMean() < -1, reo.toString());
        assertEquals(IcohpOrbitalGroups.Kind.EG, IcohpOrbitalGroups.kind("Re1_5d_x^2-y^2"));
        assertEquals(IcohpOrbitalGroups.Kind.T2G, IcohpOrbitalGroups.kind("Re1_5d_xz"));
        assertEquals(IcohpOrbitalGroups.Kind.P, IcohpOrbitalGroups.kind("O12_2p_y"));
        assertEquals(IcohpOrbitalGroups.Kind.OTHER, IcohpOrbitalGroups.kind("O12_2s"));
        assertThrows(IllegalArgumentException.class, () -> IcohpOrbitalGroups.perBond(list.bonds(), "down"));
    }
}
