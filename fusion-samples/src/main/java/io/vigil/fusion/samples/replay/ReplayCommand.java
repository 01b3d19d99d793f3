package io.vigil.fusion.samples.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.vigil.fusion.samples.ProblemLog;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vigil replay}: feeds a plot file through the fusion engine and writes its tracks,
 * impacts and warnings, with a summary on the terminal and in summary.json.
 */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    description = {
        "Replay a plot file through the fusion engine.",
        "Writes tracks.csv, impacts.csv, warnings.csv and summary.json into --out."})
public final class ReplayCommand implements Callable<Integer> {

    /** The summary file's name. */
    public static final String SUMMARY = "summary.json";
    /** The key in summary.json under which the input files' absolute paths are kept. */
    public static final String INPUTS = "inputs";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--sensors", required = true, paramLabel = "FILE", description = "sensors.csv")
    private Path sensors;

    @Option(names = "--plots", required = true, paramLabel = "FILE", description = "plots.csv (arrival order)")
    private Path plots;

    @Option(names = "--areas", paramLabel = "FILE", description = "areas.csv: defended areas")
    private Path areas;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory (created if missing)")
    private Path out;

    @Option(names = "--truth", paramLabel = "FILE", description = "truth.csv: score the tracks against it")
    private Path truth;

    @Option(names = "--truth-events", paramLabel = "FILE", description = "truth_events.csv: launch and impact truth")
    private Path truthEvents;

    @Option(names = "--realtime", description = "pace plots by their time instead of as fast as possible")
    private boolean realtime;

    @Option(names = "--confirmation", paramLabel = "M_OF_N|SCORE", defaultValue = "M_OF_N",
        description = "how tracks are confirmed: M_OF_N (3 of 4 scans) or SCORE (sequential track score, false "
            + "confirmation 1e-4, false deletion 1e-2) (default: ${DEFAULT-VALUE})")
    private ReplayInputs.Confirmation confirmation;

    @Override
    public Integer call() throws IOException {
        final PrintWriter terminal = spec.commandLine().getOut();
        final ProblemLog problems = new ProblemLog(spec.commandLine().getErr());
        final ReplaySummary summary = run(new ReplayInputs(sensors, plots, areas, truth, truthEvents, out, realtime, confirmation),
            problems, TerminalProgress.forConsole(spec.commandLine().getErr()));
        problems.finish();
        summary.print(terminal);
        terminal.println("outputs in " + out.toAbsolutePath().normalize());
        terminal.flush();
        return 0;
    }

    /**
     * Runs a replay and writes summary.json next to its outputs.
     *
     * @param inputs the files
     * @param problems where bad lines go
     * @param progress progress display
     * @return the summary
     * @throws IOException if a file cannot be read or written
     */
    public static ReplaySummary run(final ReplayInputs inputs, final ProblemLog problems, final Replay.Progress progress)
        throws IOException {
        final ReplaySummary summary = new Replay(problems, progress).run(inputs);
        final Map<String, Object> json = new LinkedHashMap<>();
        final Map<String, String> files = new LinkedHashMap<>();
        files.put("sensors", absolute(inputs.sensors()));
        files.put("plots", absolute(inputs.plots()));
        files.put("areas", absolute(inputs.areas()));
        files.put("truth", absolute(inputs.truth()));
        files.put("truth_events", absolute(inputs.truthEvents()));
        json.put(INPUTS, files);
        json.putAll(summary.toMap());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .writeValue(inputs.out().resolve(SUMMARY).toFile(), json);
        return summary;
    }

    private static String absolute(final Path file) {
        return file == null ? null : file.toAbsolutePath().normalize().toString();
    }
}
