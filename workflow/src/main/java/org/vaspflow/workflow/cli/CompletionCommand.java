package org.vaspflow.workflow.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code vaspflow completion bash}: prints picocli's completion script for every command and option. Load it with
 * {@code source <(vaspflow completion bash)} (bash; zsh after {@code autoload -U +X bashcompinit && bashcompinit}).
 */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = "Print a shell completion script: source <(vaspflow completion bash).")
public final class CompletionCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SHELL", defaultValue = "bash", description = "bash (also used by zsh's bashcompinit). "
            + "Default: ${DEFAULT-VALUE}.")
    String shell;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!shell.equals("bash") && !shell.equals("zsh")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unsupported shell '" + shell
                    + "': bash or zsh (through bashcompinit)");
        }
        CommandLine root = spec.root().commandLine();
        System.out.print(AutoComplete.bash(root.getCommandName(), root));
        return 0;
    }
}
