package io.vigil.fusion.samples;

import io.vigil.fusion.samples.accuracy.AccuracyCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code vigil} command line: the sample harness analysts use to work with Vigil.
 *
 * <p>Sub-commands are added as the engine grows (simulate, replay, report, demo); each one
 * returns a process exit code: 0 on success, 1 on a runtime failure, 2 on bad usage.
 */
@Command(
    name = "vigil",
    mixinStandardHelpOptions = true,
    versionProvider = VigilVersion.class,
    description = "Vigil missile-warning track fusion: sample harness.",
    subcommands = {GeoCommand.class, AccuracyCommand.class, CommandLine.HelpCommand.class})
public final class VigilCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * Runs the command line and exits with its code.
     *
     * @param args command-line arguments
     */
    public static void main(final String[] args) {
        System.exit(new CommandLine(new VigilCommand()).execute(args));
    }

    /** Without a sub-command, prints the usage and fails. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a sub-command is required");
    }
}
