package org.vaspflow.workflow.hpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PbsLsfSchedulerTest {
    @Test
    void pbsRenderSubmitAndQstat() {
        PbsScheduler pbs = new PbsScheduler();
        ProfileLoader.LoadedProfile p = ProfileLoader.load("pbs-example", k -> null);
        String script = pbs.render(new JobRequest("vf-a", "workq", Walltime.parse("2d"), 2, 96, "std", "/s/a"),
                p.profile(), p.template());
        assertTrue(script.contains("#PBS -l walltime=48:00:00\n"));
        assertTrue(script.contains("#PBS -l select=2:ncpus=48:mpiprocs=48\n"));
        assertTrue(script.contains("mpirun -np 96 vasp_std > vasp.out"));
        assertEquals("4123.pbs01", pbs.submit("/s/a").parse(Fixtures.ok("4123.pbs01\n")));
        assertThrows(SchedulerException.class, () -> pbs.submit("/s/a").parse(Fixtures.fail(38,
                "qsub: Job violates queue and/or server resource limits")));

        ExecResult out = new ExecResult("qstat", 153, Fixtures.text("pbs/qstat-f-x.txt"),
                Fixtures.text("pbs/qstat-unknown.stderr.txt"));
        Map<String, JobRecord> r = pbs.records(List.of("x")).parse(out);
        assertEquals(7, r.size());
        assertEquals(JobState.COMPLETED, r.get("4123.pbs01").state());
        assertEquals("vf-demo-Ru-relax-a1", r.get("4123.pbs01").jobName());
        assertEquals(JobState.FAILED, r.get("4124.pbs01").state());
        assertEquals(OptionalInt.of(1), r.get("4124.pbs01").exitCode());
        assertEquals(JobState.RUNNING, r.get("4125.pbs01").state());
        assertEquals(JobState.PENDING, r.get("4126.pbs01").state());
        assertEquals(JobState.TIMEOUT, r.get("4127.pbs01").state());
        assertEquals(JobState.CANCELLED, r.get("4128.pbs01").state());
        assertEquals(JobState.CANCELLED, r.get("4129.pbs01").state());
        Map<String, JobRecord> active = pbs.queue(List.of("x")).parse(out);
        assertEquals(List.of("4125.pbs01", "4126.pbs01"), List.copyOf(active.keySet()));
        assertThrows(SchedulerException.class, () -> PbsScheduler.parseQstat(Fixtures.fail(1,
                "qstat: cannot connect to server pbs01 (errno=111)")));
        assertTrue(pbs.lookup("vf-a").get(0).command().startsWith("ids=$(qselect -x -N vf-a)"));
    }

    @Test
    void pbsQueues() {
        Map<String, Scheduler.QueueInfo> q = PbsScheduler.parseQueues(Fixtures.ok(Fixtures.text("pbs/qstat-Qf.txt")));
        assertEquals(48 * 3600, q.get("workq").maxWalltimeSeconds());
        assertTrue(q.get("workq").available());
        assertFalse(q.get("express").available());
    }

    @Test
    void lsfRenderSubmitAndBjobs() {
        LsfScheduler lsf = new LsfScheduler();
        ProfileLoader.LoadedProfile p = ProfileLoader.load("lsf-example", k -> null);
        String script = lsf.render(new JobRequest("vf-b", "normal", Walltime.parse("90m"), 1, 40, "ncl", "/w/b"),
                p.profile(), p.template());
        assertTrue(script.contains("#BSUB -W 1:30\n"));
        assertTrue(script.contains("#BSUB -n 40\n"));
        assertTrue(script.contains("mpirun -np 40 vasp_ncl"));
        String relative = lsf.render(new JobRequest("vf-b", "normal", Walltime.parse("90m"), 1, 40, "ncl",
                "~/runs/b c"), p.profile(), p.template());
        assertTrue(relative.contains("cd \"$HOME\"/'runs/b c' || exit 97"), "jobs start in the submit folder");
        assertEquals("cd /w/b && bsub < vaspflow.job.sh", lsf.submit("/w/b").command());
        assertEquals("1234", lsf.submit("/w/b").parse(Fixtures.ok("Job <1234> is submitted to queue <normal>.\n")));

        Map<String, JobRecord> r = LsfScheduler.parseBjobs(new ExecResult("bjobs", 255, Fixtures.text("lsf/bjobs.txt"),
                Fixtures.text("lsf/bjobs-notfound.stderr.txt")));
        assertEquals(JobState.COMPLETED, r.get("101").state());
        assertEquals(OptionalInt.of(0), r.get("101").exitCode());
        assertEquals(JobState.FAILED, r.get("102").state());
        assertEquals(JobState.RUNNING, r.get("103").state());
        assertEquals(JobState.PENDING, r.get("104").state());
        assertEquals(JobState.TIMEOUT, r.get("105").state());
        assertEquals(JobState.CANCELLED, r.get("106").state());
        assertEquals(JobState.HELD, r.get("107").state());
        assertThrows(SchedulerException.class, () -> LsfScheduler.parseBjobs(Fixtures.fail(255,
                "LSF is down. Please wait...")));
        assertTrue(lsf.lookup("vf-b").get(0).command().endsWith("-J vf-b"));
    }
}
