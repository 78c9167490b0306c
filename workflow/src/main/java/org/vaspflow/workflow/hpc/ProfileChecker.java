package org.vaspflow.workflow.hpc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code vaspflow profile check} verifies, in order, each with a sentence saying exactly what is wrong:
 * the login (host key, authentication), the scheduler commands, the queues against the scheduler's own limits,
 * the environment set-up and VASP executables, and the remote work root. Later checks are skipped when the
 * login fails.
 */
public final class ProfileChecker {
    private ProfileChecker() {
    }

    /** One line of the report. */
    public record Check(String name, boolean ok, String detail) {
    }

    public static List<Check> check(Profile profile, Transport transport) {
        List<Check> out = new ArrayList<>();
        try {
            ExecResult r = transport.exec("echo \"$(id -un)@$(hostname)\"").requireOk();
            out.add(new Check("connect", true, transport.describe() + " (logged in as " + r.stdout().strip() + ")"));
        } catch (TransportException e) {
            out.add(new Check("connect", false, e.kind().name().toLowerCase() + ": " + e.getMessage()));
            return out;
        }
        if (profile.remote()) {
            Scheduler scheduler = Scheduler.of(profile.scheduler());
            Set<String> missing = missing(transport, List.of(), scheduler.requiredCommands());
            out.add(missing.isEmpty() ? new Check("scheduler", true, profile.scheduler().key() + " commands found: "
                    + String.join(", ", scheduler.requiredCommands()))
                    : new Check("scheduler", false, "not on the login node's PATH: " + String.join(", ", missing)));
            if (missing.isEmpty()) {
                out.add(queues(profile, scheduler, transport));
            }
        }
        out.add(vasp(profile, transport));
        out.add(workRoot(profile, transport));
        out.add(potcars(profile, transport));
        return out;
    }

    private static Check queues(Profile profile, Scheduler scheduler, Transport transport) {
        Map<String, Scheduler.QueueInfo> known;
        try {
            known = scheduler.queueInfo(profile.queues().keySet()).run(transport);
        } catch (SchedulerException e) {
            return new Check("queues", false, e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        profile.queues().forEach((name, limits) -> {
            Scheduler.QueueInfo q = known.get(name);
            if (q == null) {
                problems.add("queue '" + name + "' does not exist (the scheduler has " + known.keySet() + ")");
                return;
            }
            if (!q.available()) {
                problems.add("queue '" + name + "' is not accepting jobs");
            }
            if (q.maxWalltimeSeconds() > 0 && limits.maxWalltime().seconds() > q.maxWalltimeSeconds()) {
                problems.add("queue '" + name + "': max_walltime " + limits.maxWalltime() + " exceeds the scheduler's "
                        + new Walltime(q.maxWalltimeSeconds()));
            }
            if (q.coresPerNode() > 0 && limits.coresPerNode() > q.coresPerNode()) {
                problems.add("queue '" + name + "': cores_per_node " + limits.coresPerNode()
                        + " exceeds the nodes' " + q.coresPerNode());
            }
        });
        return problems.isEmpty() ? new Check("queues", true, String.join(", ", profile.queues().keySet())
                + " exist within the scheduler's limits") : new Check("queues", false, String.join("; ", problems));
    }

    private static Check vasp(Profile profile, Transport transport) {
        Profile.VaspCommands v = profile.vasp();
        Set<String> wanted = new LinkedHashSet<>();
        for (String cmd : List.of(v.mpiLauncher(), v.std(), v.gam(), v.ncl())) {
            String first = cmd.strip().split("\\s+")[0];
            if (!first.isEmpty()) {
                wanted.add(first);
            }
        }
        List<String> env = profile.environment().lines();
        Set<String> missing;
        try {
            missing = missing(transport, env, wanted);
        } catch (SetupFailed e) {
            return new Check("vasp", false, "environment set-up line failed: " + e.getMessage());
        }
        String after = env.isEmpty() ? "" : " after the environment set-up (" + String.join("; ", env) + ")";
        return missing.isEmpty() ? new Check("vasp", true, String.join(", ", wanted) + " found" + after)
                : new Check("vasp", false, String.join(", ", missing) + " not found on PATH" + after);
    }

    private static Check workRoot(Profile profile, Transport transport) {
        String root = ShellQuote.quote(ShellQuote.remotePath(profile.remoteWorkRoot()));
        ExecResult r = transport.exec("mkdir -p " + root + " && test -w " + root);
        return r.ok() ? new Check("work_root", true, profile.remoteWorkRoot() + " is writable")
                : new Check("work_root", false, profile.remoteWorkRoot() + " cannot be created or written"
                + (r.stderr().isBlank() ? "" : ": " + r.stderr().strip()));
    }

    /** The pseudopotential library the jobs assemble POTCAR from (not checked when the profile names none). */
    private static Check potcars(Profile profile, Transport transport) {
        Profile.VaspCommands v = profile.vasp();
        if (v.potcarRoot().isBlank()) {
            return new Check("potcar", true, "no vasp.potcar_root: each folder must bring its own POTCAR, and charged "
                    + "cells cannot be run");
        }
        String set = ShellQuote.quote(ShellQuote.remotePath(v.potcarRoot())) + "/" + ShellQuote.quote(v.potcarSet());
        ExecResult r = transport.exec("ls " + set + " | head -1 && test -s " + set + "/O/POTCAR");
        return r.ok() ? new Check("potcar", true, v.potcarRoot() + "/" + v.potcarSet() + " holds POTCARs (O/POTCAR found)")
                : new Check("potcar", false, v.potcarRoot() + "/" + v.potcarSet() + " has no O/POTCAR: set "
                + "vasp.potcar_root to the folder that holds " + v.potcarSet() + "/<symbol>/POTCAR");
    }

    /** The commands not found after running the set-up lines (each line's failure is reported). */
    private static Set<String> missing(Transport transport, List<String> setup, Iterable<String> commands) {
        StringBuilder cmd = new StringBuilder();
        for (String line : setup) {
            cmd.append(line).append(" >/dev/null 2>&1 || echo \"SETUP-FAILED ").append(line.replace("\\", "\\\\")
                    .replace("\"", "\\\"").replace("$", "\\$").replace("`", "\\`")).append("\"\n");
        }
        cmd.append("for c in");
        commands.forEach(c -> cmd.append(' ').append(ShellQuote.quote(c)));
        cmd.append("; do command -v \"$c\" >/dev/null 2>&1 || echo \"MISSING $c\"; done; true");
        ExecResult r = transport.exec(cmd.toString()).requireOk();
        Set<String> missing = new LinkedHashSet<>();
        for (String line : (Iterable<String>) r.stdout().lines()::iterator) {
            if (line.startsWith("SETUP-FAILED ")) {
                throw new SetupFailed(line.substring(13));
            }
            if (line.startsWith("MISSING ")) {
                missing.add(line.substring(8));
            }
        }
        return missing;
    }

    private static final class SetupFailed extends RuntimeException {
        SetupFailed(String line) {
            super(line);
        }
    }
}
