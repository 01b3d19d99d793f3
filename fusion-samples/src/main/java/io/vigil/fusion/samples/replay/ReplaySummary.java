package io.vigil.fusion.samples.replay;

import io.vigil.fusion.engine.EngineCounters;
import io.vigil.fusion.engine.RejectReason;
import io.vigil.fusion.samples.metrics.ScenarioMetrics;
import io.vigil.fusion.samples.metrics.WarningAssessment;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a replay did: plots read and published, the engine's counters (fused, rejected by
 * reason, dropped), tracks, the span of plot time and the wall-clock throughput, the scores
 * against the truth if it was given, and the defended-area warnings. Printed as a table on
 * the terminal and written as summary.json.
 */
public final class ReplaySummary {

    private final int sensors;
    private final long plots;
    private final long badPlotLines;
    private final long ticks;
    private final long published;
    private final long fused;
    private final long rejected;
    private final Map<RejectReason, Long> rejectedByReason = new EnumMap<>(RejectReason.class);
    private final long dropped;
    private final long listenerExceptions;
    private final long trackTableFull;
    private final long scanOverflows;
    private final long outOfSequenceApproximate;
    private final long ringHighWaterMark;
    private final long trackRows;
    private final int tracksInitiated;
    private final int tracksConfirmed;
    private final long tracksDropped;
    private final long firstPlotNanos;
    private final long lastPlotNanos;
    private final long wallNanos;
    private final ScenarioMetrics metrics;
    private final WarningAssessment warnings;

    ReplaySummary(final int sensors, final long plots, final long badPlotLines, final long ticks,
        final EngineCounters counters, final long trackRows, final int tracksInitiated, final int tracksConfirmed,
        final long firstPlotNanos, final long lastPlotNanos, final long wallNanos, final ScenarioMetrics metrics,
        final WarningAssessment warnings) {
        this.sensors = sensors;
        this.plots = plots;
        this.badPlotLines = badPlotLines;
        this.ticks = ticks;
        this.published = counters.published();
        this.fused = counters.fused();
        this.rejected = counters.rejected();
        for (final RejectReason reason : RejectReason.values()) {
            rejectedByReason.put(reason, counters.rejected(reason));
        }
        this.dropped = counters.dropped();
        this.listenerExceptions = counters.listenerExceptions();
        this.trackTableFull = counters.trackTableFull();
        this.scanOverflows = counters.scanOverflows();
        this.outOfSequenceApproximate = counters.outOfSequenceApproximate();
        this.ringHighWaterMark = counters.ringHighWaterMark();
        this.trackRows = trackRows;
        this.tracksInitiated = tracksInitiated;
        this.tracksConfirmed = tracksConfirmed;
        this.tracksDropped = counters.tracksDropped();
        this.firstPlotNanos = firstPlotNanos;
        this.lastPlotNanos = lastPlotNanos;
        this.wallNanos = wallNanos;
        this.metrics = metrics;
        this.warnings = warnings;
    }

    /**
     * Returns the scores against truth, or null if the replay had no truth.
     *
     * @return the metrics, or null
     */
    public ScenarioMetrics metrics() {
        return metrics;
    }

    /**
     * Returns the defended-area warnings of the run, assessed against the truth events if
     * they were given.
     *
     * @return the assessment (with no area if none was defended and none warned)
     */
    public WarningAssessment warnings() {
        return warnings;
    }

    /**
     * Returns the plots published (valid rows of the plot file).
     *
     * @return plots
     */
    public long plots() {
        return plots;
    }

    /**
     * Returns the plot file's bad lines (skipped).
     *
     * @return lines
     */
    public long badPlotLines() {
        return badPlotLines;
    }

    /**
     * Returns the plots the engine rejected, for one reason.
     *
     * @param reason the reason
     * @return plots
     */
    public long rejected(final RejectReason reason) {
        return rejectedByReason.get(reason);
    }

    /**
     * Returns the number of distinct tracks reported as confirmed.
     *
     * @return tracks
     */
    public int tracksConfirmed() {
        return tracksConfirmed;
    }

    /**
     * Returns the plots per second of wall time the replay sustained (reading, publishing,
     * fusing and writing tracks.csv).
     *
     * @return plots per second
     */
    public double plotsPerSecond() {
        return plots / (wallNanos * 1e-9);
    }

    /**
     * Returns the figures as an ordered map of names to numbers (and a map of reject
     * reasons), for summary.json.
     *
     * @return a new map
     */
    public Map<String, Object> toMap() {
        final Map<String, Object> map = new LinkedHashMap<>();
        map.put("sensors", sensors);
        map.put("plots", plots);
        map.put("bad_plot_lines", badPlotLines);
        map.put("ticks", ticks);
        map.put("published", published);
        map.put("fused", fused - ticks);
        map.put("rejected", rejected);
        final Map<String, Long> reasons = new LinkedHashMap<>();
        rejectedByReason.forEach((reason, count) -> reasons.put(reason.name(), count));
        map.put("rejected_by_reason", reasons);
        map.put("dropped", dropped);
        map.put("listener_exceptions", listenerExceptions);
        map.put("track_table_full", trackTableFull);
        map.put("scan_overflows", scanOverflows);
        map.put("out_of_sequence_approximate", outOfSequenceApproximate);
        map.put("ring_high_water_mark", ringHighWaterMark);
        map.put("track_rows", trackRows);
        map.put("tracks_initiated", tracksInitiated);
        map.put("tracks_confirmed", tracksConfirmed);
        map.put("tracks_dropped", tracksDropped);
        map.put("plot_time_span_s", span());
        map.put("wall_time_s", wallNanos * 1e-9);
        map.put("plots_per_second", plotsPerSecond());
        if (metrics != null) {
            map.put("metrics", metrics.toMap());
        }
        map.put("warnings", warnings.toMap());
        return map;
    }

    /**
     * Prints the summary: the counters as a table, then the scores' Markdown tables if the
     * run was scored, then the warnings' if any area was defended or warned.
     *
     * @param out where to print
     */
    public void print(final PrintWriter out) {
        out.printf(Locale.ROOT, "%-28s %,d%n", "sensors", sensors);
        out.printf(Locale.ROOT, "%-28s %,d (%,d bad lines skipped)%n", "plots published", plots, badPlotLines);
        out.printf(Locale.ROOT, "%-28s %,d%n", "clock ticks across gaps", ticks);
        out.printf(Locale.ROOT, "%-28s %,d%n", "fused", fused - ticks);
        out.printf(Locale.ROOT, "%-28s %,d%n", "rejected", rejected);
        for (final Map.Entry<RejectReason, Long> e : rejectedByReason.entrySet()) {
            if (e.getValue() > 0) {
                out.printf(Locale.ROOT, "  %-26s %,d%n", e.getKey().name(), e.getValue());
            }
        }
        out.printf(Locale.ROOT, "%-28s %,d%n", "dropped (back-pressure)", dropped);
        out.printf(Locale.ROOT, "%-28s %,d initiated, %,d confirmed, %,d dropped%n", "tracks", tracksInitiated,
            tracksConfirmed, tracksDropped);
        if (trackTableFull > 0 || listenerExceptions > 0) {
            out.printf(Locale.ROOT, "%-28s %,d track table full, %,d listener exceptions%n", "warnings",
                trackTableFull, listenerExceptions);
        }
        out.printf(Locale.ROOT, "%-28s %,d beyond the tracks' history (fused approximately)%n", "out-of-sequence plots",
            outOfSequenceApproximate);
        out.printf(Locale.ROOT, "%-28s %.1f s of plot time in %.2f s (%,.0f plots/s)%n", "time", span(),
            wallNanos * 1e-9, plotsPerSecond());
        if (metrics != null) {
            out.println();
            out.print(metrics.toTable());
        }
        if (!warnings.areas().isEmpty()) {
            out.println();
            out.print(warnings.toTable());
        }
    }

    private double span() {
        return plots == 0 ? 0.0 : (lastPlotNanos - firstPlotNanos) * 1e-9;
    }
}
