package org.vaspflow.workflow.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.vaspflow.workflow.dag.CalcNode;
import org.vaspflow.workflow.dag.InputHash;
import org.vaspflow.workflow.dag.InputWriter;
import org.vaspflow.workflow.store.Calculation;
import org.vaspflow.workflow.store.Store;

/**
 * READY → STAGED work: on the first attempt the {@link InputWriter} writes the inputs (starting from the parent's
 * CONTCAR when the step carries it) and the other carried files are copied from the parent's folder (the folder
 * of the calculation the parent is linked to, when it reused another's result); later attempts keep the folder
 * as recovery corrected it. Returns the input hash.
 */
final class Stager {
    private final Store store;
    private final InputWriter writer;
    private final Path campaignDir;

    Stager(Store store, InputWriter writer, Path campaignDir) {
        this.store = store;
        this.writer = writer;
        this.campaignDir = campaignDir;
    }

    Path folder(Calculation c) {
        return campaignDir.resolve(c.folder());
    }

    String stage(Calculation c) throws IOException {
        Path folder = folder(c);
        Files.createDirectories(folder);
        if (c.attempt() == 1) {
            CalcNode node = CalcNode.fromJson(c.spec());
            Path parent = c.dependsOn().isEmpty() ? null : parentFolder(c.dependsOn().get(0));
            Path structure = Path.of(node.structure());
            if (parent != null && node.step().carry().contains("CONTCAR")) {
                structure = existing(parent.resolve("CONTCAR"));
            }
            writer.write(node, structure, folder);
            for (String f : node.step().carry()) {
                if (!f.equals("CONTCAR") && parent != null) {
                    Files.copy(existing(parent.resolve(f)), folder.resolve(f), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return InputHash.of(folder);
    }

    private Path parentFolder(long id) {
        Calculation p = store.get(id);
        return folder(p.link().map(store::get).orElse(p));
    }

    private static Path existing(Path p) throws IOException {
        if (!Files.isRegularFile(p) || Files.size(p) == 0) {
            throw new IOException("carried file " + p + " is missing or empty");
        }
        return p;
    }
}
