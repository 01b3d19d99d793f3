package io.vigil.fusion.engine;

import io.vigil.fusion.trajectory.FlightPhase;
import io.vigil.fusion.trajectory.ImpactEstimate;

/**
 * A track's predicted impact and estimated launch, as reported to the host: a flyweight
 * reused for every {@link FusionListener#onImpact} call, valid only during it. Points are
 * geodetic (WGS-84) on the surface at the configured height; ellipses are 95 % ellipses in
 * the local tangent plane at the point: semi-axes in metres, the major axis's orientation
 * clockwise from north. The launch values are NaN (and {@link #hasLaunch()} false) when the
 * track has no launch estimate.
 */
public final class ImpactView {

    private long trackId;
    private long timeNanos;
    private long stateTimeNanos;
    private FlightPhase phase;
    private ImpactEstimate impact;
    private boolean hasLaunch;
    private boolean launchFromBoost;
    private long launchTimeNanos;
    private double launchLatitudeRad;
    private double launchLongitudeRad;
    private double launchSemiMajor95M;
    private double launchSemiMinor95M;
    private double launchOrientationRad;

    ImpactView() {
    }

    ImpactView bind(final long id, final long engineTimeNanos, final long estimateTimeNanos,
        final FlightPhase trackPhase, final ImpactEstimate predicted) {
        this.trackId = id;
        this.timeNanos = engineTimeNanos;
        this.stateTimeNanos = estimateTimeNanos;
        this.phase = trackPhase;
        this.impact = predicted;
        this.hasLaunch = false;
        return this;
    }

    ImpactView launch(final boolean fromBoost, final long timeNanos, final double latitudeRad,
        final double longitudeRad, final double semiMajor95M, final double semiMinor95M, final double orientationRad) {
        this.hasLaunch = true;
        this.launchFromBoost = fromBoost;
        this.launchTimeNanos = timeNanos;
        this.launchLatitudeRad = latitudeRad;
        this.launchLongitudeRad = longitudeRad;
        this.launchSemiMajor95M = semiMajor95M;
        this.launchSemiMinor95M = semiMinor95M;
        this.launchOrientationRad = orientationRad;
        return this;
    }

    /**
     * Returns the track's id.
     *
     * @return the id
     */
    public long trackId() {
        return trackId;
    }

    /**
     * Returns the engine time the prediction is reported at: that of the maintenance pass
     * after the one that took it (100 ms of engine time later, or more if no plot or tick
     * came sooner), or the engine's time at close.
     *
     * @return nanoseconds since the Unix epoch, UTC
     */
    public long timeNanos() {
        return timeNanos;
    }

    /**
     * Returns the time of the track estimate the prediction started from (its last update).
     *
     * @return nanoseconds since the Unix epoch, UTC
     */
    public long stateTimeNanos() {
        return stateTimeNanos;
    }

    /**
     * Returns the track's flight phase when predicted (MIDCOURSE or REENTRY).
     *
     * @return the phase
     */
    public FlightPhase phase() {
        return phase;
    }

    /**
     * Returns the predicted impact time.
     *
     * @return nanoseconds since the Unix epoch, UTC
     */
    public long impactTimeNanos() {
        return impact.crossingNanos();
    }

    /**
     * Returns the time from the engine time the prediction is reported at to the impact.
     *
     * @return seconds
     */
    public double timeToImpactS() {
        return (impact.crossingNanos() - timeNanos) * 1e-9;
    }

    /**
     * Returns the standard deviation of the impact time.
     *
     * @return seconds
     */
    public double impactTimeSigmaS() {
        return impact.timeSigmaS();
    }

    /**
     * Returns the impact point's geodetic latitude.
     *
     * @return degrees
     */
    public double impactLatitudeDeg() {
        return Math.toDegrees(impact.latitudeRad());
    }

    /**
     * Returns the impact point's longitude.
     *
     * @return degrees, in (-180, 180]
     */
    public double impactLongitudeDeg() {
        return Math.toDegrees(impact.longitudeRad());
    }

    /**
     * Returns the impact ellipse's semi-major axis (95 %).
     *
     * @return metres
     */
    public double semiMajor95M() {
        return impact.ellipse().semiMajor95M();
    }

    /**
     * Returns the impact ellipse's semi-minor axis (95 %).
     *
     * @return metres
     */
    public double semiMinor95M() {
        return impact.ellipse().semiMinor95M();
    }

    /**
     * Returns the orientation of the impact ellipse's major axis, clockwise from north.
     *
     * @return degrees, in [0, 180)
     */
    public double orientationDeg() {
        return Math.toDegrees(impact.ellipse().orientationRad());
    }

    /**
     * Returns the impact point's circular error probable (50 %).
     *
     * @return metres
     */
    public double cep50M() {
        return impact.ellipse().cep50M();
    }

    /**
     * Returns an element of the impact point's covariance in the local east/north plane.
     *
     * @param i row: 0 east, 1 north
     * @param j column: 0 east, 1 north
     * @return m^2
     */
    public double impactCovariance(final int i, final int j) {
        return i == 0 && j == 0 ? impact.eastEast() : i == 1 && j == 1 ? impact.northNorth() : impact.eastNorth();
    }

    /**
     * Returns whether the track has a launch estimate.
     *
     * @return true if the launch values hold one
     */
    public boolean hasLaunch() {
        return hasLaunch;
    }

    /**
     * Returns whether the launch estimate comes from the boost phase (propagated back with the
     * boost model from a track state in boost) rather than ballistically from midcourse.
     *
     * @return true for a boost-phase estimate
     */
    public boolean launchFromBoost() {
        return hasLaunch && launchFromBoost;
    }

    /**
     * Returns the estimated launch time.
     *
     * @return nanoseconds since the Unix epoch, UTC ({@link Long#MIN_VALUE} without an estimate)
     */
    public long launchTimeNanos() {
        return hasLaunch ? launchTimeNanos : Long.MIN_VALUE;
    }

    /**
     * Returns the estimated launch point's geodetic latitude.
     *
     * @return degrees (NaN without an estimate)
     */
    public double launchLatitudeDeg() {
        return hasLaunch ? Math.toDegrees(launchLatitudeRad) : Double.NaN;
    }

    /**
     * Returns the estimated launch point's longitude.
     *
     * @return degrees (NaN without an estimate)
     */
    public double launchLongitudeDeg() {
        return hasLaunch ? Math.toDegrees(launchLongitudeRad) : Double.NaN;
    }

    /**
     * Returns the launch ellipse's semi-major axis (95 %).
     *
     * @return metres (NaN without an estimate)
     */
    public double launchSemiMajor95M() {
        return hasLaunch ? launchSemiMajor95M : Double.NaN;
    }

    /**
     * Returns the launch ellipse's semi-minor axis (95 %).
     *
     * @return metres (NaN without an estimate)
     */
    public double launchSemiMinor95M() {
        return hasLaunch ? launchSemiMinor95M : Double.NaN;
    }

    /**
     * Returns the orientation of the launch ellipse's major axis, clockwise from north.
     *
     * @return degrees in [0, 180) (NaN without an estimate)
     */
    public double launchOrientationDeg() {
        return hasLaunch ? Math.toDegrees(launchOrientationRad) : Double.NaN;
    }
}
