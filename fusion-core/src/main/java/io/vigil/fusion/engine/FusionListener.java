package io.vigil.fusion.engine;

/**
 * The host's callbacks, all made on the fusion thread. Every view is a flyweight over
 * engine-owned memory, valid only during the call: copy out what you keep, and do not block
 * (the fusion thread waits for you). An exception thrown here is caught, counted
 * ({@link EngineCounters#listenerExceptions()}) and the engine goes on.
 */
public interface FusionListener {

    /**
     * A track was initiated, updated by a plot, or is reported at its interval while coasting.
     *
     * @param track the track, valid during this call only
     */
    default void onTrack(final TrackView track) {
    }

    /**
     * A track was deleted; this is its last report.
     *
     * @param track the track as it was dropped, status DROPPED, valid during this call only
     */
    default void onTrackDropped(final TrackView track) {
    }

    /**
     * A confirmed ballistic track's impact was predicted again (at most once per configured
     * interval of plot time per track, after it has been updated). Taken at one maintenance
     * pass, carried out while the ring is empty, reported at the next.
     *
     * @param impact the prediction, valid during this call only
     */
    default void onImpact(final ImpactView impact) {
    }

    /**
     * A defended-area warning was raised, updated or cleared.
     *
     * @param warning the event, valid during this call only
     */
    default void onWarning(final WarningView warning) {
    }

    /**
     * A plot was refused at the fusion thread's door.
     *
     * @param reject the plot and the reason, valid during this call only
     */
    default void onReject(final RejectView reject) {
    }
}
