package io.vigil.fusion.track;

/**
 * One track's state, owned by the fusion thread: identity, status, ECEF state and
 * covariance at its last update, hit counts, times, and the sensors that have contributed.
 * A preallocated slot of a {@link TrackTable}, reused after the track is dropped; a new track
 * in the slot gets a new id.
 *
 * <p>State is ECEF position (m) and velocity (m/s) followed by the motion model's extras;
 * the covariance is n x n row-major. Fields are public to the engine's packages through
 * accessors only; the arrays returned are live (the fusion thread's), not copies.
 */
public final class Track {

    private final int slot;
    private final double[] state;
    private final double[] covariance;
    private final long[] sensorMask;
    private long id;
    private TrackStatus status = TrackStatus.DROPPED;
    private int dimension;
    private long timeNanos;
    private long lastUpdateNanos;
    private long lastReportNanos;
    private long createdNanos;
    private int hits;
    private long lastTag;

    Track(final int slot, final int maxDimension, final int maxSensors) {
        this.slot = slot;
        this.state = new double[maxDimension];
        this.covariance = new double[maxDimension * maxDimension];
        this.sensorMask = new long[(maxSensors + 63) / 64];
    }

    /**
     * Starts a new track in this slot.
     *
     * @param trackId the new, never reused id
     * @param n state dimension
     * @param nowNanos initiation time, nanoseconds since the Unix epoch
     */
    void start(final long trackId, final int n, final long nowNanos) {
        id = trackId;
        status = TrackStatus.TENTATIVE;
        dimension = n;
        timeNanos = nowNanos;
        lastUpdateNanos = nowNanos;
        lastReportNanos = Long.MIN_VALUE;
        createdNanos = nowNanos;
        hits = 0;
        lastTag = 0L;
        java.util.Arrays.fill(sensorMask, 0L);
    }

    /**
     * Records an update by a plot.
     *
     * @param plotTimeNanos the plot's time
     * @param sensorIndex the sensor that made it
     * @param tag the host's tag of the plot
     */
    public void recordHit(final long plotTimeNanos, final int sensorIndex, final long tag) {
        hits++;
        timeNanos = plotTimeNanos;
        lastUpdateNanos = plotTimeNanos;
        lastTag = tag;
        sensorMask[sensorIndex >>> 6] |= 1L << (sensorIndex & 63);
    }

    /**
     * Records an update by a plot older than the track's time (re-processed out of
     * sequence): counted, its sensor recorded, the track's times and last tag unchanged.
     *
     * @param sensorIndex the sensor that made it
     */
    public void recordLateHit(final int sensorIndex) {
        hits++;
        sensorMask[sensorIndex >>> 6] |= 1L << (sensorIndex & 63);
    }

    /**
     * Sets the time the state refers to (after a prediction).
     *
     * @param nanos nanoseconds since the Unix epoch
     */
    public void time(final long nanos) {
        timeNanos = nanos;
    }

    /**
     * Sets the status.
     *
     * @param newStatus the new status
     */
    public void status(final TrackStatus newStatus) {
        status = newStatus;
    }

    /**
     * Records that the track was reported at a time.
     *
     * @param nanos engine time of the report
     */
    public void reported(final long nanos) {
        lastReportNanos = nanos;
    }

    /**
     * Returns the table slot of this track (stable while it lives).
     *
     * @return the slot index
     */
    public int slot() {
        return slot;
    }

    /**
     * Returns the track id: positive, increasing, never reused.
     *
     * @return the id
     */
    public long id() {
        return id;
    }

    /**
     * Returns the status.
     *
     * @return the status
     */
    public TrackStatus status() {
        return status;
    }

    /**
     * Returns the state dimension n.
     *
     * @return n
     */
    public int dimension() {
        return dimension;
    }

    /**
     * Returns the live state array (ECEF position m, velocity m/s, extras).
     *
     * @return the state, n elements in use
     */
    public double[] state() {
        return state;
    }

    /**
     * Returns the live covariance array, n x n row-major.
     *
     * @return the covariance
     */
    public double[] covariance() {
        return covariance;
    }

    /**
     * Returns the time the state refers to, nanoseconds since the Unix epoch.
     *
     * @return the state time
     */
    public long timeNanos() {
        return timeNanos;
    }

    /**
     * Returns the time of the last plot that updated the track.
     *
     * @return nanoseconds since the Unix epoch
     */
    public long lastUpdateNanos() {
        return lastUpdateNanos;
    }

    /**
     * Returns the engine time of the last report, or Long.MIN_VALUE if never reported.
     *
     * @return nanoseconds since the Unix epoch
     */
    public long lastReportNanos() {
        return lastReportNanos;
    }

    /**
     * Returns the initiation time.
     *
     * @return nanoseconds since the Unix epoch
     */
    public long createdNanos() {
        return createdNanos;
    }

    /**
     * Returns the number of plots that have updated the track (the initiating one included).
     *
     * @return hits
     */
    public int hits() {
        return hits;
    }

    /**
     * Returns the host's tag of the last plot that updated the track.
     *
     * @return the tag
     */
    public long lastTag() {
        return lastTag;
    }

    /**
     * Returns whether a sensor has contributed a plot to this track.
     *
     * @param sensorIndex the engine's sensor index
     * @return true if it has
     */
    public boolean contributed(final int sensorIndex) {
        return (sensorMask[sensorIndex >>> 6] & (1L << (sensorIndex & 63))) != 0L;
    }

    /**
     * Returns whether the track is alive (not dropped).
     *
     * @return true while the slot holds a live track
     */
    public boolean alive() {
        return status != TrackStatus.DROPPED;
    }
}
