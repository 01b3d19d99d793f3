package io.vigil.fusion.engine;

import com.lmax.disruptor.RingBuffer;

/**
 * A claimed slot of the ingest ring, filled with fluent setters and handed to the fusion
 * thread by {@link #commit()}. A flyweight: each {@link PlotPublisher} owns one and returns
 * it from every claim, so nothing is allocated per plot. Use it on the publisher's thread
 * only, and always commit what was claimed (the ring cannot skip a slot): a claim committed
 * without a sensor is rejected as {@link RejectReason#UNKNOWN_SENSOR}.
 *
 * <p>Units are SI (metres, radians, seconds, m/s); times are nanoseconds since the Unix
 * epoch, UTC; ECEF is WGS-84. Fields not set are absent.
 */
public final class PlotClaim {

    private final RingBuffer<PlotSlot> ring;
    private final EngineCounters counters;
    private PlotSlot slot;
    private long sequence = -1L;

    PlotClaim(final RingBuffer<PlotSlot> ring, final EngineCounters counters) {
        this.ring = ring;
        this.counters = counters;
    }

    /** Binds the flyweight to a claimed sequence and clears its slot. */
    PlotClaim bind(final long claimedSequence) {
        sequence = claimedSequence;
        slot = ring.get(claimedSequence);
        slot.clear();
        return this;
    }

    /**
     * Sets the reporting sensor.
     *
     * @param sensorIndex the engine's index of the sensor ({@code FusionEngine.sensorIndex(id)})
     * @return this claim
     */
    public PlotClaim sensor(final int sensorIndex) {
        slot.sensorIndex = sensorIndex;
        return this;
    }

    /**
     * Sets the measurement time.
     *
     * @param timeNanos nanoseconds since the Unix epoch, UTC
     * @return this claim
     */
    public PlotClaim time(final long timeNanos) {
        slot.timeNanos = timeNanos;
        return this;
    }

    /**
     * Sets the scan the plot belongs to: plots of one sensor with the same scan id form one
     * scan, associated jointly.
     *
     * @param scanId the sensor's scan number
     * @param endOfScan true on the scan's last plot, which closes it
     * @return this claim
     */
    public PlotClaim scan(final long scanId, final boolean endOfScan) {
        slot.scanId = scanId;
        slot.endOfScan = endOfScan;
        return this;
    }

    /**
     * Sets a radar measurement.
     *
     * @param rangeM slant range, metres
     * @param azimuthRad azimuth clockwise from geodetic north, radians in [0, 2pi)
     * @param elevationRad elevation above the local tangent plane, radians in [-pi/2, pi/2]
     * @return this claim
     */
    public PlotClaim radar(final double rangeM, final double azimuthRad, final double elevationRad) {
        slot.kind = PlotSlot.RADAR;
        slot.rangeM = rangeM;
        slot.azimuthRad = azimuthRad;
        slot.elevationRad = elevationRad;
        return this;
    }

    /**
     * Sets the radar's measured range rate.
     *
     * @param rangeRateMps m/s, positive when the range opens
     * @return this claim
     */
    public PlotClaim rangeRate(final double rangeRateMps) {
        slot.rangeRateMps = rangeRateMps;
        return this;
    }

    /**
     * Sets a space IR line of sight.
     *
     * @param x ECEF x component of the unit vector from the sensor to the target
     * @param y ECEF y component
     * @param z ECEF z component
     * @return this claim
     */
    public PlotClaim lineOfSight(final double x, final double y, final double z) {
        slot.kind = PlotSlot.LINE_OF_SIGHT;
        slot.losX = x;
        slot.losY = y;
        slot.losZ = z;
        return this;
    }

    /**
     * Sets the sensor's ECEF position at the measurement time (moving radars, IR sensors).
     *
     * @param xM ECEF x, metres
     * @param yM ECEF y, metres
     * @param zM ECEF z, metres
     * @return this claim
     */
    public PlotClaim sensorPosition(final double xM, final double yM, final double zM) {
        slot.sensorX = xM;
        slot.sensorY = yM;
        slot.sensorZ = zM;
        return this;
    }

    /**
     * Sets the sensor's ECEF velocity (moving radars measuring range rate).
     *
     * @param vxMps ECEF x, m/s
     * @param vyMps ECEF y, m/s
     * @param vzMps ECEF z, m/s
     * @return this claim
     */
    public PlotClaim sensorVelocity(final double vxMps, final double vyMps, final double vzMps) {
        slot.sensorVx = vxMps;
        slot.sensorVy = vyMps;
        slot.sensorVz = vzMps;
        return this;
    }

    /**
     * Overrides the sensor's default sigmas for this plot; NaN keeps a default.
     *
     * @param rangeM range sigma, metres
     * @param azimuthRad azimuth (or line-of-sight) sigma, radians
     * @param elevationRad elevation (or line-of-sight) sigma, radians
     * @param rangeRateMps range-rate sigma, m/s
     * @return this claim
     */
    public PlotClaim sigmas(final double rangeM, final double azimuthRad, final double elevationRad,
        final double rangeRateMps) {
        slot.sigmaRangeM = rangeM;
        slot.sigmaAzimuthRad = azimuthRad;
        slot.sigmaElevationRad = elevationRad;
        slot.sigmaRangeRateMps = rangeRateMps;
        return this;
    }

    /**
     * Sets an opaque tag of the host's, echoed on the callbacks this plot causes (for example
     * a per-producer sequence number or a message id).
     *
     * @param tag any value
     * @return this claim
     */
    public PlotClaim tag(final long tag) {
        slot.tag = tag;
        return this;
    }

    /** Marks the slot as a clock tick (used by {@link PlotPublisher#tick}). */
    void markTick() {
        slot.kind = PlotSlot.TICK;
    }

    /** Makes the slot a change of a defended area (used by {@link PlotPublisher#defendedArea}). */
    void markArea(final int index, final double latitudeRad, final double longitudeRad, final double radiusM) {
        slot.kind = PlotSlot.AREA;
        slot.areaIndex = index;
        slot.areaLatitudeRad = latitudeRad;
        slot.areaLongitudeRad = longitudeRad;
        slot.areaRadiusM = radiusM;
    }

    /** Hands the plot to the fusion thread. The claim must not be used again before the next claim. */
    public void commit() {
        final long committed = sequence;
        sequence = -1L;
        slot = null;
        counters.incrementPublished();
        ring.publish(committed);
    }
}
