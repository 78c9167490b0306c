package org.vaspflow.workflow.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the {@code vaspflow} command. Exit codes follow {@code shared/docs/CLI.md}: 0 success,
 * 1 a failure of the work, 2 a usage error.
 */
@Command(name = "vaspflow", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Plan, run, parse and analyse VASP and LOBSTER campaigns.",
        subcommands = {InspectCommand.class, InputsCommand.class, DbandCommand.class, IcohpCommand.class,
            SymmetryCommand.class, EnumerateCommand.class, FedCommand.class, TableCommand.class,
            SlabCommand.class, AdsorbCommand.class,
            PdosCommand.class, CohpCommand.class, OctahedraCommand.class,
            SupercellCommand.class,
            ProfileCommand.class, RunCommand.class, WatchCommand.class, StatusCommand.class, RetryCommand.class, CancelCommand.class,
            ResultsCommand.class, DiagnoseCommand.class, PlanCommand.class, InitCommand.class,
            ReportCommand.class, CompletionCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (no System.exit, for tests). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("vaspflow: " + ex.getMessage());
            return 1;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
