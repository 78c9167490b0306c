package org.vaspflow.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
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
 * A site with several species or an occupancy other than 1 (a disordered structure) is an error naming the site
 * and the line it starts on: VASP needs ordered structures. Oxidation-state decorations ({@code "oxidation_state"})
 * and site properties other than {@code selective_dynamics} are accepted and dropped; a site label equal to its
 * element symbol (pymatgen's default) is read as no label. {@code xyz} is used only when {@code abc} is absent.
 */
public final class PymatgenStructureJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PymatgenStructureJson() {
    }

    public static Structure read(Path file) {
        try (InputStream in = Compression.open(file); JsonParser p = MAPPER.createParser(in)) {
            return parse(file.toString(), p);
        } catch (JsonProcessingException e) {
            throw jsonError(file.toString(), e);
        } catch (IOException e) {
            throw new ParseException(file, 0, 0, "", "cannot read: " + e.getMessage());
        }
    }

    public static Structure parse(String name, String json) {
        try (JsonParser p = MAPPER.createParser(json)) {
            return parse(name, p);
        } catch (JsonProcessingException e) {
            throw jsonError(name, e);
        } catch (IOException e) {
            throw new ParseException(name, 0, 0, "", "cannot read: " + e.getMessage());
        }
    }

    private static ParseException jsonError(String name, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return new ParseException(name, at == null ? 0 : Math.max(0, at.getLineNr()),
                at == null ? 0 : Math.max(0, at.getColumnNr()), "", "not valid JSON: " + e.getOriginalMessage());
    }

    /** Streams the top-level object so that every site keeps the line it starts on, for error messages. */
    private static Structure parse(String name, JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new ParseException(name, 1, 1, "", "expected a JSON object with lattice and sites");
        }
        ObjectNode root = MAPPER.createObjectNode();
        List<JsonNode> sites = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        boolean sawSites = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            if (field.equals("sites") && p.nextToken() == JsonToken.START_ARRAY) {
                sawSites = true;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    lines.add(p.currentLocation().getLineNr());
                    JsonNode site = MAPPER.readTree(p);
                    sites.add(site == null ? NullNode.getInstance() : site);
                }
            } else {
                if (!field.equals("sites")) {
                    p.nextToken();
                }
                root.set(field, MAPPER.readTree(p));
            }
        }
        if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
            throw new ParseException(name, p.currentLocation().getLineNr(), p.currentLocation().getColumnNr(), "",
                    "expected one JSON object and nothing after it");
        }
        return fromTree(name, root, sawSites ? sites : null, lines);
    }

    private static Structure fromTree(String name, JsonNode root, List<JsonNode> sites, List<Integer> lines) {
        String type = root.path("@class").asText("Structure");
        if (!type.equals("Structure") && !type.equals("IStructure")) {
            throw new ParseException(name, 1, 1, type, "a pymatgen " + type + ", not a Structure");
        }
        JsonNode matrix = root.path("lattice").path("matrix");
        if (!matrix.isArray() || matrix.size() != 3 || sites == null) {
            throw new ParseException(name, 1, 1, "", "expected pymatgen Structure JSON (lattice.matrix and sites)");
        }
        double[][] m = new double[3][3];
        for (int i = 0; i < 3; i++) {
            m[i] = numbers(name, 1, matrix.path(i), "lattice.matrix row " + i);
        }
        Lattice lattice;
        try {
            lattice = Lattice.fromMatrix(m);
        } catch (IllegalArgumentException e) {
            throw new ParseException(name, 1, 1, matrix.toString(), e.getMessage());
        }
        List<Site> out = new ArrayList<>();
        for (int k = 0; k < sites.size(); k++) {
            out.add(site(name, lines.get(k), k, sites.get(k), lattice));
        }
        return new Structure(lattice, out, root.path("properties").path("comment").asText(""));
    }

    private static Site site(String name, int line, int index, JsonNode site, Lattice lattice) {
        JsonNode species = site.path("species");
        String label = site.path("label").asText("");
        String where = "site " + index + (label.isEmpty() ? "" : " (" + label + ")");
        if (!species.isArray() || species.size() != 1) {
            throw new ParseException(name, line, 1, species.toString(), where + " has " + species.size()
                    + " species (disordered): VASP needs an ordered structure");
        }
        JsonNode sp = species.get(0);
        JsonNode occu = sp.path("occu");
        if (!occu.isMissingNode() && (!occu.isNumber() || Math.abs(occu.asDouble() - 1.0) > 1e-8)) {
            throw new ParseException(name, line, 1, species.toString(), where + " has occupancy " + occu
                    + ": VASP needs an ordered structure");
        }
        String symbol = sp.path("element").asText("");
        if (!Element.isSymbol(symbol)) {
            throw new ParseException(name, line, 1, sp.toString(), where + ": '" + symbol + "' is not an element");
        }
        Element element = Element.of(symbol);
        double[] frac;
        if (!site.path("abc").isMissingNode()) {
            frac = numbers(name, line, site.path("abc"), where + " abc");
        } else if (!site.path("xyz").isMissingNode()) {
            frac = lattice.toFractional(numbers(name, line, site.path("xyz"), where + " xyz"));
        } else {
            throw new ParseException(name, line, 1, site.toString(), where + " has neither abc nor xyz");
        }
        boolean[] sd = Site.ALL_FREE;
        JsonNode flags = site.path("properties").path("selective_dynamics");
        if (!flags.isMissingNode() && !flags.isNull()) {
            if (!flags.isArray() || flags.size() != 3 || !flags.get(0).isBoolean() || !flags.get(1).isBoolean()
                    || !flags.get(2).isBoolean()) {
                throw new ParseException(name, line, 1, flags.toString(), where
                        + ": selective_dynamics must be three booleans");
            }
            sd = new boolean[] {flags.get(0).asBoolean(), flags.get(1).asBoolean(), flags.get(2).asBoolean()};
        }
        return new Site(element, frac, label.equals(element.symbol()) ? "" : label, sd);
    }

    /** Three finite numbers, or a ParseException naming {@code what}. */
    private static double[] numbers(String name, int line, JsonNode node, String what) {
        if (!node.isArray() || node.size() != 3) {
            throw new ParseException(name, line, 1, node.toString(), what + " must be three numbers");
        }
        double[] v = new double[3];
        for (int i = 0; i < 3; i++) {
            if (!node.get(i).isNumber() || !Double.isFinite(node.get(i).asDouble())) {
                throw new ParseException(name, line, 1, node.toString(), what + " must be three finite numbers");
            }
            v[i] = node.get(i).asDouble();
        }
        return v;
    }

    /**
     * The {@code as_dict()} JSON of a structure (charge 0, periodic in all directions); selective dynamics, when any
     * site has a fixed direction, as the {@code selective_dynamics} property of every site.
     */
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
        double[] lengths = s.lattice().abc();
        double[] angles = s.lattice().anglesDeg();
        lattice.put("a", lengths[0]).put("b", lengths[1]).put("c", lengths[2]);
        lattice.put("alpha", angles[0]).put("beta", angles[1]).put("gamma", angles[2]);
        lattice.put("volume", s.lattice().volumeAngstrom3());
        ArrayNode sites = root.putArray("sites");
        // pymatgen keeps a site property on every site or none (as Poscar reads selective dynamics)
        boolean anyConstrained = s.sites().stream().anyMatch(Site::isConstrained);
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
            if (anyConstrained) {
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
