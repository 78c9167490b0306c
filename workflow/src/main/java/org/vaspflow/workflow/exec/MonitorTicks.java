package org.vaspflow.workflow.exec;

import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;

/**
 * The monitoring clock of one cluster: a Quartz scheduler (in memory, one thread) that runs one poll of all
 * that cluster's jobs every interval, however many jobs and campaigns there are. Ticks never overlap
 * ({@link DisallowConcurrentExecution}); a tick that is late because the previous one was slow is skipped
 * rather than run twice in a row ({@code withMisfireHandlingInstructionNextWithRemainingCount}).
 * Started lazily, on the first job; {@link #close()} shuts the scheduler down.
 */
final class MonitorTicks implements AutoCloseable {
    private static final String TASK = "task";

    static {
        // Quartz logs its start-up banner at INFO; vaspflow's stderr is for the user (a set property wins)
        if (System.getProperty("org.slf4j.simpleLogger.log.org.quartz") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.org.quartz", "warn");
        }
    }

    private final String cluster;
    private final Duration every;
    private final Runnable task;
    private Scheduler quartz;
    private boolean closed;

    MonitorTicks(String cluster, Duration every, Runnable task) {
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("poll interval must be positive, got " + every);
        }
        this.cluster = cluster;
        this.every = every;
        this.task = task;
    }

    /** Starts the ticks if they are not running yet. */
    synchronized void start() {
        if (quartz != null || closed) {
            return;
        }
        try {
            Properties p = new Properties();
            p.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, "vaspflow-monitor-" + cluster + "-"
                    + UUID.randomUUID());
            p.setProperty("org.quartz.threadPool.threadCount", "1");
            p.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
            p.setProperty("org.quartz.scheduler.makeSchedulerThreadDaemon", "true");
            p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
            p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
            Scheduler s = new StdSchedulerFactory(p).getScheduler();
            JobDataMap data = new JobDataMap();
            data.put(TASK, task);
            JobDetail job = JobBuilder.newJob(Tick.class).withIdentity("poll-" + cluster).usingJobData(data).build();
            Trigger trigger = TriggerBuilder.newTrigger().withIdentity("every-" + cluster)
                    .startAt(new java.util.Date(System.currentTimeMillis() + every.toMillis()))
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(every.toMillis())
                            .repeatForever().withMisfireHandlingInstructionNextWithRemainingCount())
                    .build();
            s.scheduleJob(job, trigger);
            s.start();
            quartz = s;
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot start the monitoring ticks for " + cluster + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (quartz != null) {
            try {
                quartz.shutdown(true);
            } catch (SchedulerException e) {
                // shutting down anyway; nothing is lost (the store holds every state)
            }
            quartz = null;
        }
    }

    /** The Quartz job: runs the cluster's poll. */
    @DisallowConcurrentExecution
    public static final class Tick implements Job {
        @Override
        public void execute(JobExecutionContext context) {
            ((Runnable) context.getMergedJobDataMap().get(TASK)).run();
        }
    }
}
