package io.vigil.fusion.engine;

/**
 * A refused plot, as the fusion thread saw it: a flyweight reused for every
 * {@link FusionListener#onReject} call and valid only during it.
 */
public final class RejectView {

    private RejectReason reason;
    private PlotSlot slot;
    private long engineTimeNanos;

    /** Created by the engine only. */
    RejectView() {
    }

    RejectView bind(final RejectReason rejectReason, final PlotSlot plot, final long engineNanos) {
        this.reason = rejectReason;
        this.slot = plot;
        this.engineTimeNanos = engineNanos;
        return this;
    }

    /**
     * Returns why the plot was refused.
     *
     * @return the reason
     */
    public RejectReason reason() {
        return reason;
    }

    /**
     * Returns the sensor index the plot named (possibly invalid).
     *
     * @return the sensor index
     */
    public int sensorIndex() {
        return slot.sensorIndex;
    }

    /**
     * Returns the plot's measurement time.
     *
     * @return nanoseconds since the Unix epoch, UTC
     */
    public long timeNanos() {
        return slot.timeNanos;
    }

    /**
     * Returns the host's tag of the plot.
     *
     * @return the tag
     */
    public long tag() {
        return slot.tag;
    }

    /**
     * Returns the engine time when the plot was refused.
     *
     * @return nanoseconds since the Unix epoch, UTC
     */
    public long engineTimeNanos() {
        return engineTimeNanos;
    }
}
