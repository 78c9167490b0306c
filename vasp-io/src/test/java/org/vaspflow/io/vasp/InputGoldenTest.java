package org.vaspflow.io.vasp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.testing.SharedData;

/**
 * Parity with pymatgen 2022.11.7 on the corpus: every POSCAR/CONTCAR, INCAR and KPOINTS entry of
 * {@code golden/<case>.json} ({@code Poscar.from_file}, {@code Incar.from_file}, {@code Kpoints.from_file}), and
 * the INCAR text pymatgen writes for every input set of {@code golden/inputs/<case>.json}.
 *
 * <p>Deliberate differences, asserted here: the KPOINTS comment of an automatic mesh is the file's first line
 * (pymatgen replaces it by "Automatic kpoint scheme"); INCAR strings keep their case (pymatgen capitalises:
 * {@code ALGO = FAST} becomes "Fast"), so strings compare case-insensitively; a catalogued logical written
 * {@code F} is a boolean (pymatgen keeps the text "F" for tags outside its short boolean list).
 */
class InputGoldenTest {
    private static final double TOL = 1e-8;

    @TestFactory
    Stream<DynamicTest> goldenFiles() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(SharedData.data("golden"))) {
            for (Path json : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode golden = SharedData.readJson(json);
                Path dir = SharedData.root().resolve(golden.get("path").asText().replaceFirst("^shared/", ""));
                golden.get("files").fields().forEachRemaining(e -> {
                    String parser = e.getValue().path("parser").asText("");
                    String name = golden.get("case").asText() + "/" + e.getKey();
                    Path file = dir.resolve(e.getKey());
                    if (parser.endsWith("inputs.Poscar")) {
                        tests.add(DynamicTest.dynamicTest(name, () -> poscar(file, e.getValue())));
                    } else if (parser.endsWith("inputs.Incar")) {
                        tests.add(DynamicTest.dynamicTest(name, () -> incar(file, e.getValue().get("params"))));
                    } else if (parser.endsWith("inputs.Kpoints")) {
                        tests.add(DynamicTest.dynamicTest(name, () -> kpoints(file, e.getValue())));
                    }
                });
            }
        }
        assertTrue(tests.size() >= 50, "golden input files: " + tests.size());
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> incarTextAsPymatgenWritesIt() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(SharedData.data("golden/inputs"))) {
            for (Path json : files.filter(p -> p.toString().endsWith(".json") && !p.endsWith("index.json"))
                    .sorted().toList()) {
                JsonNode sets = SharedData.readJson(json).path("input_sets");
                sets.fields().forEachRemaining(e -> {
                    if (e.getValue().has("incar_text")) {
                        tests.add(DynamicTest.dynamicTest(json.getFileName() + " " + e.getKey(),
                                () -> incarText(e.getValue().get("incar"), e.getValue().get("incar_text").asText())));
                    }
                });
            }
        }
        assertTrue(tests.size() >= 100, "golden input sets: " + tests.size());
        return tests.stream();
    }

    static void poscar(Path file, JsonNode golden) {
        Structure s = PoscarReader.read(file).structure();
        assertEquals(golden.get("nsites").asInt(), s.size());
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(golden.get("lattice").get(i).get(j).asDouble(), s.lattice().get(i, j), TOL);
            }
        }
        for (int k = 0; k < s.size(); k++) {
            assertEquals(golden.get("species").get(k).asText(), s.site(k).element().symbol(), "species of site " + k);
            for (int i = 0; i < 3; i++) {
                assertEquals(golden.get("frac_coords").get(k).get(i).asDouble(), s.site(k).frac(i), TOL, "site " + k);
            }
        }
        assertEquals(golden.get("formula").asText(), s.formula());
        assertEquals(golden.get("volume").asDouble(), s.lattice().volumeAngstrom3(), 1e-6);
    }

    static void incar(Path file, JsonNode params) {
        Incar incar = IncarReader.read(file);
        List<String> want = new ArrayList<>();
        params.fieldNames().forEachRemaining(want::add);
        assertEquals(want, List.copyOf(incar.tags().keySet()), "tags in file order");
        for (String tag : want) {
            sameValue(tag, params.get(tag), incar.get(tag).orElseThrow());
        }
    }

    /** pymatgen's typed value against ours: numbers by value, lists element-wise, strings ignoring case. */
    static void sameValue(String tag, JsonNode want, IncarValue got) {
        if (want.isBoolean()) {
            assertEquals(want.asBoolean(), assertInstanceOf(IncarValue.Bool.class, got, tag).value(), tag);
        } else if (want.isIntegralNumber()) {
            assertEquals(want.asLong(), assertInstanceOf(IncarValue.Int.class, got, tag).value(), tag);
        } else if (want.isNumber()) {
            assertEquals(want.asDouble(), ((Number) got.plain()).doubleValue(), 0, tag);
        } else if (want.isArray()) {
            double[] values = assertInstanceOf(IncarValue.Numbers.class, got, tag).values();
            assertEquals(want.size(), values.length, tag);
            for (int i = 0; i < values.length; i++) {
                assertEquals(want.get(i).asDouble(), values[i], 0, tag + "[" + i + "]");
            }
        } else if (got instanceof IncarValue.Bool b) {
            // pymatgen keeps "F"/"T" as text for tags outside its own boolean list
            assertEquals(b.value(), want.asText().toUpperCase(Locale.ROOT).replace(".", "").startsWith("T"), tag);
        } else {
            assertEquals(want.asText().toLowerCase(Locale.ROOT), got.text().toLowerCase(Locale.ROOT), tag);
        }
    }

    static void kpoints(Path file, JsonNode golden) {
        Kpoints k = KpointsReader.read(file);
        assertEquals(golden.get("style").asText(), k.style());
        assertEquals(golden.get("num_kpts").asInt(), k.nPoints());
        JsonNode kpts = golden.get("kpts");
        if (k.nPoints() == 0) {
            int[] div = new int[3];
            double[] shift = new double[3];
            for (int i = 0; i < 3; i++) {
                div[i] = kpts.get(0).get(i).asInt();
                shift[i] = golden.get("kpts_shift").get(i).asDouble();
            }
            assertArrayEquals(div, k.divisions());
            assertArrayEquals(shift, k.shift());
            // pymatgen replaces the comment of an automatic mesh; vaspflow keeps the file's first line
            assertEquals("Automatic kpoint scheme", golden.get("comment").asText());
        } else {
            double[][] points = k.points();
            for (int p = 0; p < points.length; p++) {
                for (int i = 0; i < 3; i++) {
                    assertEquals(kpts.get(p).get(i).asDouble(), points[p][i], TOL, "k-point " + p);
                }
            }
            assertEquals(golden.get("comment").asText(), k.comment());
        }
    }

    /**
     * The golden {@code incar} dict as typed values, written sorted, is pymatgen's {@code str(Incar)} line for line;
     * the one tolerated difference is a list mixing integers and reals ({@code LDAUU = 5.3 0}), compared by value.
     * Reading pymatgen's text back gives the same values.
     */
    static void incarText(JsonNode dict, String pymatgenText) {
        Map<String, IncarValue> tags = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = dict.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            tags.put(e.getKey(), fromJson(e.getValue()));
        }
        Incar incar = new Incar(tags);
        String[] want = pymatgenText.split("\n");
        String[] got = IncarWriter.write(incar, true).split("\n");
        assertEquals(want.length, got.length, () -> "line count:\n" + String.join("\n", got));
        for (int i = 0; i < want.length; i++) {
            if (!want[i].equals(got[i])) {
                String tag = want[i].substring(0, want[i].indexOf(' '));
                assertTrue(dict.get(tag).isArray(), "line " + (i + 1) + ": " + got[i] + " != " + want[i]);
                assertArrayEquals(numbers(want[i]), numbers(got[i]), 0, want[i]);
            }
        }
        Incar reread = IncarReader.parse("pymatgen INCAR", pymatgenText);
        dict.fields().forEachRemaining(e -> sameValue(e.getKey(), e.getValue(), reread.get(e.getKey()).orElseThrow()));
    }

    private static IncarValue fromJson(JsonNode v) {
        if (v.isBoolean()) {
            return new IncarValue.Bool(v.asBoolean());
        }
        if (v.isIntegralNumber()) {
            return new IncarValue.Int(v.asLong());
        }
        if (v.isNumber()) {
            return new IncarValue.Real(v.asDouble());
        }
        if (v.isArray()) {
            double[] d = new double[v.size()];
            boolean ints = true;
            for (int i = 0; i < d.length; i++) {
                d[i] = v.get(i).asDouble();
                ints &= v.get(i).isIntegralNumber();
            }
            return new IncarValue.Numbers(d, ints);
        }
        return new IncarValue.Text(v.asText());
    }

    private static double[] numbers(String line) {
        String[] t = line.substring(line.indexOf('=') + 1).strip().split("\\s+");
        double[] d = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            d[i] = Double.parseDouble(t[i]);
        }
        return d;
    }
}
