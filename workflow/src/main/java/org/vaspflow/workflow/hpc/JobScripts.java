package org.vaspflow.workflow.hpc;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values every job-script template can use. Scheduler-specific ones (walltime format, account line)
 * are passed in; everything that reaches a shell line is quoted here.
 *
 * <p>Placeholders: {@code job_name, queue, walltime, nodes, ntasks, ntasks_per_node, cores_per_node, work_dir}
 * (shell-quoted; a relative folder is anchored at {@code $HOME}), {@code environment} (module and set-up lines), {@code run} (MPI launcher + VASP executable),
 * {@code exit_file}, {@code account_directive} (a whole directive line or empty), {@code potcar} (POTCAR assembly
 * and NELECT of a charged cell, {@link PotcarSetup}; empty without {@code vasp.potcar_root}).
 */
public final class JobScripts {
    private JobScripts() {
    }

    public static String render(JobRequest job, Profile profile, String template, String walltime,
                                String accountDirective) {
        Profile.QueueLimits limits = profile.queue(job.queue());
        Map<String, String> v = new LinkedHashMap<>();
        v.put("job_name", job.jobName());
        v.put("queue", job.queue());
        v.put("walltime", walltime);
        v.put("nodes", Integer.toString(job.nodes()));
        v.put("ntasks", Integer.toString(job.ntasks()));
        v.put("ntasks_per_node", Integer.toString((job.ntasks() + job.nodes() - 1) / job.nodes()));
        v.put("cores_per_node", Integer.toString(limits.coresPerNode()));
        v.put("work_dir", workDirWord(job.workDir()));
        v.put("environment", String.join("\n", profile.environment().lines()));
        v.put("exit_file", Scheduler.EXIT_FILE);
        v.put("account_directive", accountDirective);
        v.put("potcar", PotcarSetup.lines(profile.vasp()));
        String launcher = ScriptTemplate.render(profile.vasp().mpiLauncher(), v).strip();
        String exe = profile.vasp().executable(job.variant());
        v.put("run", launcher.isEmpty() ? exe : launcher + " " + exe);
        return ScriptTemplate.render(template, v);
    }

    /**
     * The work folder as one shell word. A relative folder is relative to the login home, but a batch job
     * starts in its submission folder, so it is anchored at {@code $HOME} explicitly.
     */
    static String workDirWord(String workDir) {
        String path = ShellQuote.remotePath(workDir);
        return path.startsWith("/") ? ShellQuote.quote(path) : "\"$HOME\"/" + ShellQuote.quote(path);
    }

    /** An account name must be a plain word: it goes into a directive line no shell parses. */
    static String checkedAccount(String account) {
        if (!account.isEmpty() && !JobRequest.WORD.matcher(account).matches()) {
            throw new IllegalArgumentException("account '" + account + "' is not a plain word");
        }
        return account;
    }
}
