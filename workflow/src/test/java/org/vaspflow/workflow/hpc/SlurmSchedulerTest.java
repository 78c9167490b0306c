package org.vaspflow.workflow.hpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SlurmSchedulerTest {
    private final SlurmScheduler slurm = new SlurmScheduler();

    @Test
    void rendersTheShippedTemplate() {
        ProfileLoader.LoadedProfile p = ProfileLoader.load("slurm-example", k -> null);
        JobRequest job = new JobRequest("vf-demo-Ru-relax-a1", "standard", Walltime.parse("36h"), 2, 256, "gam",
                "/scratch/alice/vaspflow/demo/Ru relax 'O3'");
        String script = slurm.render(job, p.profile(), p.template());
        assertTrue(script.startsWith("#!/bin/bash\n"));
        assertTrue(script.contains("#SBATCH --job-name=vf-demo-Ru-relax-a1\n"));
        assertTrue(script.contains("#SBATCH --partition=standard\n"));
        assertTrue(script.contains("#SBATCH --time=1-12:00:00\n"));
        assertTrue(script.contains("#SBATCH --nodes=2\n#SBATCH --ntasks=256\n"));
        assertTrue(script.contains("#SBATCH --account=chem123\n"));
        assertTrue(script.contains("cd '/scratch/alice/vaspflow/demo/Ru relax '\\''O3'\\''' || exit 97\n"));
        assertTrue(script.contains("module load intel/2023.2\nmodule load intel-mpi/2021.10\n"));
        assertTrue(script.contains("srun vasp_gam > vasp.out 2> vasp.err\n"));
        String[] lines = script.strip().split("\n");
        assertEquals("exit \"$rc\"", lines[lines.length - 1]);
        assertTrue(lines[lines.length - 2].contains("mv -f vaspflow.exitcode.part vaspflow.exitcode"),
                "the exit-code file is the last thing written");
        assertFalse(script.contains("{{"));
    }

    @Test
    void unknownPlaceholderAndOversizedJobsAreRefused() {
        ProfileLoader.LoadedProfile p = ProfileLoader.load("slurm-example", k -> null);
        JobRequest job = new JobRequest("a", "short", Walltime.parse("1h"), 1, 8, "std", "x");
        assertThrows(IllegalArgumentException.class, () -> slurm.render(job, p.profile(), "{{walltme}}"));
        assertEquals(1, job.violations(p.profile().queue("short")).size(), "1 h > 30 min");
        assertThrows(IllegalArgumentException.class, () -> new JobRequest("bad name", "q", Walltime.parse("1h"),
                1, 1, "std", "x"));
        assertThrows(IllegalArgumentException.class, () -> new JobRequest("a;rm", "q", Walltime.parse("1h"),
                1, 1, "std", "x"));
    }

    @Test
    void submitCommandAndParse() {
        assertEquals("cd 'runs/Ru relax' && sbatch --parsable vaspflow.job.sh",
                slurm.submit("~/runs/Ru relax").command());
        assertEquals("42", SlurmScheduler.parseSubmit(Fixtures.ok("42\n")));
        assertEquals("42", SlurmScheduler.parseSubmit(Fixtures.ok("42;vfcluster\n")));
        SchedulerException e = assertThrows(SchedulerException.class, () -> SlurmScheduler.parseSubmit(
                Fixtures.fail(1, Fixtures.text("slurm/sbatch-rejected-time.stderr.txt"))));
        assertTrue(e.getMessage().contains("Requested time limit is invalid"));
    }

    @Test
    void squeueOfActiveJobs() {
        assertEquals("squeue -h -j 5,6,7,8 -o '%i|%T|%j|%r'", slurm.queue(List.of("5", "6", "7", "8")).command());
        Map<String, JobRecord> q = SlurmScheduler.parseSqueue(Fixtures.ok(Fixtures.text("slurm/squeue-active.txt")));
        assertEquals(4, q.size());
        assertEquals(JobState.PENDING, q.get("7").state());
        assertEquals("Resources", q.get("7").reason());
        assertEquals("Dependency", q.get("8").reason());
        assertEquals(JobState.RUNNING, q.get("5").state());
        assertEquals("vf-demo-Mn-relax-a1", q.get("6").jobName());
    }

    @Test
    void squeueWithFinishedStatesAndUnknownIds() {
        Map<String, JobRecord> q = SlurmScheduler.parseSqueue(Fixtures.ok(Fixtures.text("slurm/squeue-all-states.txt")));
        assertEquals(JobState.COMPLETED, q.get("1").state());
        assertEquals(JobState.FAILED, q.get("2").state());
        assertEquals(JobState.CANCELLED, q.get("3").state());
        assertTrue(SlurmScheduler.parseSqueue(Fixtures.fail(1,
                Fixtures.text("slurm/squeue-invalid-id.stderr.txt"))).isEmpty(), "no known id is not an error");
        assertThrows(SchedulerException.class, () -> SlurmScheduler.parseSqueue(Fixtures.fail(1,
                "slurm_load_jobs error: Unable to contact slurm controller (connect failure)")));
    }

    @Test
    void sacctRecords() {
        Map<String, JobRecord> r = SlurmScheduler.parseRecords(Fixtures.ok(Fixtures.text("slurm/sacct-mixed.txt")));
        assertEquals(JobState.COMPLETED, r.get("1").state());
        assertEquals(OptionalInt.of(0), r.get("1").exitCode());
        assertEquals(JobState.FAILED, r.get("2").state());
        assertEquals(OptionalInt.of(1), r.get("2").exitCode());
        assertEquals(JobState.CANCELLED, r.get("3").state());
        assertEquals("CANCELLED by 1001", r.get("3").rawState());
        assertEquals(JobState.RUNNING, r.get("4").state());
        assertFalse(r.containsKey("999"));
        assertEquals("sacct -n -X -P -j 1,2 -o JobID,JobName,State,ExitCode || scontrol show job -o",
                slurm.records(List.of("1", "2")).command());
    }

    @Test
    void timeoutAndOtherFinalStates() {
        Map<String, JobRecord> r = SlurmScheduler.parseRecords(Fixtures.ok(Fixtures.text("slurm/sacct-timeout.txt")));
        assertEquals(JobState.TIMEOUT, r.get("41").state());
        assertEquals(JobState.OUT_OF_MEMORY, r.get("42").state());
        assertEquals(JobState.NODE_FAIL, r.get("43").state());
        JobRecord s = SlurmScheduler.parseRecords(Fixtures.ok(Fixtures.text("slurm/scontrol-timeout.txt"))).get("41");
        assertEquals(JobState.TIMEOUT, s.state());
        assertEquals("TimeLimit", s.reason());
        assertEquals(OptionalInt.of(0), s.exitCode(), "scontrol ExitCode=0:15: exit 0, signal 15");
    }

    @Test
    void scontrolFallbackFiltersToTheAskedIds() {
        ExecResult all = Fixtures.ok(Fixtures.text("slurm/scontrol-show-job-all.txt"));
        Map<String, JobRecord> r = slurm.records(List.of("2", "3", "77")).parse(all);
        assertEquals(List.of("2", "3"), List.copyOf(r.keySet()));
        assertEquals(JobState.FAILED, r.get("2").state());
        assertEquals("NonZeroExitCode", r.get("2").reason());
        assertEquals(OptionalInt.of(1), r.get("2").exitCode());
        assertEquals("vf-cap-cancel", r.get("3").jobName());
        JobRecord pending = SlurmScheduler.parseRecords(Fixtures.ok(
                Fixtures.text("slurm/scontrol-pending-dependency.txt"))).get("8");
        assertEquals(JobState.PENDING, pending.state());
        assertEquals(OptionalInt.empty(), pending.exitCode(), "no exit code before the end");
    }

    @Test
    void lookupQueriesSearchQueueAndAccounting() {
        List<SchedulerQuery<List<JobRecord>>> q = slurm.lookup("vf-cap-fail");
        assertEquals("squeue -h -t all -n vf-cap-fail -o '%i|%T|%j|%r'", q.get(0).command());
        assertEquals("sacct -n -X -P -S now-60days --name vf-cap-fail -o JobID,JobName,State,ExitCode",
                q.get(1).command());
        assertEquals("2", q.get(1).parse(Fixtures.ok("2|vf-cap-fail|FAILED|1:0\n")).get(0).jobId());
        assertTrue(q.get(1).parse(Fixtures.fail(1, "sacct: error: Slurm accounting storage is disabled\n")).isEmpty());
    }

    @Test
    void sinfoPartitions() {
        Map<String, Scheduler.QueueInfo> p = SlurmScheduler.parseSinfo(Fixtures.ok(
                Fixtures.text("slurm/sinfo-partitions.txt")));
        assertEquals(86400, p.get("normal").maxWalltimeSeconds());
        assertEquals(300, p.get("debug").maxWalltimeSeconds(), "sinfo prints 5:00 for five minutes");
        assertTrue(p.get("normal").available());
        assertEquals(0, SlurmScheduler.slurmTimeSeconds("infinite"));
    }
}
