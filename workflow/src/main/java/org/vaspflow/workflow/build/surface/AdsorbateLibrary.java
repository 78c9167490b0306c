package org.vaspflow.workflow.build.surface;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vaspflow.io.structure.Element;

/**
 * The adsorbate library: {@code templates/adsorbates/adsorbates.yaml} (embedded in the jar) or a user file of the
 * same shape. Binding is strict: an unknown key, a wrong type, an unknown element, a coordinate triple of the wrong
 * length or an index out of range is an {@link IllegalArgumentException} naming the file, the YAML path and (for
 * syntax, key and type errors) the line.
 */
public final class AdsorbateLibrary {
    /** Resource path of the built-in library. */
    public static final String RESOURCE = "templates/adsorbates/adsorbates.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final Map<String, Adsorbate> byName;
    private final Map<String, List<Bond>> bonds;

    /** A bond length the coordinates were built from, with its source. */
    public record Bond(int first, int second, double lengthAngstrom, String source) {
    }

    record FileSpec(Map<String, EntrySpec> adsorbates) {
    }

    record EntrySpec(String description, List<AtomSpec> atoms, List<Integer> binding, List<BondSpec> bonds) {
    }

    record AtomSpec(String element, List<Double> xyz) {
    }

    record BondSpec(List<Integer> atoms, double length, String source) {
    }

    private AdsorbateLibrary(Map<String, Adsorbate> byName, Map<String, List<Bond>> bonds) {
        this.byName = Collections.unmodifiableMap(byName);
        this.bonds = Collections.unmodifiableMap(bonds);
    }

    /** The built-in library. */
    public static AdsorbateLibrary builtIn() {
        try (InputStream in = AdsorbateLibrary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the workflow jar");
            }
            return parse(RESOURCE, in);
        } catch (IOException e) {
            throw new IllegalStateException(RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** A library file of the same shape as the built-in one. */
    public static AdsorbateLibrary read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(file.toString(), in);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    static AdsorbateLibrary parse(String name, InputStream in) throws IOException {
        FileSpec spec;
        try {
            spec = YAML.readValue(in, FileSpec.class);
        } catch (UnrecognizedPropertyException e) {
            throw new IllegalArgumentException(name + ": unknown key '" + e.getPropertyName() + "' at "
                    + e.getPathReference() + ", line " + line(e.getLocation()), e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(name + ": " + e.getOriginalMessage() + ", line " + line(e.getLocation()), e);
        }
        if (spec == null || spec.adsorbates() == null || spec.adsorbates().isEmpty()) {
            throw new IllegalArgumentException(name + ": no 'adsorbates' map");
        }
        Map<String, Adsorbate> byName = new LinkedHashMap<>();
        Map<String, List<Bond>> bonds = new LinkedHashMap<>();
        for (Map.Entry<String, EntrySpec> e : spec.adsorbates().entrySet()) {
            String path = "adsorbates." + e.getKey();
            EntrySpec entry = e.getValue();
            if (entry == null || entry.atoms() == null || entry.binding() == null) {
                throw new IllegalArgumentException(name + ": " + path + " needs 'atoms' and 'binding'");
            }
            List<Adsorbate.Atom> atoms = new ArrayList<>();
            for (int i = 0; i < entry.atoms().size(); i++) {
                AtomSpec a = entry.atoms().get(i);
                String at = path + ".atoms[" + i + "]";
                if (a == null || a.element() == null || !Element.isSymbol(a.element())) {
                    throw new IllegalArgumentException(name + ": " + at + ".element is not an element symbol");
                }
                if (a.xyz() == null || a.xyz().size() != 3 || a.xyz().contains(null)) {
                    throw new IllegalArgumentException(name + ": " + at + ".xyz needs three numbers");
                }
                atoms.add(new Adsorbate.Atom(Element.of(a.element()),
                        new double[] {a.xyz().get(0), a.xyz().get(1), a.xyz().get(2)}));
            }
            for (int i = 0; i < entry.binding().size(); i++) {
                Integer b = entry.binding().get(i);
                if (b == null || b < 0 || b >= atoms.size()) {
                    throw new IllegalArgumentException(name + ": " + path + ".binding[" + i + "] is not an atom index");
                }
            }
            List<Bond> list = new ArrayList<>();
            List<BondSpec> bs = entry.bonds() == null ? List.of() : entry.bonds();
            for (int i = 0; i < bs.size(); i++) {
                BondSpec b = bs.get(i);
                if (b.atoms() == null || b.atoms().size() != 2 || b.atoms().contains(null)
                        || b.atoms().get(0) < 0 || b.atoms().get(0) >= atoms.size()
                        || b.atoms().get(1) < 0 || b.atoms().get(1) >= atoms.size()) {
                    throw new IllegalArgumentException(name + ": " + path + ".bonds[" + i + "].atoms needs two atom indices");
                }
                list.add(new Bond(b.atoms().get(0), b.atoms().get(1), b.length(), b.source() == null ? "" : b.source()));
            }
            String description = entry.description() == null ? "" : entry.description();
            byName.put(e.getKey(), new Adsorbate(e.getKey(), description, atoms, entry.binding()));
            bonds.put(e.getKey(), List.copyOf(list));
        }
        return new AdsorbateLibrary(byName, bonds);
    }

    private static int line(JsonLocation at) {
        return at == null ? 0 : at.getLineNr();
    }

    /** Names in file order. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    public Optional<Adsorbate> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The adsorbate called {@code name}; the exception lists the known names. */
    public Adsorbate get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "no adsorbate '" + name + "' in the library (known: " + String.join(", ", names()) + ")"));
    }

    /** The documented bond lengths of an adsorbate (empty for a single atom). */
    public List<Bond> bonds(String name) {
        return bonds.getOrDefault(name, List.of());
    }
}
