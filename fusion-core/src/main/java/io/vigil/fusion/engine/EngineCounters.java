package io.vigil.fusion.engine;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The engine's counters, readable from any thread without locks while one thread writes
 * each of them: plots published, fused, rejected (per {@link RejectReason}) and dropped by
 * back-pressure; tracks alive, confirmed and dropped; trajectory predictions; listener
 * exceptions; the ring's high-water mark. Invariant, once the ring is drained: published == fused + rejected +
 * dropped.
 *
 * <p>Each counter sits in its own 64-byte cache line of a {@code long[]} (plain Java, no
 * {@code Unsafe}: no JVM flags for the host), written with release semantics and read with
 * acquire semantics through a {@link VarHandle}, so a reader sees a value no older than any
 * write it has observed and no two hot counters share a line. The "published" and "dropped"
 * counters are written by publishing threads (atomically, there can be several); all others
 * only by the fusion thread.
 */
public final class EngineCounters {

    /** Longs per cache line: each counter is padded to its own line. */
    private static final int STRIDE = 8;
    private static final VarHandle LONGS = MethodHandles.arrayElementVarHandle(long[].class);

    private static final int PUBLISHED = 0;
    private static final int FUSED = 1;
    private static final int DROPPED = 2;
    private static final int TRACKS_ALIVE = 3;
    private static final int TRACKS_CONFIRMED = 4;
    private static final int TRACKS_DROPPED = 5;
    private static final int LISTENER_EXCEPTIONS = 6;
    private static final int RING_HIGH_WATER = 7;
    private static final int TRACK_TABLE_FULL = 8;
    private static final int SCAN_OVERFLOWS = 9;
    private static final int OUT_OF_SEQUENCE_APPROXIMATE = 10;
    private static final int PREDICTIONS = 11;
    private static final int PREDICTIONS_FINISHED_AT_PASS = 12;
    private static final int PREDICTIONS_FAILED = 13;
    private static final int REJECTED_BASE = 14;
    private static final RejectReason[] REASONS = RejectReason.values();

    // One line of padding before the first counter keeps it off the array header's line.
    private final long[] values = new long[STRIDE * (REJECTED_BASE + REASONS.length + 1)];

    /** Created by the engine only. */
    EngineCounters() {
    }

    private static int slot(final int counter) {
        return STRIDE * (counter + 1);
    }

    private long read(final int counter) {
        return (long) LONGS.getAcquire(values, slot(counter));
    }

    private void addSingleWriter(final int counter, final long delta) {
        final int index = slot(counter);
        LONGS.setRelease(values, index, (long) LONGS.getOpaque(values, index) + delta);
    }

    /**
     * Returns the number of plots (and ticks) committed to the ring.
     *
     * @return plots published
     */
    public long published() {
        return read(PUBLISHED);
    }

    /**
     * Returns the number of plots that passed validation and entered the pipeline (ticks included).
     *
     * @return plots fused
     */
    public long fused() {
        return read(FUSED);
    }

    /**
     * Returns the number of plots dropped by the DROP_NEWEST back-pressure policy.
     *
     * @return plots dropped
     */
    public long dropped() {
        return read(DROPPED);
    }

    /**
     * Returns the number of plots rejected for one reason.
     *
     * @param reason the reason
     * @return plots rejected for it
     */
    public long rejected(final RejectReason reason) {
        return read(REJECTED_BASE + reason.ordinal());
    }

    /**
     * Returns the number of plots rejected for any reason.
     *
     * @return the sum over all reasons
     */
    public long rejected() {
        long sum = 0L;
        for (final RejectReason reason : REASONS) {
            sum += rejected(reason);
        }
        return sum;
    }

    /**
     * Returns the number of live tracks (tentative, confirmed and coasting).
     *
     * @return tracks alive
     */
    public long tracksAlive() {
        return read(TRACKS_ALIVE);
    }

    /**
     * Returns the number of live confirmed tracks.
     *
     * @return tracks confirmed
     */
    public long tracksConfirmed() {
        return read(TRACKS_CONFIRMED);
    }

    /**
     * Returns the number of tracks dropped since start.
     *
     * @return tracks dropped
     */
    public long tracksDropped() {
        return read(TRACKS_DROPPED);
    }

    /**
     * Returns the number of exceptions thrown by the listener and caught by the fusion thread.
     *
     * @return listener exceptions
     */
    public long listenerExceptions() {
        return read(LISTENER_EXCEPTIONS);
    }

    /**
     * Returns the number of plots that would have initiated a track while the track table was full.
     *
     * @return initiations refused for lack of a free track slot
     */
    public long trackTableFull() {
        return read(TRACK_TABLE_FULL);
    }

    /**
     * Returns how often a scan had more plots than the configured maximum per scan: each time,
     * the plots so far were assigned as one part and the rest of the scan as further parts.
     *
     * @return scan parts assigned early for lack of buffer room
     */
    public long scanOverflows() {
        return read(SCAN_OVERFLOWS);
    }

    /**
     * Returns how many plots older than their track's time were older than its kept history
     * too, and were fused by propagating the track back to them instead of exactly.
     *
     * @return approximate out-of-sequence updates
     */
    public long outOfSequenceApproximate() {
        return read(OUT_OF_SEQUENCE_APPROXIMATE);
    }

    /**
     * Returns the number of trajectory predictions (impact and launch of one track) taken at
     * maintenance passes.
     *
     * @return predictions taken
     */
    public long predictions() {
        return read(PREDICTIONS);
    }

    /**
     * Returns how many trajectory predictions the fusion thread had to finish at the
     * maintenance pass that reports them, because the ring was not empty long enough for it to
     * carry them out between plots: each held up the plots behind that pass. Near zero while
     * the fusion thread has idle time; rising, it says the thread is close to its capacity.
     *
     * @return predictions finished at a pass rather than in idle time
     */
    public long predictionsFinishedAtPass() {
        return read(PREDICTIONS_FINISHED_AT_PASS);
    }

    /**
     * Returns how many trajectory predictions were given up because the propagation threw: a
     * fault of the model on that state, reported nowhere else. Zero in a healthy engine.
     *
     * @return predictions given up
     */
    public long predictionsFailed() {
        return read(PREDICTIONS_FAILED);
    }

    /**
     * Returns the largest number of committed but not yet processed slots seen in the ring.
     *
     * @return the ring's high-water mark, slots
     */
    public long ringHighWaterMark() {
        return read(RING_HIGH_WATER);
    }

    /** Any publishing thread: one plot committed. */
    void incrementPublished() {
        LONGS.getAndAddRelease(values, slot(PUBLISHED), 1L);
    }

    /** Any publishing thread: one plot dropped by back-pressure. */
    void incrementDropped() {
        LONGS.getAndAddRelease(values, slot(DROPPED), 1L);
    }

    /** Fusion thread: one plot entered the pipeline. */
    void incrementFused() {
        addSingleWriter(FUSED, 1L);
    }

    /** Fusion thread: one plot rejected. */
    void incrementRejected(final RejectReason reason) {
        addSingleWriter(REJECTED_BASE + reason.ordinal(), 1L);
    }

    /** Fusion thread: the live-track counts changed. */
    void tracks(final long alive, final long confirmed) {
        LONGS.setRelease(values, slot(TRACKS_ALIVE), alive);
        LONGS.setRelease(values, slot(TRACKS_CONFIRMED), confirmed);
    }

    /** Fusion thread: one track dropped. */
    void incrementTracksDropped() {
        addSingleWriter(TRACKS_DROPPED, 1L);
    }

    /** Fusion thread: a plot found the track table full. */
    void incrementTrackTableFull() {
        addSingleWriter(TRACK_TABLE_FULL, 1L);
    }

    /** Fusion thread: a scan overflowed its buffer. */
    void incrementScanOverflows() {
        addSingleWriter(SCAN_OVERFLOWS, 1L);
    }

    /** Fusion thread: a late plot was older than its track's history. */
    void incrementOutOfSequenceApproximate() {
        addSingleWriter(OUT_OF_SEQUENCE_APPROXIMATE, 1L);
    }

    /** Fusion thread: predictions taken at a pass. */
    void addPredictions(final long taken) {
        addSingleWriter(PREDICTIONS, taken);
    }

    /** Fusion thread: predictions left for a pass to finish. */
    void addPredictionsFinishedAtPass(final long left) {
        addSingleWriter(PREDICTIONS_FINISHED_AT_PASS, left);
    }

    /** Fusion thread: a prediction's propagation threw. */
    void incrementPredictionsFailed() {
        addSingleWriter(PREDICTIONS_FAILED, 1L);
    }

    /** Fusion thread: the listener threw. */
    void incrementListenerExceptions() {
        addSingleWriter(LISTENER_EXCEPTIONS, 1L);
    }

    /** Fusion thread: the ring backlog it just saw. */
    void ringBacklog(final long backlog) {
        if (backlog > (long) LONGS.getOpaque(values, slot(RING_HIGH_WATER))) {
            LONGS.setRelease(values, slot(RING_HIGH_WATER), backlog);
        }
    }
}
