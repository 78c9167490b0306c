package org.vaspflow.io.vasp.xml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * pymatgen's (2022.11.7) {@code Vasprun.hubbards} and {@code Vasprun.run_type}, rule for rule, quirks included
 * (for example a file without AEXX in its parameters counts as Hartree-Fock, as pymatgen's defaults make it).
 */
final class RunTypes {
    private static final Map<String, String> GGA = Map.of("RE", "revPBE", "PE", "PBE", "PS", "PBEsol",
            "RP", "revPBE+Padé", "AM", "AM05", "OR", "optPBE", "BO", "optB88", "MK", "optB86b", "--", "GGA");
    private static final Map<String, String> METAGGA = Map.of("TPSS", "TPSS", "RTPSS", "revTPSS", "M06L", "M06-L",
            "MBJ", "modified Becke-Johnson", "SCAN", "SCAN", "R2SCAN", "R2SCAN", "RSCAN", "RSCAN",
            "MS0", "MadeSimple0", "MS1", "MadeSimple1", "MS2", "MadeSimple2");
    private static final Map<Long, String> IVDW = Map.of(1L, "DFT-D2", 10L, "DFT-D2", 11L, "DFT-D3",
            12L, "DFT-D3-BJ", 2L, "TS", 20L, "TS", 21L, "TS-H", 202L, "MBD", 4L, "dDsC");

    private RunTypes() {
    }

    /**
     * U − J per element: nothing unless INCAR has LDAU = T; LDAUU and LDAUJ from the INCAR, else the parameters;
     * J taken as 0 when the two lists differ in length; one entry per POTCAR (element = POTCAR symbol before its
     * first underscore; a later POTCAR of the same element wins). When the lists do not match the POTCARs and are
     * not all zero pymatgen raises; here the map is then empty.
     */
    static Map<String, Double> hubbards(Vasprun v) {
        if (!Boolean.TRUE.equals(v.incar().get("LDAU"))) {
            return Map.of();
        }
        double[] us = numbers(v.incar().containsKey("LDAUU") ? v.incar().get("LDAUU") : v.parameters().get("LDAUU"));
        double[] js = numbers(v.incar().containsKey("LDAUJ") ? v.incar().get("LDAUJ") : v.parameters().get("LDAUJ"));
        if (js.length != us.length) {
            js = new double[us.length];
        }
        List<String> symbols = v.potcarSymbols().stream().map(RunTypes::element).toList();
        if (us.length != symbols.size()) {
            return Map.of();
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < us.length; i++) {
            out.put(symbols.get(i), us[i] - js[i]);
        }
        return Collections.unmodifiableMap(out);
    }

    private static String element(String potcarTitle) {
        String[] words = potcarTitle.strip().split("\\s+");
        String symbol = words.length > 1 ? words[1] : words[0];
        return symbol.split("_")[0];
    }

    private static double[] numbers(Object o) {
        if (o instanceof double[] d) {
            return d;
        }
        return o instanceof Number n ? new double[] {n.doubleValue()} : new double[0];
    }

    /** The functional from AEXX, HFSCREEN, LHFCALC, METAGGA, GGA and the POTCAR kind, then +U and +vdW. */
    static String runType(Vasprun v) {
        Map<String, Object> p = v.parameters();
        String rt;
        if (number(p, "AEXX", 1.0) == 1.0) {
            rt = "HF";
        } else if (number(p, "HFSCREEN", 0.30) == 0.30) {
            rt = "HSE03";
        } else if (number(p, "HFSCREEN", 0.20) == 0.20) {
            rt = "HSE06";
        } else if (number(p, "AEXX", 0.20) == 0.20) {
            rt = "B3LYP";
        } else if (truthy(p.getOrDefault("LHFCALC", Boolean.TRUE))) {
            rt = "PBEO or other Hybrid Functional";
        } else if (truthy(v.incar().get("METAGGA")) && !List.of("--", "None").contains(v.incar().get("METAGGA"))) {
            String tag = String.valueOf(v.incar().get("METAGGA")).strip().toUpperCase(java.util.Locale.ROOT);
            rt = METAGGA.getOrDefault(tag, tag);
        } else if (truthy(p.get("GGA"))) {
            String tag = String.valueOf(p.get("GGA")).strip().toUpperCase(java.util.Locale.ROOT);
            rt = GGA.getOrDefault(tag, tag);
        } else if (!v.potcarSymbols().isEmpty() && v.potcarSymbols().get(0).strip().split("\\s+")[0].equals("PAW")) {
            rt = "LDA";
        } else {
            rt = "unknown";
        }
        if (v.isHubbard() || truthy(p.getOrDefault("LDAU", Boolean.TRUE))) {
            rt += "+U";
        }
        Object ivdw = v.incar().get("IVDW");
        if (truthy(p.getOrDefault("LUSE_VDW", Boolean.FALSE))) {
            rt += "+rVV10";
        } else if (ivdw instanceof Number n && IVDW.containsKey(n.longValue())) {
            rt += "+vdW-" + IVDW.get(n.longValue());
        } else if (truthy(ivdw)) {
            rt += "+vdW-unknown";
        }
        return rt;
    }

    private static double number(Map<String, Object> p, String name, double otherwise) {
        Object o = p.get(name);
        return o == null ? otherwise : o instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** Python truthiness of a parsed value. */
    private static boolean truthy(Object o) {
        if (o == null) {
            return false;
        }
        if (o instanceof Boolean b) {
            return b;
        }
        if (o instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (o instanceof double[] d) {
            return d.length > 0;
        }
        return !o.toString().isEmpty();
    }
}
