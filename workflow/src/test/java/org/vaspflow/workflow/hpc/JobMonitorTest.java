package org.vaspflow.workflow.hpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class JobMonitorTest {
    private static final TrackedJob JOB = new TrackedJob("7", "vf-x-a1", "runs/x");

    private static JobRecord rec(JobState s, int exit) {
        return new JobRecord("7", "vf-x-a1", s, s.name(), exit < 0 ? OptionalInt.empty() : OptionalInt.of(exit), "");
    }

    @Test
    void activeInTheQueueIsNotFinishedWhateverElseSays() {
        JobStatus s = JobMonitor.resolve(JOB, Optional.of(rec(JobState.RUNNING, -1)),
                Optional.of(rec(JobState.COMPLETED, 0)), OptionalInt.of(0));
        assertEquals(JobState.RUNNING, s.state());
    }

    @Test
    void goneFromQueueWithFinalRecordIsFinished() {
        JobStatus s = JobMonitor.resolve(JOB, Optional.empty(), Optional.of(rec(JobState.FAILED, 1)), OptionalInt.of(1));
        assertEquals(JobState.FAILED, s.state());
        assertEquals(OptionalInt.of(1), s.exitCode());
        assertEquals("queue: absent; record: FAILED 1; exit file: 1", s.evidence());
        assertEquals(JobState.TIMEOUT, JobMonitor.resolve(JOB, Optional.empty(),
                Optional.of(rec(JobState.TIMEOUT, 0)), OptionalInt.empty()).state());
    }

    @Test
    void nonZeroExitFileOverridesACompletedRecord() {
        JobStatus s = JobMonitor.resolve(JOB, Optional.empty(), Optional.of(rec(JobState.COMPLETED, 0)),
                OptionalInt.of(2));
        assertEquals(JobState.FAILED, s.state());
        assertEquals(OptionalInt.of(2), s.exitCode());
    }

    @Test
    void laggingAccountingNeedsTheExitFile() {
        assertEquals(JobState.COMPLETING, JobMonitor.resolve(JOB, Optional.empty(),
                Optional.of(rec(JobState.RUNNING, -1)), OptionalInt.empty()).state());
        assertEquals(JobState.COMPLETED, JobMonitor.resolve(JOB, Optional.empty(),
                Optional.of(rec(JobState.RUNNING, -1)), OptionalInt.of(0)).state());
    }

    @Test
    void exitFileAloneDecidesAndNothingAtAllIsLost() {
        assertEquals(JobState.COMPLETED, JobMonitor.resolve(JOB, Optional.empty(), Optional.empty(),
                OptionalInt.of(0)).state());
        assertEquals(JobState.FAILED, JobMonitor.resolve(JOB, Optional.empty(), Optional.empty(),
                OptionalInt.of(137)).state());
        assertEquals(JobState.LOST, JobMonitor.resolve(JOB, Optional.empty(), Optional.empty(),
                OptionalInt.empty()).state());
    }

    @Test
    void pollUsesThreeCommandsForAnyNumberOfJobs() {
        List<TrackedJob> jobs = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            jobs.add(new TrackedJob(Integer.toString(i), "vf-j" + i, "runs/j " + i));
        }
        ScriptedTransport t = scripted(cmd -> {
            if (cmd.startsWith("squeue")) {
                return "1|RUNNING|vf-j1|None\n2|PENDING|vf-j2|Priority\n";
            }
            if (cmd.startsWith("sacct")) {
                return "3|vf-j3|COMPLETED|0:0\n4|vf-j4|FAILED|1:0\n";
            }
            StringBuilder out = new StringBuilder();
            for (int i = 3; i <= 50; i++) {
                out.append(i == 3 ? "X0\n" : i == 5 ? "X0\n" : "-\n");
            }
            return out.toString();
        });
        Map<String, JobStatus> st = new JobMonitor(t, new SlurmScheduler()).poll(jobs);
        assertEquals(3, t.commands.size(), t.commands.toString());
        assertTrue(t.commands.get(2).contains("'runs/j 3'"), "folders are quoted");
        assertEquals(JobState.RUNNING, st.get("1").state());
        assertEquals(JobState.PENDING, st.get("2").state());
        assertEquals(JobState.COMPLETED, st.get("3").state());
        assertEquals(JobState.FAILED, st.get("4").state());
        assertEquals(JobState.COMPLETED, st.get("5").state(), "exit file alone");
        assertEquals(JobState.LOST, st.get("6").state());
    }

    @Test
    void failedQueueQueryIsAnErrorNotALostJob() {
        ScriptedTransport t = scripted(cmd -> null);
        assertThrows(SchedulerException.class, () -> new JobMonitor(t, new SlurmScheduler()).poll(List.of(JOB)));
    }

    @Test
    void pbsRunsItsSingleStatusCommandOnce() {
        ScriptedTransport t = scripted(cmd -> cmd.startsWith("qstat")
                ? "Job Id: 7.s\n    Job_Name = vf-x-a1\n    job_state = F\n    Exit_status = 0\n" : "X0\n");
        Map<String, JobStatus> st = new JobMonitor(t, new PbsScheduler()).poll(List.of(new TrackedJob("7.s",
                "vf-x-a1", "runs/x")));
        assertEquals(JobState.COMPLETED, st.get("7.s").state());
        assertEquals(2, t.commands.size(), t.commands.toString());
    }

    /** A transport that answers commands from a function (null = the command fails, as an unreachable controller). */
    private static ScriptedTransport scripted(Function<String, String> answers) {
        return new ScriptedTransport(command -> {
            String out = answers.apply(command);
            return out == null ? new ExecResult(command, 1, "", "slurm_load_jobs error: Unable to contact slurm controller")
                    : new ExecResult(command, 0, out, "");
        });
    }
}
