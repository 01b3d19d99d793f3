package io.vigil.fusion.samples.metrics;

import java.util.List;

/**
 * How a scenario is scored: the evaluation grid, which tracks count as the tracker's picture,
 * the GOSPA cut-off (also the association gate) and the time bins of the impact and launch
 * containment rates.
 *
 * @param evaluationStepNanos spacing of the evaluation times, nanoseconds of scenario time, &gt; 0
 * @param stalenessNanos a track whose latest report is older than this at an evaluation time
 *     is left out of the picture there, nanoseconds, &gt;= 0
 * @param cutoffM GOSPA cut-off c, metres, &gt; 0: a track farther than this from an object is
 *     never associated with it
 * @param timeBinEdgesS lower edges of the containment-rate bins, seconds, strictly increasing
 *     and starting at 0; the last bin is open-ended (time to go for impacts, time since launch
 *     for launch points)
 */
public record MetricsConfiguration(long evaluationStepNanos, long stalenessNanos, double cutoffM,
    List<Double> timeBinEdgesS) {

    /** Default evaluation step: 1 s. */
    public static final long DEFAULT_STEP_NANOS = 1_000_000_000L;
    /** Default staleness: 5 s. */
    public static final long DEFAULT_STALENESS_NANOS = 5_000_000_000L;
    /** Default GOSPA cut-off: 10 km. */
    public static final double DEFAULT_CUTOFF_M = 10_000.0;
    /** Default bins: 0-60 s, 60-180 s, 180-600 s and 600 s or more. */
    public static final List<Double> DEFAULT_TIME_BIN_EDGES_S = List.of(0.0, 60.0, 180.0, 600.0);

    /**
     * Checks the values and copies the bin edges.
     *
     * @param evaluationStepNanos see the record
     * @param stalenessNanos see the record
     * @param cutoffM see the record
     * @param timeBinEdgesS see the record
     */
    public MetricsConfiguration {
        if (evaluationStepNanos <= 0) {
            throw new IllegalArgumentException("evaluation step must be > 0, got " + evaluationStepNanos + " ns");
        }
        if (stalenessNanos < 0) {
            throw new IllegalArgumentException("staleness must be >= 0, got " + stalenessNanos + " ns");
        }
        if (!(cutoffM > 0.0 && Double.isFinite(cutoffM))) {
            throw new IllegalArgumentException("cut-off must be finite and > 0, got " + cutoffM + " m");
        }
        timeBinEdgesS = List.copyOf(timeBinEdgesS);
        if (timeBinEdgesS.isEmpty() || timeBinEdgesS.get(0) != 0.0) {
            throw new IllegalArgumentException("time bin edges must start at 0 s, got " + timeBinEdgesS);
        }
        for (int k = 1; k < timeBinEdgesS.size(); k++) {
            if (!(timeBinEdgesS.get(k) > timeBinEdgesS.get(k - 1)) || timeBinEdgesS.get(k).isInfinite()) {
                throw new IllegalArgumentException("time bin edges must be finite and increasing, got " + timeBinEdgesS);
            }
        }
    }

    /**
     * Returns the defaults: 1 s step, 5 s staleness, 10 km cut-off, bins at 0, 60, 180 and 600 s.
     *
     * @return the default configuration
     */
    public static MetricsConfiguration defaults() {
        return new MetricsConfiguration(DEFAULT_STEP_NANOS, DEFAULT_STALENESS_NANOS, DEFAULT_CUTOFF_M,
            DEFAULT_TIME_BIN_EDGES_S);
    }




}
