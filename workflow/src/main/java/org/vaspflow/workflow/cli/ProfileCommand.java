package org.vaspflow.workflow.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vaspflow.workflow.hpc.LocalTransport;
import org.vaspflow.workflow.hpc.PasswordSource;
import org.vaspflow.workflow.hpc.ProfileChecker;
import org.vaspflow.workflow.hpc.ProfileException;
import org.vaspflow.workflow.hpc.ProfileLoader;
import org.vaspflow.workflow.hpc.SessionPool;
import org.vaspflow.workflow.hpc.Transport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vaspflow profile ...}: cluster profiles of {@code hpc-profiles/}. */
@Command(name = "profile", mixinStandardHelpOptions = true, description = "Work with cluster profiles.",
        subcommands = ProfileCommand.Check.class)
public final class ProfileCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    /**
     * {@code vaspflow profile check NAME [--json] [--password|--password-stdin]}: connects with the profile and
     * reports, check by check, what works and exactly what does not. Exit 0 when everything passes, 1 otherwise.
     */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Connect, check the scheduler, queues, VASP command and work folder; say what is wrong.")
    static final class Check implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "Profile name (hpc-profiles/NAME.yaml, ~/.vaspflow/profiles) "
                + "or a YAML file.")
        String name;

        @Option(names = "--json", description = "One JSON object on stdout.")
        boolean json;

        @Option(names = "--password", description = "Ask for the SSH password (or key passphrase) on the console.")
        boolean askPassword;

        @Option(names = "--password-stdin", description = "Read the SSH password from the first line of stdin.")
        boolean passwordStdin;

        @Override
        public Integer call() throws IOException {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("profile", name);
            List<ProfileChecker.Check> checks = new ArrayList<>();
            try {
                ProfileLoader.LoadedProfile loaded = ProfileLoader.load(name);
                report.put("origin", loaded.origin());
                checks.add(new ProfileChecker.Check("profile", true, "loaded from " + loaded.origin()));
                try (SessionPool pool = new SessionPool()) {
                    Transport t = loaded.profile().remote() ? pool.transport(loaded.profile(), passwords())
                            : new LocalTransport();
                    checks.addAll(ProfileChecker.check(loaded.profile(), t));
                }
            } catch (ProfileException e) {
                checks.add(new ProfileChecker.Check("profile", false, e.getMessage()));
            }
            boolean ok = checks.stream().allMatch(ProfileChecker.Check::ok);
            report.put("ok", ok);
            report.put("checks", checks);
            if (json) {
                System.out.println(Json.MAPPER.writeValueAsString(report));
            } else {
                for (ProfileChecker.Check c : checks) {
                    System.out.printf("%-4s %-10s %s%n", c.ok() ? "ok" : "FAIL", c.name(), c.detail());
                }
                System.out.println(ok ? "profile " + name + " is ready" : "profile " + name + " has problems");
            }
            return ok ? 0 : 1;
        }

        private PasswordSource passwords() throws IOException {
            if (passwordStdin) {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                return line == null ? PasswordSource.none() : PasswordSource.of(line.toCharArray());
            }
            if (askPassword) {
                return PasswordSource.console().orElseThrow(() -> new picocli.CommandLine.ParameterException(
                        new picocli.CommandLine(this), "--password needs a console; use --password-stdin"));
            }
            return PasswordSource.none();
        }
    }
}
