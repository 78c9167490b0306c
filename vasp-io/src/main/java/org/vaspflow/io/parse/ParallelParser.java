package org.vaspflow.io.parse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Parses many calculation folders (or files) on a bounded pool and returns the results in input order. A folder
 * whose parse fails is reported as a failed {@link Outcome} with its error; it never stops or loses the others.
 * The pool has as many threads as asked (default: all cores) and is shut down when the call returns.
 *
 * <p>Inside one file, a large numeric block is split across cores with {@link #splitRange} (the common
 * fork-join pool plus the calling thread), so one big vasprun.xml also uses every core.
 */
public final class ParallelParser {
    private ParallelParser() {
    }

    /**
     * The result of one input: the value, or the error that stopped it.
     *
     * @param input the path as given
     * @param value the parsed value when it succeeded
     * @param error the ParseException (or another failure, wrapped) when it did not
     */
    public record Outcome<T>(Path input, Optional<T> value, Optional<ParseException> error) {
        public boolean ok() {
            return value.isPresent();
        }
    }

    /** Parses with one thread per core. */
    public static <T> List<Outcome<T>> parseAll(List<Path> inputs, Function<Path, T> parser) {
        return parseAll(inputs, parser, Runtime.getRuntime().availableProcessors());
    }

    public static <T> List<Outcome<T>> parseAll(List<Path> inputs, Function<Path, T> parser, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, Math.max(1, inputs.size()))),
                r -> {
                    Thread t = new Thread(r, "vaspflow-parse");
                    t.setDaemon(true);
                    return t;
                });
        try {
            List<Future<T>> futures = new ArrayList<>(inputs.size());
            for (Path p : inputs) {
                futures.add(pool.submit(() -> parser.apply(p)));
            }
            List<Outcome<T>> out = new ArrayList<>(inputs.size());
            for (int i = 0; i < inputs.size(); i++) {
                Path p = inputs.get(i);
                try {
                    out.add(new Outcome<>(p, Optional.of(futures.get(i).get()), Optional.empty()));
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    ParseException pe = cause instanceof ParseException x ? x
                            : new ParseException(p, 0, 0, "", "failed: " + cause, cause);
                    out.add(new Outcome<>(p, Optional.empty(), Optional.of(pe)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    out.add(new Outcome<>(p, Optional.empty(), Optional.of(new ParseException(p, 0, 0, "",
                            "interrupted"))));
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Work on the index range [from, to): returns the first index that failed, or -1. */
    @FunctionalInterface
    public interface RangeTask {
        int run(int from, int to);
    }

    /**
     * Runs {@code task} over [0, n) in contiguous parts of at least {@code grain} indices, one per core at most:
     * the first part on the calling thread, the others on the common fork-join pool. Returns the smallest index a
     * part reported as failed, or -1; a part's unchecked exception is rethrown.
     */
    public static int splitRange(int n, int grain, RangeTask task) {
        int parts = (int) Math.min(Runtime.getRuntime().availableProcessors(),
                (n + (long) Math.max(1, grain) - 1) / Math.max(1, grain));
        if (parts <= 1) {
            return n <= 0 ? -1 : task.run(0, n);
        }
        List<ForkJoinTask<Integer>> others = new ArrayList<>(parts - 1);
        for (int p = 1; p < parts; p++) {
            int from = (int) ((long) n * p / parts);
            int to = (int) ((long) n * (p + 1) / parts);
            others.add(ForkJoinPool.commonPool().submit(() -> task.run(from, to)));
        }
        int failed = task.run(0, (int) ((long) n / parts));
        for (ForkJoinTask<Integer> t : others) {
            int f = t.join();
            if (failed < 0 && f >= 0) {
                failed = f;
            }
        }
        return failed;
    }
}
