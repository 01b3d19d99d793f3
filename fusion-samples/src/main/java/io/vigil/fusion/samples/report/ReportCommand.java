package io.vigil.fusion.samples.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.fusion.io.AreaRecord;
import io.vigil.fusion.io.ImpactRecord;
import io.vigil.fusion.io.SensorRecord;
import io.vigil.fusion.io.TrackRecord;
import io.vigil.fusion.io.TruthEventRecord;
import io.vigil.fusion.io.TruthRecord;
import io.vigil.fusion.io.WarningRecord;
import io.vigil.fusion.samples.InputException;
import io.vigil.fusion.samples.ProblemLog;
import io.vigil.fusion.samples.RecordFiles;
import io.vigil.fusion.samples.metrics.AssignedSample;
import io.vigil.fusion.samples.metrics.ImpactAssessment;
import io.vigil.fusion.samples.metrics.MetricsConfiguration;
import io.vigil.fusion.samples.metrics.ScenarioEvaluator;
import io.vigil.fusion.samples.metrics.ScenarioMetrics;
import io.vigil.fusion.samples.metrics.ScenarioRecords;
import io.vigil.fusion.samples.replay.Replay;
import io.vigil.fusion.samples.replay.ReplayCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vigil report DIR}: draws a replay's outputs as PNG pictures in DIR: the situation
 * map (tracks, truth, sensors, defended areas and their warnings, impact and launch
 * ellipses) and, when truth is known, error-versus-time charts (position error per object,
 * GOSPA, impact miss and ellipse size over time to go). The input files are found through the replay's
 * summary.json unless given.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
        "Draw a replay's tracks, truth, warned areas and impact ellipses as PNG pictures into its directory.",
        "Input files default to those recorded in DIR/summary.json by `vigil replay`."})
public final class ReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "a replay's output directory")
    private Path directory;

    @Option(names = "--sensors", paramLabel = "FILE", description = "sensors.csv")
    private Path sensors;

    @Option(names = "--truth", paramLabel = "FILE", description = "truth.csv")
    private Path truth;

    @Option(names = "--truth-events", paramLabel = "FILE", description = "truth_events.csv")
    private Path truthEvents;

    @Option(names = "--areas", paramLabel = "FILE", description = "areas.csv")
    private Path areas;

    @Override
    public Integer call() throws IOException {
        final ProblemLog problems = new ProblemLog(spec.commandLine().getErr());
        final List<Path> written = draw(directory, sensors, truth, truthEvents, areas, problems);
        problems.finish();
        final PrintWriter out = spec.commandLine().getOut();
        for (final Path file : written) {
            out.println(file.toAbsolutePath().normalize());
        }
        out.flush();
        return 0;
    }

    /**
     * Draws the pictures of a replay directory.
     *
     * @param directory the replay's output directory (tracks.csv, and impacts.csv, warnings.csv
     *     and summary.json if present)
     * @param sensorsFile sensors.csv, or null to take it from summary.json (or go without)
     * @param truthFile truth.csv, or null likewise
     * @param truthEventsFile truth_events.csv, or null likewise
     * @param areasFile areas.csv, or null likewise
     * @param problems where bad lines are reported
     * @return the pictures written
     * @throws IOException if a file cannot be read or written
     * @throws InputException if the directory holds no tracks.csv
     */
    public static List<Path> draw(final Path directory, final Path sensorsFile, final Path truthFile,
        final Path truthEventsFile, final Path areasFile, final ProblemLog problems) throws IOException {
        return draw(directory, sensorsFile, truthFile, truthEventsFile, areasFile, problems, null);
    }

    /**
     * Draws the pictures of a replay directory whose run is already scored, so that the
     * truth is not evaluated a second time.
     *
     * @param directory the replay's output directory (tracks.csv, and impacts.csv, warnings.csv
     *     and summary.json if present)
     * @param sensorsFile sensors.csv, or null to take it from summary.json (or go without)
     * @param truthFile truth.csv, or null likewise
     * @param truthEventsFile truth_events.csv, or null likewise
     * @param areasFile areas.csv, or null likewise
     * @param problems where bad lines are reported
     * @param scored the replay's metrics against that truth, or null to evaluate them here
     * @return the pictures written
     * @throws IOException if a file cannot be read or written
     * @throws InputException if the directory holds no tracks.csv
     */
    public static List<Path> draw(final Path directory, final Path sensorsFile, final Path truthFile,
        final Path truthEventsFile, final Path areasFile, final ProblemLog problems, final ScenarioMetrics scored)
        throws IOException {
        final Path tracksFile = directory.resolve(Replay.TRACKS);
        if (!Files.isRegularFile(tracksFile)) {
            throw new InputException(tracksFile + ": no such file (is " + directory + " a replay's output directory?)");
        }
        final Map<String, Path> recorded = recordedInputs(directory);
        final RecordFiles files = new RecordFiles(problems);
        final Path impactsFile = directory.resolve(Replay.IMPACTS);
        final List<TrackRecord> tracks = files.tracks(tracksFile);
        final List<ImpactRecord> impacts = Files.isRegularFile(impactsFile) ? files.impacts(impactsFile) : List.of();
        final Path warningsFile = directory.resolve(Replay.WARNINGS);
        final List<WarningRecord> warnings = Files.isRegularFile(warningsFile) ? files.warnings(warningsFile)
            : List.of();
        final Path s = pick(sensorsFile, recorded.get("sensors"));
        final Path t = pick(truthFile, recorded.get("truth"));
        final Path e = pick(truthEventsFile, recorded.get("truth_events"));
        final Path a = pick(areasFile, recorded.get("areas"));
        final List<SensorRecord> sensorRows = s == null ? List.of() : files.sensors(s);
        final List<TruthRecord> truthRows = t == null ? List.of() : files.truth(t);
        final List<TruthEventRecord> eventRows = e == null ? List.of() : files.truthEvents(e);
        final List<AreaRecord> areaRows = a == null ? List.of() : files.areas(a);

        final Situation situation = new Situation(sensorRows, truthRows, eventRows, tracks, impacts, areaRows,
            warnings);
        final Map<String, ErrorChart> charts = new LinkedHashMap<>();
        if (scored != null) {
            charts.putAll(errorCharts(scored));
        } else if (!truthRows.isEmpty()) {
            charts.putAll(errorCharts(new ScenarioEvaluator(MetricsConfiguration.defaults())
                .evaluate(ScenarioRecords.of(truthRows, eventRows, tracks, impacts))));
        }
        return ReportPictures.write(directory, new SituationMap(directory.toAbsolutePath().normalize().getFileName()
            + ": tracks, truth and impact ellipses"), situation, charts);
    }

    /** The error-versus-time charts of a scored run. */
    static Map<String, ErrorChart> errorCharts(final ScenarioMetrics metrics) {
        final long t0 = metrics.firstEvaluationNanos();
        final Map<String, List<ChartPoint>> position = new TreeMap<>();
        for (final AssignedSample sample : metrics.samples()) {
            position.computeIfAbsent(sample.objectId(), id -> new ArrayList<>())
                .add(new ChartPoint(seconds(sample.timeNanos() - t0), sample.positionErrorM()));
        }
        ErrorChart positionChart = ErrorChart.titled("Position error of the assigned track, per object")
            .withXAxis("time since first evaluation", "s").withYAxis("position error", "m").withLogarithmicY(true);
        for (final Map.Entry<String, List<ChartPoint>> e : position.entrySet()) {
            positionChart = positionChart.withSeries(e.getKey(), e.getValue());
        }
        final List<ChartPoint> gospa = new ArrayList<>();
        final List<Long> times = metrics.gospa().timesNanos();
        for (int i = 0; i < times.size(); i++) {
            gospa.add(new ChartPoint(seconds(times.get(i) - t0), metrics.gospa().values().get(i).distanceM()));
        }
        // One series per object, in time-to-go order: the predictions of all its tracks.
        final Map<String, List<ChartPoint>> miss = new TreeMap<>();
        final Map<String, List<ChartPoint>> ellipse = new TreeMap<>();
        for (final ImpactAssessment a : metrics.impacts().assessments()) {
            miss.computeIfAbsent(a.objectId(), id -> new ArrayList<>()).add(new ChartPoint(a.timeToGoS(), a.impactMissM()));
            ellipse.computeIfAbsent(a.objectId(), id -> new ArrayList<>())
                .add(new ChartPoint(a.timeToGoS(), a.impactEllipse().semiMajorM()));
        }
        ErrorChart missChart = ErrorChart.titled("Predicted impact point: miss distance, per object")
            .withXAxis("time to go", "s").withInvertedX(true).withYAxis("miss", "m").withLogarithmicY(true);
        for (final Map.Entry<String, List<ChartPoint>> e : miss.entrySet()) {
            missChart = missChart.withSeries(e.getKey(), byTimeToGo(e.getValue()));
        }
        ErrorChart ellipseChart = ErrorChart.titled("Impact 95 % ellipse: semi-major axis, per object")
            .withXAxis("time to go", "s").withInvertedX(true).withYAxis("semi-major axis", "m").withLogarithmicY(true);
        for (final Map.Entry<String, List<ChartPoint>> e : ellipse.entrySet()) {
            ellipseChart = ellipseChart.withSeries(e.getKey(), byTimeToGo(e.getValue()));
        }
        final Map<String, ErrorChart> charts = new LinkedHashMap<>();
        charts.put("position_error.png", positionChart);
        charts.put("gospa.png", ErrorChart.titled("GOSPA (p = 2, alpha = 2, c = "
                + Math.round(metrics.configuration().cutoffM()) + " m)")
            .withXAxis("time since first evaluation", "s").withYAxis("GOSPA", "m").withSeries("GOSPA", gospa));
        charts.put("impact_miss.png", missChart);
        charts.put("impact_ellipse.png", ellipseChart);
        return charts;
    }

    private static List<ChartPoint> byTimeToGo(final List<ChartPoint> points) {
        final List<ChartPoint> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingDouble(ChartPoint::x).reversed());
        return sorted;
    }

    private static double seconds(final long nanos) {
        return nanos / 1e9;
    }

    private static Path pick(final Path given, final Path recorded) {
        if (given != null) {
            return given;
        }
        return recorded != null && Files.isRegularFile(recorded) ? recorded : null;
    }

    /** The input files summary.json names, if it exists and names them. */
    private static Map<String, Path> recordedInputs(final Path directory) throws IOException {
        final Path summary = directory.resolve(ReplayCommand.SUMMARY);
        final Map<String, Path> inputs = new LinkedHashMap<>();
        if (!Files.isRegularFile(summary)) {
            return inputs;
        }
        final JsonNode node;
        try {
            node = new ObjectMapper().readTree(summary.toFile()).path(ReplayCommand.INPUTS);
        } catch (final com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InputException(summary + ": not a replay summary: " + e.getOriginalMessage(), e);
        }
        node.fields().forEachRemaining(f -> {
            if (f.getValue().isTextual()) {
                inputs.put(f.getKey(), Path.of(f.getValue().asText()));
            }
        });
        return inputs;
    }
}
