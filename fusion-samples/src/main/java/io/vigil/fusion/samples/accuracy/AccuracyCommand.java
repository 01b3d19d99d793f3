package io.vigil.fusion.samples.accuracy;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code vigil accuracy}: accuracy benchmarks of Vigil's estimators against published
 * problems and their theoretical bounds. Each benchmark is a sub-command.
 */
@Command(
    name = "accuracy",
    mixinStandardHelpOptions = true,
    description = "Accuracy benchmarks of Vigil's filters against theoretical bounds.",
    subcommands = {ReentryAccuracyCommand.class, CommandLine.HelpCommand.class})
public final class AccuracyCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Without a benchmark, prints the usage and fails. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a benchmark sub-command is required");
    }
}
