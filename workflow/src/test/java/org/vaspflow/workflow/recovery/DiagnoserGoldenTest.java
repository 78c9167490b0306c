package org.vaspflow.workflow.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.vaspflow.io.testing.SharedData;

/**
 * Every log of shared/data/errors: the Diagnoser names the same errors custodian does (golden
 * {@code errors.custodian}). Only custodian-named ids are compared; vaspflow's own ids (stopped, lost, ...)
 * are extra, and so are warnings ({@code auto_nbands}: the custodian that wrote the golden files did not have
 * it yet; it reports a benign NBANDS change). For the OSZICAR handlers custodian has no error names: PositiveEnergyErrorHandler ↔
 * {@code positive_energy}, PotimErrorHandler ↔ {@code potim}, NonConvergingErrorHandler(nionic_steps=n) ↔
 * {@code nonconv} with {@code ionic_steps: n}.
 */
class DiagnoserGoldenTest {
    static final ErrorCatalog CATALOG = ErrorCatalog.builtIn();
    static final Map<String, String> HANDLERS = Map.of("PositiveEnergyErrorHandler", "positive_energy",
            "PotimErrorHandler", "potim", "NonConvergingErrorHandler", "nonconv");

    @TestFactory
    Stream<DynamicTest> vaspErrorHandlerLogs() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String c : List.of("vasp-out-messages", "too-few-bands", "zpotrf", "std-err-messages")) {
            JsonNode custodian = SharedData.golden(c).path("errors").path("custodian");
            custodian.fields().forEachRemaining(f -> {
                if (f.getKey().equals("_other_handlers")) {
                    f.getValue().fields().forEachRemaining(h -> {
                        String file = h.getKey().replaceAll(".*\\[(.*)]", "$1");
                        tests.add(DynamicTest.dynamicTest(c + "/" + file, () -> compare(c, file, h.getValue())));
                    });
                } else {
                    tests.add(DynamicTest.dynamicTest(c + "/" + f.getKey(), () -> compare(c, f.getKey(),
                            f.getValue())));
                }
            });
        }
        assertTrue(tests.size() >= 30, "golden cases found: " + tests.size());
        return tests.stream();
    }

    private static void compare(String c, String file, JsonNode expected) {
        Path p = SharedData.data("errors/" + c + "/" + file);
        TreeSet<String> want = new TreeSet<>();
        expected.path("errors").forEach(e -> want.add(e.asText()));
        List<FileDiagnosis> d = new Diagnoser(CATALOG).diagnose(p);
        assertEquals(want, custodianIds(d), "diagnosis of " + p + ": " + d);
        for (Finding f : d.get(0).errors()) {
            assertTrue(f.line() > 0 && !f.text().isBlank(), "marker line of " + f);
        }
    }

    static TreeSet<String> custodianIds(List<FileDiagnosis> d) {
        TreeSet<String> got = new TreeSet<>();
        d.forEach(fd -> fd.errors().forEach(f -> {
            ErrorEntry e = CATALOG.entry(f.id()).orElseThrow();
            if (e.custodian() && !e.warning()) {
                got.add(f.id());
            }
        }));
        return got;
    }

    @TestFactory
    Stream<DynamicTest> oszicarHandlers() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String c : List.of("nonconv", "positive-energy", "potim")) {
            JsonNode handlers = SharedData.golden(c).path("errors").path("custodian").path("_other_handlers");
            handlers.fields().forEachRemaining(h -> tests.add(DynamicTest.dynamicTest(c + " " + h.getKey(), () -> {
                String handler = h.getKey().replaceAll("\\(.*", "");
                String id = HANDLERS.get(handler);
                ErrorCatalog cat = CATALOG;
                if (h.getKey().contains("nionic_steps=")) {
                    int n = Integer.parseInt(h.getKey().replaceAll(".*nionic_steps=(\\d+).*", "$1"));
                    ErrorEntry e = cat.entry(id).orElseThrow();
                    cat = cat.with(e.withDetect(e.detect().withIonicSteps(n)));
                }
                List<String> ids = Diagnoser.ids(new Diagnoser(cat).diagnose(SharedData.data("errors/" + c
                        + "/OSZICAR")));
                assertEquals(h.getValue().asBoolean(), ids.contains(id), c + " " + h.getKey() + ": " + ids);
            })));
        }
        assertEquals(12, tests.size());
        return tests.stream();
    }

    @Test
    void stoppedOutcarIsAStopNotACustodianError() {
        JsonNode golden = SharedData.golden("stopped-stopcar");
        assertTrue(golden.path("files").path("OUTCAR.stopped.gz").path("is_stopped").asBoolean());
        List<FileDiagnosis> d = new Diagnoser(CATALOG).diagnose(SharedData.data(
                "errors/stopped-stopcar/OUTCAR.stopped.gz"));
        assertEquals(List.of("stopped"), Diagnoser.ids(d));
        assertTrue(custodianIds(d).isEmpty());
        assertEquals(205772, d.get(0).errors().get(0).line());
    }

    @Test
    void catalogueCoversEveryCustodianVaspErrorHandlerName() {
        for (String id : List.of("tet", "inv_rot_mat", "brmix", "subspacematrix", "tetirr", "incorrect_shift",
                "real_optlay", "rspher", "dentet", "too_few_bands", "triple_product", "rot_matrix", "brions",
                "pricel", "zpotrf", "amin", "zbrent", "pssyevx", "pdsyevx", "eddrmm", "edddav", "algo_tet",
                "grad_not_orth", "nicht_konv", "zheev", "eddiag", "elf_kpar", "elf_ncl", "rhosyg", "posmap",
                "point_group", "pricelv", "symprec_noise", "dfpt_ncore", "bravais", "nbands_not_sufficient",
                "hnform", "coef", "set_core_wf", "read_error", "auto_nbands", "ibzkpt", "fexcf", "ksymm", "edwav",
                "out_of_memory", "kpoints_trans")) {
            assertTrue(CATALOG.entry(id).isPresent(), id);
        }
    }
}
