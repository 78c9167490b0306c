package org.vaspflow.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vaspflow.io.parse.Compression;
import org.vaspflow.io.parse.ParseException;
import org.vaspflow.io.structure.Element;
import org.vaspflow.io.structure.Lattice;
import org.vaspflow.io.structure.Site;
import org.vaspflow.io.structure.Structure;

/**
 * pymatgen's Structure JSON ({@code Structure.as_dict()}), read and written, so structures move between vaspflow,
 * pymatgen and ASE (via pymatgen) without loss:
 *
 * <pre>
 * {"@module": "pymatgen.core.structure", "@class": "Structure", "charge": 0,
 *  "lattice": {"matrix": [[ax, ay, az], [bx, by, bz], [cx, cy, cz]], "pbc": [true, true, true], ...},
 *  "sites": [{"species": [{"element": "Na", "occu": 1}], "abc": [0.0, 0.0, 0.5], "xyz": [...],
 *             "label": "Na", "properties": {"selective_dynamics": [true, true, false]}}, ...]}
 * </pre>
 *
 * A site with several species or an occupancy other than 1 (a disordered structure) is an error naming the site:
 * VASP needs ordered structures. Oxidation-state decorations ({@code "oxidation_state"}) are accepted and dropped.
 */
public final class PymatgenStructureJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PymatgenStructureJson() {
    }

    public static Structure read(Path file) {
        try (InputStream in = Compression.open(file)) {
            return fromTree(file.toString(), MAPPER.readTree(in));
        } catch (JsonProcessingException e) {
            throw jsonError(file.toString(), e);
        } catch (IOException e) {
            throw new ParseException(file, 0, 0, "", "cannot read: " + e.getMessage());
        }
    }

    public static Structure parse(String name, String json) {
        try {
            return fromTree(name, MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw jsonError(name, e);
        }
    }

    private static ParseException jsonError(String name, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return new ParseException(name, at == null ? 0 : Math.max(0, at.getLineNr()),
                at == null ? 0 : Math.max(0, at.getColumnNr()), "", "not valid JSON: " + e.getOriginalMessage());
    }

    private static Structure fromTree(String name, JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new ParseException(name, 1, 1, "", "expected a JSON object with lattice and sites");
        }
        JsonNode matrix = root.path("lattice").path("matrix");
        JsonNode sites = root.path("sites");
        if (!matrix.isArray() || matrix.size() != 3 || !sites.isArray()) {
            throw new ParseException(name, 1, 1, "", "expected pymatgen Structure JSON (lattice.matrix and sites)");
        }
        double[][] m = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                JsonNode v = matrix.path(i).path(j);
                if (!v.isNumber()) {
                    throw new ParseException(name, 1, 1, matrix.toString(), "lattice.matrix must be 3x3 numbers");
                }
                m[i][j] = v.asDouble();
            }
        }
        Lattice lattice;
        try {
            lattice = Lattice.fromMatrix(m);
        } catch (IllegalArgumentException e) {
            throw new ParseException(name, 1, 1, matrix.toString(), e.getMessage());
        }
        List<Site> out = new ArrayList<>();
        for (int k = 0; k < sites.size(); k++) {
            out.add(site(name, k, sites.get(k), lattice));
        }
        return new Structure(lattice, out, root.path("properties").path("comment").asText(""));
    }

    private static Site site(String name, int index, JsonNode site, Lattice lattice) {
        JsonNode species = site.path("species");
        String label = site.path("label").asText("");
        String where = "site " + index + (label.isEmpty() ? "" : " (" + label + ")");
        if (!species.isArray() || species.size() != 1) {
            throw new ParseException(name, 0, 0, species.toString(), where + " is disordered (" + species.size()
                    + " species): VASP needs an ordered structure");
        }
        JsonNode sp = species.get(0);
        double occu = sp.path("occu").asDouble(1.0);
        if (Math.abs(occu - 1.0) > 1e-8) {
            throw new ParseException(name, 0, 0, species.toString(), where + " has fractional occupancy " + occu
                    + ": VASP needs an ordered structure");
        }
        Element element = Element.parse(sp.path("element").asText("")).orElseThrow(() -> new ParseException(name,
                0, 0, sp.toString(), where + " names no element"));
        double[] frac = new double[3];
        JsonNode abc = site.path("abc");
        if (abc.isArray() && abc.size() == 3) {
            for (int i = 0; i < 3; i++) {
                frac[i] = abc.get(i).asDouble();
            }
        } else if (site.path("xyz").isArray() && site.path("xyz").size() == 3) {
            JsonNode xyz = site.path("xyz");
            frac = lattice.toFractional(new double[] {xyz.get(0).asDouble(), xyz.get(1).asDouble(),
                xyz.get(2).asDouble()});
        } else {
            throw new ParseException(name, 0, 0, site.toString(), where + " has neither abc nor xyz");
        }
        boolean[] sd = Site.ALL_FREE;
        JsonNode flags = site.path("properties").path("selective_dynamics");
        if (flags.isArray() && flags.size() == 3) {
            sd = new boolean[] {flags.get(0).asBoolean(), flags.get(1).asBoolean(), flags.get(2).asBoolean()};
        }
        return new Site(element, frac, label.equals(element.symbol()) ? "" : label, sd);
    }

    /** The {@code as_dict()} JSON of a structure (charge 0, periodic in all directions). */
    public static String write(Structure s) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("@module", "pymatgen.core.structure");
        root.put("@class", "Structure");
        root.put("charge", 0);
        ObjectNode lattice = root.putObject("lattice");
        ArrayNode matrix = lattice.putArray("matrix");
        for (int i = 0; i < 3; i++) {
            ArrayNode row = matrix.addArray();
            for (double v : s.lattice().vector(i)) {
                row.add(v);
            }
        }
        ArrayNode pbc = lattice.putArray("pbc");
        pbc.add(true).add(true).add(true);
        ArrayNode sites = root.putArray("sites");
        for (int k = 0; k < s.size(); k++) {
            Site site = s.site(k);
            ObjectNode node = sites.addObject();
            ObjectNode sp = node.putArray("species").addObject();
            sp.put("element", site.element().symbol());
            sp.put("occu", 1);
            ArrayNode abc = node.putArray("abc");
            for (double v : site.fracCoords()) {
                abc.add(v);
            }
            ArrayNode xyz = node.putArray("xyz");
            for (double v : s.cartesian(k)) {
                xyz.add(v);
            }
            node.put("label", site.label().isEmpty() ? site.element().symbol() : site.label());
            ObjectNode props = node.putObject("properties");
            if (site.isConstrained()) {
                ArrayNode f = props.putArray("selective_dynamics");
                for (boolean b : site.selectiveDynamics()) {
                    f.add(b);
                }
            }
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
