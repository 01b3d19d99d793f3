package io.vigil.fusion.io;

import io.vigil.fusion.engine.WarningView;
import io.vigil.fusion.trajectory.WarningState;

/**
 * One row of {@code warnings.csv}: a defended-area warning event.
 *
 * @param timeNanos engine time of the event, nanoseconds since the Unix epoch (UTC)
 * @param areaId the defended area
 * @param trackId the threatening track
 * @param state RAISED, UPDATED or CLEARED
 * @param probability probability that the impact falls inside the area, in [0, 1]
 * @param timeToImpactS predicted time from {@code timeNanos} to impact, seconds
 */
public record WarningRecord(
    long timeNanos, String areaId, long trackId, WarningState state, double probability, double timeToImpactS) {

    /**
     * Copies a warning callback's view into a record, during the callback (the view is valid
     * only then).
     *
     * @param view the view passed to {@code FusionListener.onWarning}
     * @return the record
     */
    public static WarningRecord of(final WarningView view) {
        return new WarningRecord(view.timeNanos(), view.areaId(), view.trackId(), view.state(), view.probability(),
            view.timeToImpactS());
    }
}
