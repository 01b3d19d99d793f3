package io.vigil.fusion.samples.metrics;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The scores of one scenario run: GOSPA over time, estimation accuracy, covariance
 * consistency, track continuity, false tracks, and impact and launch prediction, with the
 * series behind them for plots. {@link #toTable()} renders it for a terminal or a Markdown
 * report; {@link #toMap()} gives the same numbers as nested maps and lists of strings,
 * numbers and booleans, ready for a JSON writer (NaN and infinities become null).
 */
public final class ScenarioMetrics {

    private final MetricsConfiguration configuration;
    private final long firstEvaluationNanos;
    private final int evaluationTimes;
    private final SortedSet<String> objectIds;
    private final GospaSeries gospa;
    private final EstimationAccuracy accuracy;
    private final CovarianceConsistency consistency;
    private final TrackContinuity continuity;
    private final TrackAttribution attribution;
    private final ImpactAccuracy impacts;
    private final ImpactMaturity impactMaturity;
    private final List<AssignedSample> samples;

    ScenarioMetrics(final MetricsConfiguration configuration, final long firstEvaluationNanos,
        final int evaluationTimes, final Collection<String> objectIds, final GospaSeries gospa,
        final EstimationAccuracy accuracy, final CovarianceConsistency consistency, final TrackContinuity continuity,
        final TrackAttribution attribution, final ImpactAccuracy impacts, final ImpactMaturity impactMaturity,
        final List<AssignedSample> samples) {
        this.configuration = configuration;
        this.firstEvaluationNanos = firstEvaluationNanos;
        this.evaluationTimes = evaluationTimes;
        this.objectIds = Collections.unmodifiableSortedSet(new TreeSet<>(objectIds));
        this.gospa = gospa;
        this.accuracy = accuracy;
        this.consistency = consistency;
        this.continuity = continuity;
        this.attribution = attribution;
        this.impacts = impacts;
        this.impactMaturity = impactMaturity;
        this.samples = List.copyOf(samples);
    }

    /**
     * Returns the configuration the run was scored with.
     *
     * @return the configuration
     */
    public MetricsConfiguration configuration() {
        return configuration;
    }

    /**
     * Returns the first evaluation time (the earliest truth or track report).
     *
     * @return nanoseconds since the Unix epoch (meaningless if there is no evaluation time)
     */
    public long firstEvaluationNanos() {
        return firstEvaluationNanos;
    }

    /**
     * Returns the number of evaluation times.
     *
     * @return times on the grid
     */
    public int evaluationTimes() {
        return evaluationTimes;
    }

    /**
     * Returns every true object of the run.
     *
     * @return object ids in order
     */
    public SortedSet<String> objectIds() {
        return objectIds;
    }

    /**
     * Returns GOSPA at each evaluation time and its means.
     *
     * @return the series
     */
    public GospaSeries gospa() {
        return gospa;
    }

    /**
     * Returns the position and velocity RMSE per object and overall.
     *
     * @return the accuracy
     */
    public EstimationAccuracy accuracy() {
        return accuracy;
    }

    /**
     * Returns the average NEES and its 95 % bounds.
     *
     * @return the consistency
     */
    public CovarianceConsistency consistency() {
        return consistency;
    }

    /**
     * Returns the ID switches, breaks, time to first track and coverage per object.
     *
     * @return the continuity
     */
    public TrackContinuity continuity() {
        return continuity;
    }

    /**
     * Returns which object each track followed, and the false tracks.
     *
     * @return the attribution
     */
    public TrackAttribution attribution() {
        return attribution;
    }

    /**
     * Returns impact and launch accuracy by time since each object's first detection.
     *
     * @return the bins
     */
    public ImpactMaturity impactMaturity() {
        return impactMaturity;
    }

    /**
     * Returns the impact and launch prediction scores.
     *
     * @return the impact accuracy
     */
    public ImpactAccuracy impacts() {
        return impacts;
    }

    /**
     * Returns every assigned object-track pair with its errors, in time then object order:
     * the series of the error-versus-time plots.
     *
     * @return the samples
     */
    public List<AssignedSample> samples() {
        return samples;
    }

    /**
     * Renders the scores as text: a heading line and Markdown tables.
     *
     * @return the text, lines ending in '\n'
     */
    public String toTable() {
        return MetricsTable.render(this);
    }

    /**
     * Returns the scores as nested maps (insertion-ordered) and lists, for summary.json.
     *
     * @return the summary; non-finite numbers are null
     */
    public Map<String, Object> toMap() {
        return MetricsSummary.of(this);
    }
}
