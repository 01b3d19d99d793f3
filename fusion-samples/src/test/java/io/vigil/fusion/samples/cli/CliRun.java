package io.vigil.fusion.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.fusion.samples.VigilCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/**
 * One in-process run of the {@code vigil} command line, as {@link VigilCommand#main} runs it
 * but without exiting: its exit code and what it printed on standard output and standard
 * error.
 *
 * @param exitCode the exit code
 * @param out what was printed on standard output
 * @param err what was printed on standard error
 */
record CliRun(int exitCode, String out, String err) {

    /**
     * Runs the command line with the given arguments.
     *
     * @param args the arguments, as on the command line
     * @return the run
     */
    static CliRun vigil(final String... args) {
        final CommandLine line = VigilCommand.commandLine();
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        final int exitCode = line.execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    /**
     * Returns the lines printed on standard error.
     *
     * @return the lines, without line ends
     */
    List<String> errLines() {
        return err.lines().toList();
    }

    /**
     * Checks the run succeeded, showing what it printed if not.
     *
     * @return this run
     */
    CliRun succeeded() {
        assertThat(exitCode).as("exit code; stdout:%n%s%nstderr:%n%s", out, err).isZero();
        return this;
    }

    /**
     * Checks the run failed as a user's mistake: exit code 2 and exactly one line on standard
     * error, starting "vigil: ", without a stack trace.
     *
     * @return the one line
     */
    String failedWithOneLine() {
        assertThat(exitCode).as("exit code; stdout:%n%s%nstderr:%n%s", out, err).isEqualTo(2);
        assertThat(errLines()).as("stderr").hasSize(1);
        assertThat(err).as("stderr").startsWith("vigil: ").doesNotContain("\tat ");
        return errLines().get(0);
    }

    /**
     * Reads a replay's summary.json.
     *
     * @param directory the replay's output directory
     * @return its root node
     * @throws IOException if it cannot be read
     */
    static JsonNode summary(final Path directory) throws IOException {
        return new ObjectMapper().readTree(directory.resolve("summary.json").toFile());
    }
}
