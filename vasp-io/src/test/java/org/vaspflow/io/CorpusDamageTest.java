package org.vaspflow.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;
import org.vaspflow.io.cif.CifReader;
import org.vaspflow.io.json.PymatgenStructureJson;
import org.vaspflow.io.lobster.ChargeReader;
import org.vaspflow.io.lobster.CohpcarReader;
import org.vaspflow.io.lobster.GrosspopReader;
import org.vaspflow.io.lobster.IcohplistReader;
import org.vaspflow.io.lobster.LobsterDoscarReader;
import org.vaspflow.io.lobster.LobsterinReader;
import org.vaspflow.io.lobster.LobsteroutReader;
import org.vaspflow.io.parse.Compression;
import org.vaspflow.io.parse.FileFormat;
import org.vaspflow.io.testing.ReaderContract;
import org.vaspflow.io.testing.SharedData;
import org.vaspflow.io.vasp.IncarReader;
import org.vaspflow.io.vasp.KpointsReader;
import org.vaspflow.io.vasp.PoscarReader;
import org.vaspflow.io.vasp.out.DoscarReader;
import org.vaspflow.io.vasp.out.EigenvalReader;
import org.vaspflow.io.vasp.out.OszicarReader;
import org.vaspflow.io.vasp.out.OutcarReader;
import org.vaspflow.io.vasp.out.ProcarReader;
import org.vaspflow.io.vasp.xml.VasprunReader;

/**
 * Every file of {@code shared/data} that vaspflow has a reader for is cut at 100 offsets and has bytes flipped 20
 * times: each read ends in a ParseException with a position or a result flagged incomplete, never another
 * exception type and never a hang. For files larger than 16 MB (decompressed; one COHPCAR is 340 MB) the damage
 * is placed within the first 16 MB and only that part is written, so the test stays minutes, not hours.
 */
@Execution(ExecutionMode.CONCURRENT)
class CorpusDamageTest {
    private static final Map<FileFormat, Function<Path, ?>> READERS = Map.ofEntries(
            Map.entry(FileFormat.VASPRUN, VasprunReader::read), Map.entry(FileFormat.OUTCAR, OutcarReader::read),
            Map.entry(FileFormat.OSZICAR, OszicarReader::read), Map.entry(FileFormat.DOSCAR, DoscarReader::read),
            Map.entry(FileFormat.PROCAR, ProcarReader::read), Map.entry(FileFormat.EIGENVAL, EigenvalReader::read),
            Map.entry(FileFormat.POSCAR, PoscarReader::read), Map.entry(FileFormat.INCAR, IncarReader::read),
            Map.entry(FileFormat.KPOINTS, KpointsReader::read), Map.entry(FileFormat.CIF, CifReader::read),
            Map.entry(FileFormat.PYMATGEN_JSON, PymatgenStructureJson::read),
            Map.entry(FileFormat.ICOHPLIST, IcohplistReader::read), Map.entry(FileFormat.COHPCAR, CohpcarReader::read),
            Map.entry(FileFormat.LOBSTEROUT, LobsteroutReader::read), Map.entry(FileFormat.CHARGE, ChargeReader::read),
            Map.entry(FileFormat.LOBSTERIN, LobsterinReader::read), Map.entry(FileFormat.GROSSPOP, GrosspopReader::read),
            Map.entry(FileFormat.LOBSTER_DOSCAR, LobsterDoscarReader::read));

    private static final int HEAD_BYTES = 16 << 20;

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> everyCorpusFile() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String dir : new String[] {"vasp", "lobster", "errors"}) {
            try (Stream<Path> s = Files.walk(SharedData.data(dir))) {
                for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                    Optional<FileFormat> format = FileFormat.byName(Compression.baseName(f));
                    if (format.isEmpty() || !READERS.containsKey(format.get())) {
                        continue;
                    }
                    Function<Path, ?> reader = READERS.get(format.get());
                    tests.add(DynamicTest.dynamicTest(SharedData.data().relativize(f).toString(), () -> {
                        byte[] all = ReaderContract.plainBytes(f);
                        byte[] plain = all.length > HEAD_BYTES ? java.util.Arrays.copyOf(all, HEAD_BYTES) : all;
                        Path scratch = Files.createTempDirectory(work, "damage");
                        ReaderContract<Object> contract = ReaderContract.of(p -> reader.apply(p));
                        try {
                            contract.truncationIsReported(plain, scratch);
                            contract.flippedBytesAreReported(plain, scratch);
                        } finally {
                            try (Stream<Path> left = Files.list(scratch)) {
                                for (Path p : left.toList()) {
                                    Files.deleteIfExists(p);
                                }
                            }
                            Files.deleteIfExists(scratch);
                        }
                    }));
                }
            }
        }
        assertTrue(tests.size() >= 60, "corpus files with a reader: " + tests.size());
        return tests.stream();
    }
}
