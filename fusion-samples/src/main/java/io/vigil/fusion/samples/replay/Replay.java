package io.vigil.fusion.samples.replay;

import io.vigil.fusion.engine.BackPressure;
import io.vigil.fusion.engine.EngineCounters;
import io.vigil.fusion.engine.FusionEngine;
import io.vigil.fusion.engine.FusionThreadWait;
import io.vigil.fusion.engine.PlotClaim;
import io.vigil.fusion.engine.PlotPublisher;
import io.vigil.fusion.engine.Producers;
import io.vigil.fusion.io.CsvFormatException;
import io.vigil.fusion.io.AreaRecord;
import io.vigil.fusion.io.ImpactWriter;
import io.vigil.fusion.io.PlotReader;
import io.vigil.fusion.io.PlotRecord;
import io.vigil.fusion.io.SensorReader;
import io.vigil.fusion.io.SensorRecord;
import io.vigil.fusion.io.TrackWriter;
import io.vigil.fusion.io.TruthEventRecord;
import io.vigil.fusion.io.TruthRecord;
import io.vigil.fusion.io.WarningWriter;
import io.vigil.fusion.samples.InputException;
import io.vigil.fusion.samples.ProblemLog;
import io.vigil.fusion.samples.RecordFiles;
import io.vigil.fusion.samples.metrics.FirstDetection;
import io.vigil.fusion.samples.metrics.MetricsConfiguration;
import io.vigil.fusion.samples.metrics.ScenarioEvaluator;
import io.vigil.fusion.samples.metrics.ScenarioMetrics;
import io.vigil.fusion.samples.metrics.ScenarioRecords;
import io.vigil.fusion.samples.metrics.TruthTrajectory;
import io.vigil.fusion.samples.metrics.WarningAssessment;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replays a plot file through a {@link FusionEngine} as a host would feed it from a live
 * hub: plots in file (arrival) order from one producer thread, clock ticks across gaps at
 * the engine's report interval, optionally paced by plot time. Writes tracks.csv,
 * impacts.csv and warnings.csv into the output directory and returns the run's summary:
 * the engine's counters, the scores against the truth when it is given, and the
 * defended-area warnings assessed (against the truth events when they are given).
 */
public final class Replay {

    /** The tracks file's name. */
    public static final String TRACKS = "tracks.csv";
    /** The impacts file's name. */
    public static final String IMPACTS = "impacts.csv";
    /** The warnings file's name. */
    public static final String WARNINGS = "warnings.csv";

    /** The track score's probability of confirming a false track. */
    static final double SCORE_FALSE_CONFIRMATION = 1e-4;
    /** The track score's probability of dropping a true track. */
    static final double SCORE_FALSE_DELETION = 1e-2;
    /** The engine's report interval, and so the tick interval across gaps: 1 s. */
    static final long REPORT_INTERVAL_NANOS = 1_000_000_000L;

    private final ProblemLog problems;
    private final Progress progress;

    /**
     * Creates a replay.
     *
     * @param problems where bad input lines are reported
     * @param progress told how far the plot file has been read
     */
    public Replay(final ProblemLog problems, final Progress progress) {
        this.problems = problems;
        this.progress = progress;
    }

    /**
     * Runs the replay to the end of the plot file, then drains and stops the engine.
     *
     * @param inputs the files
     * @return counts and throughput of the run
     * @throws IOException if a file cannot be read or written
     * @throws InputException if the sensors file yields no usable sensor, or names one twice
     */
    public ReplaySummary run(final ReplayInputs inputs) throws IOException {
        Files.createDirectories(inputs.out());
        final RecordFiles files = new RecordFiles(problems);
        final List<SensorRecord> sensors = sensors(inputs.sensors());
        if (sensors.isEmpty()) {
            throw new InputException(inputs.sensors() + ": no usable sensor");
        }
        final List<TruthRecord> truth = inputs.truth() == null ? List.of() : files.truth(inputs.truth());
        final FirstDetection detections = truth.isEmpty() ? null
            : new FirstDetection(TruthTrajectory.byObject(truth), sensors);
        final List<AreaRecord> areas = inputs.areas() == null ? List.of() : files.areas(inputs.areas());
        final TrackFileListener listener = new TrackFileListener(TrackWriter.create(inputs.out().resolve(TRACKS)),
            ImpactWriter.create(inputs.out().resolve(IMPACTS)), WarningWriter.create(inputs.out().resolve(WARNINGS)));
        final FusionEngine.Builder builder = FusionEngine.builder()
            .producers(Producers.SINGLE)
            .backPressure(BackPressure.BLOCK)
            .fusionThreadWait(FusionThreadWait.YIELDING)
            .maxSensors(Math.max(FusionEngine.Builder.DEFAULT_MAX_SENSORS, sensors.size()))
            .trackTimes(REPORT_INTERVAL_NANOS, 5_000_000_000L, FusionEngine.Builder.DEFAULT_MAX_COAST_NANOS,
                20_000_000_000L)
            .listener(listener);
        if (inputs.confirmation() == ReplayInputs.Confirmation.SCORE) {
            builder.confirmationByScore(SCORE_FALSE_CONFIRMATION, SCORE_FALSE_DELETION);
        }
        final Set<String> sensorIds = new LinkedHashSet<>();
        for (final SensorRecord sensor : sensors) {
            builder.sensor(sensor.toSensor());
            sensorIds.add(sensor.sensorId());
        }
        for (final AreaRecord area : areas) {
            builder.defendedArea(area.areaId(), Math.toRadians(area.latDeg()), Math.toRadians(area.lonDeg()),
                area.radiusM());
        }

        final long startWall = System.nanoTime();
        final GapTicker ticker = new GapTicker(REPORT_INTERVAL_NANOS);
        final PlotTimePacer pacer = inputs.realtime() ? new PlotTimePacer() : null;
        long plots = 0;
        long badPlotLines;
        long firstTime = Long.MAX_VALUE;
        long lastTime = Long.MIN_VALUE;
        final EngineCounters counters;
        try (FusionEngine engine = builder.build()) {
            listener.bind(engine.configuration());
            engine.start();
            final PlotPublisher publisher = engine.publisher();
            final String plotsName = String.valueOf(inputs.plots().getFileName());
            final long fileBytes;
            final CountingInputStream bytes;
            try {
                fileBytes = Math.max(1L, Files.size(inputs.plots()));
                bytes = new CountingInputStream(Files.newInputStream(inputs.plots()));
            } catch (final IOException unreadable) {
                // The same message as every reader gives for a file it cannot open.
                throw new CsvFormatException(plotsName, 0, "cannot read: " + unreadable, unreadable);
            }
            final PlotReader reader;
            try {
                reader = new PlotReader(new InputStreamReader(bytes, StandardCharsets.UTF_8),
                    plotsName, sensorIds, problems);
            } catch (final IOException | RuntimeException refused) {
                bytes.close();
                throw refused;
            }
            try (reader) {
                for (PlotRecord plot = reader.next(); plot != null; plot = reader.next()) {
                    if (pacer != null) {
                        pacer.awaitPlot(plot.timeNanos());
                    }
                    ticker.beforePlot(plot.timeNanos(), publisher);
                    final PlotClaim claim = publisher.claim();
                    plot.fill(claim, engine.sensorIndex(plot.sensorId()));
                    claim.commit();
                    if (detections != null) {
                        detections.accept(plot);
                    }
                    plots++;
                    firstTime = Math.min(firstTime, plot.timeNanos());
                    lastTime = Math.max(lastTime, plot.timeNanos());
                    progress.plotsRead(plots, (double) bytes.count() / fileBytes);
                }
                badPlotLines = reader.badLines();
            }
            engine.close();
            counters = engine.counters();
        } finally {
            listener.finish();
            progress.finish();
        }
        final long wallNanos = System.nanoTime() - startWall;
        final List<TruthEventRecord> events = inputs.truthEvents() == null ? List.of()
            : files.truthEvents(inputs.truthEvents());
        final ScenarioMetrics metrics = detections == null ? null : score(inputs, truth, events, detections);
        final WarningAssessment warnings = WarningAssessment.of(areas, files.warnings(inputs.out().resolve(WARNINGS)),
            events);
        return new ReplaySummary(sensors.size(), plots, badPlotLines, ticker.ticks(), counters, listener.rows(),
            listener.tracksInitiated(), listener.tracksConfirmed(), firstTime, lastTime, wallNanos, metrics, warnings);
    }

    /**
     * Reads sensors.csv. A sensor id given twice is the user's mistake (the engine refuses it,
     * and the plots naming it could not be attributed), reported with the line of its second row.
     */
    private List<SensorRecord> sensors(final Path file) throws IOException {
        final List<SensorRecord> sensors = new ArrayList<>();
        final Map<String, Long> lines = new HashMap<>();
        try (SensorReader reader = SensorReader.open(file, problems)) {
            for (SensorRecord sensor = reader.next(); sensor != null; sensor = reader.next()) {
                final Long first = lines.putIfAbsent(sensor.sensorId(), reader.line());
                if (first != null) {
                    throw new InputException(file.getFileName() + ":" + reader.line() + ": duplicate sensor_id "
                        + sensor.sensorId() + " (also on line " + first + ")");
                }
                sensors.add(sensor);
            }
        }
        return sensors;
    }

    /** Scores the written tracks and impacts against the truth. */
    private ScenarioMetrics score(final ReplayInputs inputs, final List<TruthRecord> truth,
        final List<TruthEventRecord> events, final FirstDetection detections) throws IOException {
        final RecordFiles files = new RecordFiles(problems);
        return new ScenarioEvaluator(MetricsConfiguration.defaults()).evaluate(new ScenarioRecords(truth, events,
            files.tracks(inputs.out().resolve(TRACKS)), files.impacts(inputs.out().resolve(IMPACTS)),
            detections.firstPlotNanos()));
    }

    /** Told as the plot file is read, to show progress; called on the replay thread. */
    public interface Progress {

        /** Shows nothing. */
        Progress NONE = new Progress() { };

        /**
         * Another plot was published.
         *
         * @param plots plots published so far
         * @param fraction the part of the plot file read so far, 0 to 1
         */
        default void plotsRead(final long plots, final double fraction) {
        }

        /** The replay has ended. */
        default void finish() {
        }
    }
}
