package org.vaspflow.workflow.inputs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.vasp.IncarValue;

/**
 * DFT+U (Dudarev, LDAUTYPE 2) per species, in POTCAR order.
 *
 * <p>Table (pymatgen's DictSet rule): only when the most electronegative element is an anion of the table (O, F)
 * and some U &gt; 0: LDAU, LDAUTYPE 2, LDAUPRINT 1, LDAUU/LDAUL/LDAUJ per species (0 for elements not listed).
 *
 * <p>Per-element overrides ({@code LDAUU: {Ru: 4.0}}) change the listed species' entries (switching DFT+U on when
 * the table gave none, with U = L = J = 0 for the other species). A species given U &gt; 0 whose L is 0 (not in the
 * table) gets L = 2 (d), or 3 (f) for lanthanides and actinides; LDAUL/LDAUJ overrides win over both.
 */
final class HubbardRules {
    private HubbardRules() {
    }

    static void fromTable(Structure s, List<Structure.SpeciesGroup> groups, String tableName,
            Map<String, IncarValue> tags, List<String> provenance) {
        JsonNode table = Templates.table(tableName);
        Element mostElectronegative = null;
        for (Element e : s.elements()) {
            double x = e.electronegativityPauling();
            if (mostElectronegative == null || x > mostElectronegative.electronegativityPauling()) {
                mostElectronegative = e;
            }
        }
        JsonNode anion = mostElectronegative == null ? null : table.path("anions").get(mostElectronegative.symbol());
        if (anion == null) {
            return;
        }
        double[] u = new double[groups.size()];
        double[] l = new double[groups.size()];
        double[] j = new double[groups.size()];
        double sum = 0;
        for (int g = 0; g < groups.size(); g++) {
            JsonNode entry = anion.get(groups.get(g).element().symbol());
            u[g] = entry == null ? 0 : entry.path("u").asDouble();
            l[g] = entry == null ? 0 : entry.path("l").asDouble();
            j[g] = entry == null ? 0 : entry.path("j").asDouble();
            sum += u[g];
            if (u[g] > 0) {
                provenance.add("LDAUU " + groups.get(g).element().symbol() + " " + u[g] + " eV (table " + tableName
                        + ", anion " + mostElectronegative.symbol() + ")");
            }
        }
        if (sum <= 0) {
            return;
        }
        put(tags, u, l, j);
    }

    static void applyOverrides(List<Structure.SpeciesGroup> groups, Map<String, Map<String, Double>> per,
            Map<String, IncarValue> tags, List<String> provenance) {
        Map<String, Double> uOver = per.getOrDefault("LDAUU", Map.of());
        Map<String, Double> lOver = per.getOrDefault("LDAUL", Map.of());
        Map<String, Double> jOver = per.getOrDefault("LDAUJ", Map.of());
        if (uOver.isEmpty() && lOver.isEmpty() && jOver.isEmpty()) {
            return;
        }
        int n = groups.size();
        boolean had = tags.containsKey("LDAUU");
        double[] u = had ? values(tags.get("LDAUU"), n) : new double[n];
        double[] l = had ? values(tags.get("LDAUL"), n) : new double[n];
        double[] j = had ? values(tags.get("LDAUJ"), n) : new double[n];
        for (int g = 0; g < n; g++) {
            Element e = groups.get(g).element();
            String el = e.symbol();
            if (uOver.containsKey(el)) {
                u[g] = uOver.get(el);
                if (u[g] > 0 && l[g] == 0) {
                    l[g] = e.z() >= 57 && e.z() <= 71 || e.z() >= 89 ? 3 : 2;
                }
            }
            l[g] = lOver.getOrDefault(el, l[g]);
            j[g] = jOver.getOrDefault(el, j[g]);
        }
        for (String tag : List.of("LDAUU", "LDAUL", "LDAUJ")) {
            per.getOrDefault(tag, Map.of()).forEach((el, v) -> provenance.add(tag + " " + el + " " + v
                    + " (override)"));
        }
        put(tags, u, l, j);
    }

    private static double[] values(IncarValue v, int n) {
        if (v instanceof IncarValue.Numbers nums && nums.values().length == n) {
            return nums.values();
        }
        throw new IllegalArgumentException("LDAU arrays must have one value per species (" + n + "), got " + v);
    }

    private static void put(Map<String, IncarValue> tags, double[] u, double[] l, double[] j) {
        tags.put("LDAU", new IncarValue.Bool(true));
        tags.put("LDAUTYPE", new IncarValue.Int(2));
        tags.put("LDAUPRINT", new IncarValue.Int(1));
        tags.put("LDAUU", new IncarValue.Numbers(u, false));
        tags.put("LDAUL", new IncarValue.Numbers(l, true));
        tags.put("LDAUJ", new IncarValue.Numbers(j, false));
    }
}
