package org.vaspflow.workflow.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vaspflow.analysis.bonding.IcohpOrbitalGroups;
import org.vaspflow.io.lobster.Icohplist;

/** The {@code orbital_groups} object of {@code vaspflow icohp --orbital-groups --json}. */
final class OrbitalGroupsJson {
    private OrbitalGroupsJson() {
    }

    static Map<String, Object> of(List<Icohplist.Bond> bonds, String spin) {
        List<IcohpOrbitalGroups.BondGroups> per = IcohpOrbitalGroups.perBond(bonds, spin);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (IcohpOrbitalGroups.BondGroups g : per) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", g.bond().label());
            m.put("atoms", List.of(g.bond().atom1(), g.bond().atom2()));
            m.put("length", g.bond().lengthAngstrom());
            m.put("sigma", g.sigma());
            m.put("pi", g.pi());
            m.put("total", g.total());
            rows.add(m);
        }
        Map<String, Object> pairs = new LinkedHashMap<>();
        IcohpOrbitalGroups.byPair(per).forEach((name, g) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("count", g.count());
            m.put("sigma_sum", g.sigmaSum());
            m.put("pi_sum", g.piSum());
            m.put("total_sum", g.totalSum());
            m.put("sigma_mean", g.sigmaMean());
            m.put("pi_mean", g.piMean());
            m.put("total_mean", g.totalMean());
            pairs.put(name, m);
        });
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("pairs", pairs);
        out.put("bonds", rows);
        out.put("definition", Map.of(
                "sigma", "sum of orbital terms eg-p or p-eg (eg = d_z2, d_x2-y2; p = p_x, p_y, p_z)",
                "pi", "sum of orbital terms t2g-p or p-t2g (t2g = d_xy, d_yz, d_xz)",
                "axes", "Cartesian axes of the calculation: sigma/pi only when octahedra are aligned (vaspflow octahedra)",
                "spin", spin,
                "bonds", "bonds with orbital-resolved rows only"));
        return out;
    }
}
