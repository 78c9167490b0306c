package org.vaspflow.workflow.build.surface;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.vaspflow.io.structure.Element;

/**
 * Single-bond covalent radii, Å: B. Cordero et al., "Covalent radii revisited", Dalton Trans. 2008, 2832–2838
 * (doi:10.1039/b801115j), as pymatgen 2022.11.7 tabulates them ({@code CovalentRadius.radius}); the file
 * {@code covalent_radii.tsv} beside this class was written from that table. Elements 1–96 (C as sp3, Mn and Fe
 * low-spin, Co low-spin, as pymatgen chose).
 */
public final class CovalentRadii {
    private static final Map<Element, Double> RADII = load();

    private CovalentRadii() {
    }

    /** The radius of {@code e}, Å; {@link IllegalArgumentException} for an element the table lacks. */
    public static double of(Element e) {
        Double r = RADII.get(e);
        if (r == null) {
            throw new IllegalArgumentException("no covalent radius for " + e.symbol());
        }
        return r;
    }

    private static Map<Element, Double> load() {
        Map<Element, Double> map = new HashMap<>();
        try (InputStream in = CovalentRadii.class.getResourceAsStream("covalent_radii.tsv")) {
            if (in == null) {
                throw new IllegalStateException("covalent_radii.tsv missing from the workflow jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                map.put(Element.of(f[0].strip()), Double.parseDouble(f[1].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
