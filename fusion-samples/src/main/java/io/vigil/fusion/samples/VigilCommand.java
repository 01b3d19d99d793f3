package io.vigil.fusion.samples;

import io.vigil.fusion.io.CsvFormatException;
import io.vigil.fusion.samples.accuracy.AccuracyCommand;
import io.vigil.fusion.samples.demo.DemoCommand;
import io.vigil.fusion.samples.replay.ReplayCommand;
import io.vigil.fusion.samples.report.ReportCommand;
import io.vigil.fusion.samples.simulate.SimulateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code vigil} command line: the sample harness analysts use to work with Vigil.
 *
 * <p>Exit codes: 0 on success; 2 on bad usage or unreadable input, with one line naming the
 * file (and line) and no stack trace; 1 on any other failure (a defect: its stack trace is
 * printed).
 */
@Command(
    name = "vigil",
    mixinStandardHelpOptions = true,
    versionProvider = VigilVersion.class,
    description = "Vigil missile-warning track fusion: sample harness.",
    subcommands = {DemoCommand.class, SimulateCommand.class, ReplayCommand.class, ReportCommand.class, GeoCommand.class, AccuracyCommand.class, CommandLine.HelpCommand.class})
public final class VigilCommand implements Runnable {

    /** Held so the level set on it is not lost to garbage collection. */
    private static final Logger QUIET = Logger.getLogger("io.vigil.fusion");

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * Runs the command line and exits with its code.
     *
     * @param args command-line arguments
     */
    public static void main(final String[] args) {
        // The engine logs its lifecycle at INFO for hosts; on the command line that is noise.
        QUIET.setLevel(Level.WARNING);
        System.exit(commandLine().execute(args));
    }

    /**
     * The command line with Vigil's handling of user mistakes: one line on standard error
     * and exit code 2.
     *
     * @return a new command line
     */
    public static CommandLine commandLine() {
        final CommandLine line = new CommandLine(new VigilCommand());
        line.setExecutionExceptionHandler((failure, command, parsed) -> {
            final String message = userMistake(failure);
            if (message == null) {
                throw failure;
            }
            command.getErr().println("vigil: " + message);
            command.getErr().flush();
            return 2;
        });
        return line;
    }

    /** The one-line message for a failure that is the user's input, or null for a defect. */
    private static String userMistake(final Exception failure) {
        if (failure instanceof InputException || failure instanceof CsvFormatException) {
            return failure.getMessage();
        }
        if (failure instanceof NoSuchFileException) {
            return failure.getMessage() + ": no such file";
        }
        if (failure instanceof AccessDeniedException) {
            return failure.getMessage() + ": permission denied";
        }
        if (failure instanceof FileAlreadyExistsException) {
            // Files.createDirectories: an output directory that exists as something else.
            return failure.getMessage() + ": exists and is not a directory";
        }
        if (failure instanceof IOException || failure instanceof UncheckedIOException) {
            return failure.getMessage();
        }
        return null;
    }

    /** Without a sub-command, prints the usage and fails. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a sub-command is required");
    }
}
