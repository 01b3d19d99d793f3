package io.vigil.fusion.engine;

import io.vigil.fusion.trajectory.WarningState;

/**
 * A defended-area warning event, as reported to the host: a flyweight reused for every
 * {@link FusionListener#onWarning} call, valid only during it.
 */
public final class WarningView {

    private final String[] areaIds;
    private int area;
    private long trackId;
    private WarningState state;
    private double probability;
    private long timeNanos;
    private long impactTimeNanos;

    WarningView(final String[] areaIds) {
        this.areaIds = areaIds;
    }

    WarningView bind(final int areaIndex, final long id, final WarningState newState, final double p,
        final long engineTimeNanos, final long predictedImpactNanos) {
        this.area = areaIndex;
        this.trackId = id;
        this.state = newState;
        this.probability = p;
        this.timeNanos = engineTimeNanos;
        this.impactTimeNanos = predictedImpactNanos;
        return this;
    }

    /**
     * Returns the area's index (as {@link FusionEngine#areaIndex} gives it).
     *
     * @return the index
     */
    public int areaIndex() {
        return area;
    }

    /**
     * Returns the area's id, as configured.
     *
     * @return the id
     */
    public String areaId() {
        return areaIds[area];
    }

    /**
     * Returns the threatening track's id.
     *
     * @return the id
     */
    public long trackId() {
        return trackId;
    }

    /**
     * Returns the warning's new state.
     *
     * @return RAISED, UPDATED or CLEARED
     */
    public WarningState state() {
        return state;
    }

    /**
     * Returns the probability that the impact falls inside the area (for CLEARED, the last
     * one evaluated).
     *
     * @return [0, 1]
     */
    public double probability() {
        return probability;
    }

    /**
     * Returns the engine time of the event.
     *
     * @return nanoseconds since the Unix epoch, UTC
     */
    public long timeNanos() {
        return timeNanos;
    }

    /**
     * Returns the predicted impact time.
     *
     * @return nanoseconds since the Unix epoch, UTC
     */
    public long impactTimeNanos() {
        return impactTimeNanos;
    }

    /**
     * Returns the time from the event to the predicted impact.
     *
     * @return seconds (negative once the impact time has passed)
     */
    public double timeToImpactS() {
        return (impactTimeNanos - timeNanos) * 1e-9;
    }
}
