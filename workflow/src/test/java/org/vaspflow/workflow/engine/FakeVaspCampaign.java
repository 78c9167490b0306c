package org.vaspflow.workflow.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.vaspflow.io.testing.SharedData;
import org.vaspflow.workflow.dag.Planner;
import org.vaspflow.workflow.dag.PresetInputWriter;
import org.vaspflow.workflow.exec.LocalExecutor;
import org.vaspflow.workflow.hpc.ShellQuote;
import org.vaspflow.workflow.recovery.ErrorCatalog;
import org.vaspflow.workflow.spec.CampaignLoader;
import org.vaspflow.workflow.store.Store;

/**
 * A campaign folder whose VASP is the {@code fake-vasp} test double (src/test/fake-vasp): it checks the inputs
 * and copies the recorded outputs of shared/data/vasp/feo-afm-ldau-relax. Every run appends its folder to
 * {@code fake-vasp.log}, so tests can count runs.
 */
final class FakeVaspCampaign {
    static final Path FAKE_VASP = Path.of("src/test/fake-vasp/fake-vasp").toAbsolutePath();
    static final Path POSCAR = SharedData.data("vasp/feo-afm-ldau-relax/POSCAR");

    final Path dir;
    final Path log;
    final Path yaml;
    final int sleepSeconds;

    FakeVaspCampaign(Path dir, String yamlText, int sleepSeconds) throws IOException {
        this.dir = dir;
        this.log = dir.resolve("fake-vasp.log");
        this.yaml = dir.resolve("campaign.yaml");
        this.sleepSeconds = sleepSeconds;
        Files.writeString(yaml, yamlText.replace("@POSCAR@", POSCAR.toString()));
    }

    /** The VASP command line: the double with its environment. */
    String vaspCommand() {
        return "FAKE_VASP_DATA=" + ShellQuote.quote(SharedData.data("vasp/feo-afm-ldau-relax").toString())
                + " FAKE_VASP_ERRORS=" + ShellQuote.quote(SharedData.data("errors").toString())
                + " FAKE_VASP_LOG=" + ShellQuote.quote(log.toString())
                + " FAKE_VASP_SLEEP=" + sleepSeconds + " " + ShellQuote.quote(FAKE_VASP.toString());
    }

    Store openStore() {
        return Store.open(dir.resolve(Store.FILE_NAME));
    }

    Engine engine(Store store) {
        var spec = CampaignLoader.load(yaml);
        return new Engine(store, LocalExecutor.fromProfile("local", vaspCommand(), 2), new Planner(spec, dir),
                new PresetInputWriter(), ErrorCatalog.builtIn(), dir,
                new Engine.Options(spec.maxAttempts(), Duration.ofMillis(50), false));
    }

    List<String> runs() throws IOException {
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }
}
