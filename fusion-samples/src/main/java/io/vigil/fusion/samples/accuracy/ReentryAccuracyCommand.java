package io.vigil.fusion.samples.accuracy;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vigil accuracy reentry}: the re-entry benchmark of Farina, Ristic and Benvenuti
 * (2002) with Vigil's EKF, UKF and IMM, against the posterior Cramer-Rao bound. Prints
 * Markdown tables; the same seed gives the same output.
 */
@Command(
    name = "reentry",
    mixinStandardHelpOptions = true,
    description = {
        "Re-entry tracking benchmark (Farina, Ristic and Benvenuti, IEEE Trans. AES 2002):",
        "EKF and UKF position RMSE and NEES against the posterior Cramer-Rao bound, and",
        "filters that estimate the ballistic coefficient. Prints Markdown."})
final class ReentryAccuracyCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "1000",
        description = "Monte Carlo runs of the filters (default: ${DEFAULT-VALUE})")
    private int runs;

    @Option(names = "--bound-trajectories", paramLabel = "M", defaultValue = "1000",
        description = "true trajectories averaged over in the bound (default: ${DEFAULT-VALUE})")
    private int boundTrajectories;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
        description = "seed of every random draw (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--every", paramLabel = "SECONDS", defaultValue = "10",
        description = "print a row every this many seconds, a multiple of the 2 s scan (default: ${DEFAULT-VALUE})")
    private int everySeconds;

    @Override
    public Integer call() {
        if (runs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--runs must be at least 1, got " + runs);
        }
        if (boundTrajectories < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                "--bound-trajectories must be at least 1, got " + boundTrajectories);
        }
        final int scan = (int) ReentryScenario.STEP_SECONDS;
        if (everySeconds < scan || everySeconds % scan != 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                "--every must be a positive multiple of " + scan + " s, got " + everySeconds);
        }
        final ReentryResult result = new ReentryBenchmark(runs, boundTrajectories, seed).run();
        final PrintWriter out = spec.commandLine().getOut();
        ReentryTable.write(result, everySeconds / scan, out);
        return 0;
    }
}
