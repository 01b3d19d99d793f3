package io.vigil.fusion.samples.metrics;

/**
 * The warnings of one defended area over a run, from {@code warnings.csv}.
 *
 * @param areaId the area
 * @param tracksWarned distinct tracks with a RAISED event for the area
 * @param firstRaisedNanos time of the area's first RAISED event (any track), nanoseconds
 *     since the Unix epoch, or {@link #NOT_RAISED}
 * @param timeToImpactAtFirstRaisedS the predicted time to impact that event gave, seconds
 *     (NaN if the area was never warned or the event gave none)
 * @param highestProbability the highest probability of impact inside the area over its
 *     RAISED and UPDATED events, the events of a warning in force (NaN if none)
 * @param raised RAISED events
 * @param updated UPDATED events
 * @param cleared CLEARED events
 */
public record AreaWarningSummary(String areaId, int tracksWarned, long firstRaisedNanos,
    double timeToImpactAtFirstRaisedS, double highestProbability, int raised, int updated, int cleared) {

    /** The {@link #firstRaisedNanos} of an area never warned. */
    public static final long NOT_RAISED = Long.MIN_VALUE;

    /**
     * Returns whether any track raised a warning for the area.
     *
     * @return true if the area was warned
     */
    public boolean warned() {
        return firstRaisedNanos != NOT_RAISED;
    }
}
