package org.vaspflow.workflow.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vaspflow.workflow.store.Calculation;
import org.vaspflow.workflow.store.Store;
import picocli.CommandLine;

/** Finds a campaign's store from a campaign YAML or folder (default: the current folder), and calculations by id or name. */
final class CampaignStore {
    private CampaignStore() {
    }

    static Path folder(Path campaign) {
        Path p = campaign.toAbsolutePath();
        return Files.isDirectory(p) ? p : p.getParent();
    }

    /** Opens an existing store; a usage error when there is none. */
    static Store open(Path campaign, CommandLine cmd) {
        Path db = folder(campaign).resolve(Store.FILE_NAME);
        if (!Files.isRegularFile(db)) {
            throw new CommandLine.ParameterException(cmd, "no campaign store " + db + " (run the campaign first)");
        }
        return Store.open(db);
    }

    /** Calculations by store id or name, in the order given. */
    static List<Calculation> resolve(Store store, List<String> ids, CommandLine cmd) {
        List<Calculation> out = new ArrayList<>();
        for (String id : ids) {
            var c = id.matches("\\d+") ? store.find(Long.parseLong(id)) : store.findByName(id);
            out.add(c.orElseThrow(() -> new CommandLine.ParameterException(cmd, "no calculation " + id)));
        }
        return out;
    }

    /** What a command does to one calculation; may throw I/O errors. */
    interface Action {
        void apply(Store store, Calculation c) throws java.io.IOException;
    }

    /**
     * Applies {@code action} to each calculation named in {@code ids} whose state {@code allowed} accepts, and
     * reports the others on stderr ("NAME is STATE" + {@code refusal}). Returns the exit code: 0 when every
     * calculation was acted on, 1 otherwise.
     */
    static int forEach(Path campaign, List<String> ids, CommandLine cmd, java.util.function.Predicate<Calculation>
            allowed, String refusal, Action action) throws java.io.IOException {
        int failures = 0;
        try (Store store = open(campaign, cmd)) {
            for (Calculation c : resolve(store, ids, cmd)) {
                if (!allowed.test(c)) {
                    System.err.println("vaspflow: " + c.name() + " is " + c.state() + refusal);
                    failures++;
                    continue;
                }
                action.apply(store, c);
            }
        }
        return failures == 0 ? 0 : 1;
    }
}
