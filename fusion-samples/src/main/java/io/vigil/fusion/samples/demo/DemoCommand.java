package io.vigil.fusion.samples.demo;

import io.vigil.fusion.samples.ProblemLog;
import io.vigil.fusion.samples.replay.Replay;
import io.vigil.fusion.samples.report.ReportCommand;
import io.vigil.fusion.samples.replay.ReplayCommand;
import io.vigil.fusion.samples.replay.ReplayInputs;
import io.vigil.fusion.samples.replay.ReplaySummary;
import io.vigil.fusion.samples.simulate.SimulateCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vigil demo}: Vigil end to end with no files of the user's. Simulates the default
 * trilateral scenario (Korean, Japanese and US sensors, launches toward the Sea of Japan),
 * replays it through the fusion engine, scores it against the truth, draws the pictures,
 * and prints the summary and where everything is.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
        "Simulate the trilateral scenario, replay it through the engine, score and draw it.",
        "Everything goes into a new temporary directory unless --out is given."})
public final class DemoCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "NAME|FILE", defaultValue = "trilateral",
        description = "scenario to run (default: ${DEFAULT-VALUE})")
    private String scenario;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: a new temporary directory)")
    private Path out;

    @Override
    public Integer call() throws IOException {
        final PrintWriter terminal = spec.commandLine().getOut();
        final Path root = out != null ? out : Files.createTempDirectory("vigil-demo-");
        final Path simulated = root.resolve("scenario");
        final Path replayed = root.resolve("replay");
        final long plots = SimulateCommand.simulate(SimulateCommand.scenario(scenario), seed, simulated);
        terminal.printf(Locale.ROOT, "simulated %s (seed %d): %,d plots in %s%n%n", scenario, seed, plots, simulated);
        terminal.flush();

        final ProblemLog problems = new ProblemLog(spec.commandLine().getErr());
        final ReplaySummary summary = ReplayCommand.run(ReplayInputs.ofSimulation(simulated, replayed), problems,
            Replay.Progress.NONE);
        summary.print(terminal);
        final List<Path> pictures = ReportCommand.draw(replayed, null, null, null, null, problems, summary.metrics());
        problems.finish();
        terminal.println();
        terminal.println("files:    " + simulated + " (scenario), " + replayed + " (tracks, summary.json)");
        terminal.println("pictures: " + replayed);
        for (final Path picture : pictures) {
            terminal.println("          " + picture.getFileName());
        }
        terminal.flush();
        return 0;
    }
}
