package org.vaspflow.analysis.geometry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vaspflow.io.structure.NeighborList;
import org.vaspflow.io.structure.Structure;

/**
 * The six nearest ligands of one element around a site, with their centre→ligand Cartesian vectors (periodic
 * images included). The search radius grows from 3.2 Å to 8 Å until six are found.
 */
record Ligands(int[] sites, double[][] vectors, List<String> warnings) {
    private static final double[] RADII_ANGSTROM = {3.2, 4.5, 6.0, 8.0};

    static Ligands nearestSix(Structure s, int center, String ligand) {
        if (center < 0 || center >= s.size()) {
            throw new IllegalArgumentException("site " + center + " is not in the structure (0.." + (s.size() - 1) + ")");
        }
        for (double r : RADII_ANGSTROM) {
            NeighborList nl = NeighborList.of(s, r);
            List<Integer> ks = new ArrayList<>();
            for (int k = 0; k < nl.count(center); k++) {
                if (s.site(nl.neighbor(center, k)).element().symbol().equals(ligand)) {
                    ks.add(k);
                }
            }
            if (ks.size() < 6) {
                continue;
            }
            int[] sites = new int[6];
            double[][] vec = new double[6][];
            double[] fc = s.site(center).fracCoords();
            for (int i = 0; i < 6; i++) {
                int k = ks.get(i);
                int j = nl.neighbor(center, k);
                int[] img = nl.image(center, k);
                double[] fj = s.site(j).fracCoords();
                double[] d = {fj[0] + img[0] - fc[0], fj[1] + img[1] - fc[1], fj[2] + img[2] - fc[2]};
                sites[i] = j;
                vec[i] = s.lattice().toCartesian(d);
            }
            List<String> warnings = new ArrayList<>();
            double sixth = nl.distanceAngstrom(center, ks.get(5));
            if (ks.size() > 6) {
                double seventh = nl.distanceAngstrom(center, ks.get(6));
                if (seventh < 1.15 * sixth) {
                    warnings.add(String.format(Locale.ROOT, "a seventh %s lies at %.3f A, within 15%% of the sixth "
                            + "(%.3f A): the coordination may not be octahedral", ligand, seventh, sixth));
                }
            }
            return new Ligands(sites, vec, warnings);
        }
        throw new IllegalArgumentException("fewer than six " + ligand + " within 8 A of site " + center + " ("
                + s.site(center).element().symbol() + ")");
    }
}
