package org.vaspflow.workflow.build.surface;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vaspflow.io.structure.Structure;
import org.vaspflow.io.testing.SharedData;
import org.vaspflow.io.vasp.PoscarReader;
import org.vaspflow.workflow.inputs.StructureFiles;

/** The recorded pymatgen slab results ({@code surface/slabs_pymatgen.json}, from generate_slab_golden.py). */
final class PymatgenSlabCases {
    private PymatgenSlabCases() {
    }

    record Case(String structurePath, Structure bulk, MillerIndex hkl, JsonNode json) {
        @Override
        public String toString() {
            return structurePath + " " + hkl;
        }
    }

    static List<Case> all() {
        JsonNode root = SharedData.readJson(resource("slabs_pymatgen.json"));
        List<Case> out = new ArrayList<>();
        for (JsonNode c : root.get("cases")) {
            String rel = c.get("structure").asText();
            JsonNode h = c.get("hkl");
            out.add(new Case(rel, load(rel), new MillerIndex(h.get(0).asInt(), h.get(1).asInt(), h.get(2).asInt()), c));
        }
        return out;
    }

    static Structure load(String rel) {
        if (rel.startsWith("repo:")) {
            // tests run in the workflow module folder; the repository root is its parent
            Path p = Path.of("..").resolve(rel.substring(5));
            return PoscarReader.read(java.nio.file.Files.exists(p) ? p : Path.of(rel.substring(5))).structure();
        }
        if (rel.startsWith("local:")) {
            return PoscarReader.read(resource(rel.substring(6))).structure();
        }
        return StructureFiles.read(SharedData.data(rel));
    }

    static Path resource(String name) {
        try {
            return Path.of(PymatgenSlabCases.class.getResource("/surface/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
