package io.vigil.fusion.samples.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.fusion.samples.VigilCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ReentryAccuracyCommandTest {

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(final String... args) {
        out = new StringWriter();
        err = new StringWriter();
        final CommandLine commandLine = new CommandLine(new VigilCommand());
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    @Test
    void printsTheMarkdownTablesDeterministically() {
        assertThat(run("accuracy", "reentry", "--runs", "10", "--bound-trajectories", "10", "--seed", "3",
            "--every", "60")).isZero();
        final String first = out.toString();
        assertThat(first)
            .contains("seed 3, 10 filter runs, 10 true trajectories for the bound")
            .contains("| t (s) | PCRLB pos (m) | EKF RMSE (m) | UKF RMSE (m) | EKF/bound | UKF/bound "
                + "| EKF avg NEES | UKF avg NEES | UKF ln beta RMSE (m) |")
            .contains("| 0 | 1414.2 | 2828.4 | 2828.4 | 2.000 | 2.000 |")
            .containsPattern("\\n\\| 60 \\| ")
            .containsPattern("\\n\\| 120 \\| ")
            .doesNotContainPattern("\\n\\| 10 \\| ")
            .contains("| IMM RMSE (m) |")
            .contains("Runs dropped because a filter broke down: none.");
        // chi-square(40) quantiles 24.433 and 59.342, over 10 runs.
        assertThat(first).contains("[2.443, 5.934]");
        assertThat(run("accuracy", "reentry", "--runs", "10", "--bound-trajectories", "10", "--seed", "3",
            "--every", "60")).isZero();
        assertThat(out.toString()).isEqualTo(first);
    }

    @Test
    void rejectsBadOptionsNamingThem() {
        assertThat(run("accuracy", "reentry", "--runs", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--runs must be at least 1, got 0");
        assertThat(run("accuracy", "reentry", "--every", "3")).isEqualTo(2);
        assertThat(err.toString()).contains("--every must be a positive multiple of 2 s, got 3");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void accuracyWithoutABenchmarkFailsWithUsage() {
        assertThat(run("accuracy")).isEqualTo(2);
        assertThat(err.toString()).contains("a benchmark sub-command is required").contains("reentry");
    }
}
