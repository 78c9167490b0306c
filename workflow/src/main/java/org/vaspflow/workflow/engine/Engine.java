package org.vaspflow.workflow.engine;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vaspflow.workflow.dag.Planner;
import org.vaspflow.workflow.exec.ExecStatus;
import org.vaspflow.workflow.exec.Executor;
import org.vaspflow.workflow.exec.ExecutorException;
import org.vaspflow.workflow.exec.JobHandle;
import org.vaspflow.workflow.exec.Lookup;
import org.vaspflow.workflow.exec.Submission;
import org.vaspflow.workflow.recovery.Diagnoser;
import org.vaspflow.workflow.recovery.ErrorCatalog;
import org.vaspflow.workflow.recovery.Recovery;
import org.vaspflow.workflow.store.CalcState;
import org.vaspflow.workflow.store.Calculation;
import org.vaspflow.workflow.store.Change;
import org.vaspflow.workflow.store.HistoryEntry;
import org.vaspflow.workflow.store.IllegalTransitionException;
import org.vaspflow.workflow.store.Store;
import org.vaspflow.workflow.dag.InputWriter;

/**
 * Drives every calculation of a campaign through its states with an {@link Executor}; all state is in the
 * {@link Store}, so a restarted engine resumes where the last one stopped, never starts over.
 *
 * <p>Exactly-once submission: a unique job name is stored with the move to {@code SUBMITTING} before the
 * executor is asked to submit. On start, and whenever a submit call fails, a calculation in {@code SUBMITTING}
 * is resolved by {@link Executor#lookup} of that name before anything is submitted: found → adopted
 * ({@code QUEUED}), absent → back to {@code READY}, unknown → {@code LOST}. Completion needs two signals (the
 * executor's {@code FINISHED}). Identical inputs (same {@code InputHash}) are computed once: a later
 * calculation waits for, then links to, the earlier one.
 */
public final class Engine {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CORRECTED = Pattern.compile("corrected (\\w+) step \\d+");

    /**
     * @param maxAttempts  runs per calculation before recovery gives up
     * @param pollInterval pause between ticks while jobs run
     * @param dryRun       plan and stage (write folders and hashes), submit nothing
     */
    public record Options(int maxAttempts, Duration pollInterval, boolean dryRun) {
    }

    private final Store store;
    private final Executor executor;
    private final Planner planner;
    private final Stager stager;
    private final Diagnoser diagnoser;
    private final Recovery recovery;
    private final Options options;
    private final String campaign;
    private Consumer<String> checkpoint = point -> { };
    private volatile boolean stopped;
    private boolean executorTrouble;
    private final java.util.Set<String> endedJobs = new java.util.HashSet<>();

    public Engine(Store store, Executor executor, Planner planner, InputWriter writer, ErrorCatalog catalog,
                  Path campaignDir, Options options) {
        this.store = store;
        this.executor = executor;
        this.planner = planner;
        this.stager = new Stager(store, writer, campaignDir.toAbsolutePath());
        this.diagnoser = new Diagnoser(catalog);
        this.recovery = new Recovery(catalog);
        this.options = options;
        this.campaign = planner.spec().campaign();
    }

    /**
     * Fault injection for tests: called at named points ({@code submitting}: SUBMITTING stored, submit not yet
     * called; {@code submitted}: submit returned, job id not yet stored). An exception thrown here propagates,
     * leaving the store as a crash there would.
     */
    public void onCheckpoint(Consumer<String> hook) {
        this.checkpoint = hook;
    }

    /** Asks a running {@link #run()} to return after the current tick. */
    public void stop() {
        stopped = true;
    }

    /** Resolves in-flight work, plans, then ticks until nothing can move without waiting on a user. */
    public void run() throws InterruptedException {
        resolveInFlight();
        planner.plan(store);
        for (Calculation c : store.inState(CalcState.DONE)) {
            expand(c);
        }
        if (!options.dryRun()) {
            guarded(this::pollAll); // learn what is already queued before capacity is asked for
        }
        while (!stopped) {
            boolean progress = tick();
            boolean active = executorTrouble || store.all().stream().anyMatch(c -> c.state().active());
            if (!progress && (!active || options.dryRun())) {
                return;
            }
            if (!progress) {
                Thread.sleep(options.pollInterval().toMillis());
            }
        }
    }

    /** What a crash may have left half done: SUBMITTING (look the job up) and RECOVERING (finish it). */
    public void resolveInFlight() {
        guarded(() -> {
            for (Calculation c : store.inState(CalcState.SUBMITTING)) {
                resolveSubmitting(c);
            }
            return true;
        });
        for (Calculation c : store.inState(CalcState.RECOVERING)) {
            boolean applied = Files.isDirectory(stager.folder(c).resolve("attempt-" + c.attempt()));
            store.transition(c.id(), CalcState.RECOVERING, applied ? CalcState.READY : CalcState.FAILED,
                    applied ? "recovery finished after a restart" : "recovery interrupted before any correction",
                    applied ? Change.NONE.withNextAttempt() : Change.NONE);
        }
    }

    /**
     * One pass over every state; true when anything moved. A calculation moved meanwhile by another process
     * (the CLI's {@code cancel} or {@code retry}) makes its transition stale; the pass ends and the next one
     * reads the store afresh.
     */
    public boolean tick() {
        try {
            boolean p = promote();
            p |= stageAll();
            if (!options.dryRun()) {
                executorTrouble = false;
                p |= guarded(this::retrySubmitting);
                p |= guarded(this::submitAll);
                p |= guarded(this::pollAll);
                p |= guarded(this::finishAll);
                guarded(this::endCancelledJobs);
                p |= recoverAll();
            }
            return p;
        } catch (IllegalTransitionException e) {
            return true;
        }
    }

    /**
     * Runs one phase of a tick; an executor that cannot be reached (SSH down, scheduler restarting) ends that
     * phase without changing any state, and the engine keeps ticking until it answers again.
     */
    private boolean guarded(java.util.function.BooleanSupplier phase) {
        try {
            return phase.getAsBoolean();
        } catch (ExecutorException e) {
            executorTrouble = true;
            System.err.println("vaspflow: " + executor.name() + ": " + e.getMessage() + " (will retry)");
            return false;
        }
    }

    /** SUBMITTING left by a lookup that could not reach the executor: look again. */
    private boolean retrySubmitting() {
        List<Calculation> open = store.inState(CalcState.SUBMITTING);
        for (Calculation c : open) {
            resolveSubmitting(c);
        }
        return !open.isEmpty();
    }

    private boolean promote() {
        boolean moved = false;
        for (Calculation c : store.inState(CalcState.PLANNED)) {
            if (c.dependsOn().stream().allMatch(d -> store.get(d).state() == CalcState.DONE)) {
                store.transition(c.id(), CalcState.PLANNED, CalcState.READY, "dependencies done", Change.NONE);
                moved = true;
            }
        }
        return moved;
    }

    private boolean stageAll() {
        List<Calculation> ready = store.inState(CalcState.READY);
        for (Calculation c : ready) {
            try {
                String hash = stager.stage(c);
                store.transition(c.id(), CalcState.READY, CalcState.STAGED, "inputs written",
                        Change.NONE.withInputHash(hash));
            } catch (IOException | RuntimeException e) {
                store.transition(c.id(), CalcState.READY, CalcState.FAILED, "staging failed: " + e.getMessage(),
                        Change.NONE);
            }
        }
        return !ready.isEmpty();
    }

    private boolean submitAll() {
        boolean moved = false;
        for (Calculation c : store.inState(CalcState.STAGED)) {
            var twin = store.withHash(c.inputHash()).stream()
                    .filter(o -> o.id() != c.id() && o.linkedTo() == 0 && o.id() < c.id()).findFirst();
            if (twin.isPresent() && twin.get().state() == CalcState.DONE) {
                store.transition(c.id(), CalcState.STAGED, CalcState.DONE, "inputs identical to "
                        + twin.get().name() + ": linked", Change.NONE.withLinkedTo(twin.get().id()));
                expand(store.get(c.id()));
                moved = true;
                continue;
            }
            if (twin.isPresent() && !twin.get().state().settled() && twin.get().state() != CalcState.FAILED) {
                continue; // the twin is computing this very thing
            }
            if (executor.capacity() <= 0) {
                break;
            }
            submit(c);
            moved = true;
        }
        return moved;
    }

    private void submit(Calculation c) {
        String name = jobName(c);
        store.transition(c.id(), CalcState.STAGED, CalcState.SUBMITTING, "submitting as " + name,
                Change.NONE.withJobName(name, executor.name()));
        checkpoint.accept("submitting");
        var node = org.vaspflow.workflow.dag.CalcNode.fromJson(c.spec());
        JobHandle h;
        try {
            h = executor.submit(new Submission(name, stager.folder(c), node.step().variant(), node.step().ntasks()));
        } catch (ExecutorException e) {
            // the job may exist: only a lookup by name may decide (it throws while the executor is unreachable,
            // leaving SUBMITTING for the next tick)
            resolveSubmitting(store.get(c.id()));
            return;
        }
        checkpoint.accept("submitted");
        store.transition(c.id(), CalcState.SUBMITTING, CalcState.QUEUED, "submitted: job " + h.jobId(),
                Change.NONE.withJobId(h.jobId()));
    }

    private void resolveSubmitting(Calculation c) {
        Lookup l = executor.lookup(c.jobName(), stager.folder(c));
        switch (l.kind()) {
            case FOUND -> store.transition(c.id(), CalcState.SUBMITTING, CalcState.QUEUED, "job " + c.jobName()
                    + " found by name: " + l.detail(), Change.NONE.withJobId(l.handle().orElseThrow().jobId()));
            case ABSENT -> store.transition(c.id(), CalcState.SUBMITTING, CalcState.READY, "job " + c.jobName()
                    + " was never submitted: " + l.detail(), Change.NONE);
            case UNKNOWN -> store.transition(c.id(), CalcState.SUBMITTING, CalcState.LOST, l.detail(), Change.NONE);
        }
    }

    private boolean pollAll() {
        List<Calculation> active = new ArrayList<>(store.inState(CalcState.QUEUED));
        active.addAll(store.inState(CalcState.RUNNING));
        Map<String, JobHandle> handles = new HashMap<>();
        active.forEach(c -> handles.put(c.jobName(), handle(c)));
        Map<String, ExecStatus> status = active.isEmpty() ? Map.of() : executor.poll(handles.values());
        boolean moved = false;
        for (Calculation c : active) {
            ExecStatus s = status.get(c.jobName());
            if (s == null) {
                continue; // not reported (the executor could not ask): no news is not a verdict
            }
            CalcState to = switch (s.phase()) {
                case QUEUED -> CalcState.QUEUED;
                case RUNNING -> CalcState.RUNNING;
                case FINISHED -> CalcState.FINISHED;
                case LOST -> CalcState.LOST;
                case CANCELLED -> CalcState.CANCELLED;
            };
            boolean requeued = to == CalcState.QUEUED && c.state() == CalcState.RUNNING;
            if (to != c.state() && !requeued) {
                store.transition(c.id(), c.state(), to, s.detail(), Change.NONE);
                moved = true;
            }
        }
        for (Calculation c : store.inState(CalcState.LOST)) {
            store.transition(c.id(), CalcState.LOST, CalcState.FAILED, "job lost", Change.NONE);
            moved = true;
        }
        return moved;
    }

    /**
     * A user's {@code vaspflow cancel} (another process, which may have no connection to the cluster) moved a
     * calculation whose job was alive to CANCELLED: end that job from here, once per job and engine run.
     */
    private boolean endCancelledJobs() {
        for (Calculation c : store.inState(CalcState.CANCELLED)) {
            if (c.jobId().isBlank() || endedJobs.contains(c.jobName())) {
                continue;
            }
            List<HistoryEntry> h = store.history(c.id());
            HistoryEntry last = h.get(h.size() - 1);
            boolean alive = last.from() == CalcState.QUEUED || last.from() == CalcState.RUNNING;
            if (alive && last.why().startsWith("cancelled by the user")) {
                executor.cancel(handle(c));
            }
            endedJobs.add(c.jobName());
        }
        return false;
    }

    private boolean finishAll() {
        boolean moved = false;
        for (Calculation c : store.inState(CalcState.FINISHED)) {
            executor.fetch(handle(c), stager.folder(c));
            store.transition(c.id(), CalcState.FINISHED, CalcState.RETRIEVED, "outputs retrieved", Change.NONE);
            moved = true;
        }
        for (Calculation c : store.inState(CalcState.RETRIEVED)) {
            Path folder = stager.folder(c);
            int exit = org.vaspflow.workflow.exec.LocalExecutor.exitCodeOf(folder).orElse(-1);
            var diagnosis = diagnoser.diagnoseFolder(folder, false);
            Map<String, Object> result = ResultParser.parse(folder, exit, diagnoser.failures(diagnosis));
            result.put("warnings", Diagnoser.ids(diagnosis).stream()
                    .filter(id -> !((List<?>) result.get("errors")).contains(id)).toList());
            result.put("attempt", c.attempt());
            store.transition(c.id(), CalcState.RETRIEVED, CalcState.PARSED, "parsed", Change.NONE.withResult(
                    json(result)));
            moved = true;
        }
        for (Calculation c : store.inState(CalcState.PARSED)) {
            Map<String, Object> r = result(c);
            boolean ok = Integer.valueOf(0).equals(r.get("exit_code")) && ((List<?>) r.getOrDefault("errors",
                    List.of())).isEmpty();
            store.transition(c.id(), CalcState.PARSED, ok ? CalcState.DONE : CalcState.FAILED, ok ? "done"
                    : "exit code " + r.get("exit_code") + ", errors " + r.get("errors"), Change.NONE);
            if (ok) {
                expand(store.get(c.id()));
            }
            moved = true;
        }
        return moved;
    }

    private boolean recoverAll() {
        boolean moved = false;
        for (Calculation c : store.inState(CalcState.FAILED)) {
            List<HistoryEntry> h = store.history(c.id());
            HistoryEntry last = h.get(h.size() - 1);
            if (last.from() == CalcState.RECOVERING || last.from() == CalcState.READY) {
                continue; // given up, or failed before running: waits for a user's retry
            }
            boolean lost = last.from() == CalcState.LOST;
            store.transition(c.id(), CalcState.FAILED, CalcState.RECOVERING, "diagnosing", Change.NONE);
            moved = true;
            recover(c, h, lost);
        }
        return moved;
    }

    private void recover(Calculation c, List<HistoryEntry> history, boolean lost) {
        if (c.attempt() >= options.maxAttempts()) {
            store.transition(c.id(), CalcState.RECOVERING, CalcState.FAILED, "gave up after " + c.attempt()
                    + " attempts", Change.NONE);
            return;
        }
        Path folder = stager.folder(c);
        List<String> ids = Diagnoser.ids(diagnoser.diagnoseFolder(folder, lost));
        Map<String, Integer> previous = new HashMap<>();
        for (HistoryEntry e : history) {
            Matcher m = CORRECTED.matcher(e.why());
            while (m.find()) {
                previous.merge(m.group(1), 1, Integer::sum);
            }
        }
        List<Recovery.Applied> applied;
        try {
            applied = recovery.apply(folder, c.attempt(), ids, previous);
        } catch (IOException | RuntimeException e) {
            store.transition(c.id(), CalcState.RECOVERING, CalcState.FAILED, "correction failed: " + e.getMessage(),
                    Change.NONE);
            return;
        }
        if (applied.isEmpty()) {
            store.transition(c.id(), CalcState.RECOVERING, CalcState.FAILED, ids.isEmpty() ? "no known error found"
                    : "no correction left for " + ids, Change.NONE);
            return;
        }
        String why = String.join("; ", applied.stream().map(a -> "corrected " + a.errorId() + " step " + a.step()
                + " (" + a.description() + ")").toList());
        store.transition(c.id(), CalcState.RECOVERING, CalcState.READY, why, Change.NONE.withNextAttempt());
    }

    private void expand(Calculation done) {
        Map<String, Object> r = store.result(done.id()).map(Engine::parse).orElse(Map.of());
        planner.expand(store, done, r);
    }

    private Map<String, Object> result(Calculation c) {
        return store.result(c.id()).map(Engine::parse).orElse(Map.of());
    }

    private JobHandle handle(Calculation c) {
        return new JobHandle(c.jobName(), c.jobId(), stager.folder(c));
    }

    private String jobName(Calculation c) {
        String rand = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(0, 6);
        return "vf-" + campaign + "-" + c.id() + "-a" + c.attempt() + "-" + rand;
    }

    private static String json(Map<String, Object> m) {
        try {
            return JSON.writeValueAsString(m);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> parse(String json) {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            return Map.of();
        }
    }
}
