package org.vaspflow.io.vasp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.vaspflow.io.parse.Compression;
import org.vaspflow.io.testing.SharedData;

/** Every POSCAR/CONTCAR, INCAR, KPOINTS and IBZKPT under shared/data reads, writes and re-reads equal. */
class InputFilesRoundTripTest {
    static List<Path> files(String... prefixes) throws IOException {
        try (Stream<Path> s = Files.walk(SharedData.data())) {
            return s.filter(Files::isRegularFile).filter(p -> {
                String base = Compression.baseName(p);
                for (String prefix : prefixes) {
                    if (base.startsWith(prefix) && !base.contains("lobster")) {
                        return true;
                    }
                }
                return false;
            }).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> poscars() throws IOException {
        List<Path> files = files("POSCAR", "CONTCAR");
        assertTrue(files.size() >= 25, "found " + files.size());
        return files.stream().map(f -> DynamicTest.dynamicTest(SharedData.data().relativize(f).toString(), () -> {
            Poscar read = PoscarReader.read(f);
            Poscar again = PoscarReader.parse("written", PoscarWriter.write(read));
            assertEquals(read, again);
            assertEquals(read.structure().comment(), again.structure().comment());
        }));
    }

    @TestFactory
    Stream<DynamicTest> incars() throws IOException {
        List<Path> files = files("INCAR");
        assertTrue(files.size() >= 8, "found " + files.size());
        return files.stream().map(f -> DynamicTest.dynamicTest(SharedData.data().relativize(f).toString(), () -> {
            Incar read = IncarReader.read(f);
            assertFalse(read.tags().isEmpty());
            assertEquals(read, IncarReader.parse("written", read.write(false)));
            assertEquals(List.of(), IncarValidator.check(read), "every corpus tag is catalogued with its type");
            assertEquals(read.tags().keySet().stream().sorted().toList(),
                    List.copyOf(IncarReader.parse("sorted", read.write(true)).tags().keySet()));
        }));
    }

    @TestFactory
    Stream<DynamicTest> kpoints() throws IOException {
        List<Path> files = files("KPOINTS", "IBZKPT");
        assertTrue(files.size() >= 8, "found " + files.size());
        return files.stream().map(f -> DynamicTest.dynamicTest(SharedData.data().relativize(f).toString(), () -> {
            Kpoints read = KpointsReader.read(f);
            assertEquals(read, KpointsReader.parse("written", KpointsWriter.write(read)));
        }));
    }
}
