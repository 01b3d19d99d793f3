package io.vigil.fusion.trajectory;

/**
 * A predicted surface crossing (an impact, or a launch when propagated backwards): when and
 * where, with the Gaussian uncertainty of the point in the local east/north plane at it, its
 * 95 % ellipse and CEP50, and the uncertainty of the time.
 *
 * <p>Mutable and reused: {@link ImpactPredictor} and {@link LaunchEstimator} fill it. Not
 * thread-safe.
 */
public final class ImpactEstimate {

    private boolean valid;
    private long crossingNanos;
    private double latitudeRad = Double.NaN;
    private double longitudeRad = Double.NaN;
    private double eastEast = Double.NaN;
    private double eastNorth = Double.NaN;
    private double northNorth = Double.NaN;
    private double timeSigmaS = Double.NaN;
    private final double[] ecef = new double[3];
    private final ImpactEllipse ellipse = new ImpactEllipse();

    /** Creates an estimate that holds nothing ({@link #valid()} false). */
    public ImpactEstimate() {
    }

    void set(final long crossingNanos, final double latitudeRad, final double longitudeRad, final double x,
        final double y, final double z, final double eastEast, final double eastNorth, final double northNorth,
        final double timeVariance) {
        this.crossingNanos = crossingNanos;
        this.latitudeRad = latitudeRad;
        this.longitudeRad = longitudeRad;
        this.ecef[0] = x;
        this.ecef[1] = y;
        this.ecef[2] = z;
        this.eastEast = eastEast;
        this.eastNorth = eastNorth;
        this.northNorth = northNorth;
        this.timeSigmaS = Math.sqrt(timeVariance);
        this.valid = ellipse.set(eastEast, eastNorth, northNorth) && timeVariance >= 0.0;
    }

    /** Marks the estimate empty. */
    public void clear() {
        valid = false;
    }

    /**
     * Returns whether the estimate holds a crossing with a usable covariance.
     *
     * @return true if it does
     */
    public boolean valid() {
        return valid;
    }

    /**
     * Returns the crossing time.
     *
     * @return nanoseconds since the Unix epoch, UTC
     */
    public long crossingNanos() {
        return crossingNanos;
    }

    /**
     * Returns the crossing point's geodetic latitude.
     *
     * @return radians
     */
    public double latitudeRad() {
        return latitudeRad;
    }

    /**
     * Returns the crossing point's longitude.
     *
     * @return radians
     */
    public double longitudeRad() {
        return longitudeRad;
    }

    /**
     * Returns a coordinate of the crossing point.
     *
     * @param axis 0, 1, 2 for ECEF x, y, z
     * @return metres
     */
    public double ecef(final int axis) {
        return ecef[axis];
    }

    /**
     * Returns the point's variance east, in the local tangent plane at the point.
     *
     * @return m^2
     */
    public double eastEast() {
        return eastEast;
    }

    /**
     * Returns the point's east-north covariance.
     *
     * @return m^2
     */
    public double eastNorth() {
        return eastNorth;
    }

    /**
     * Returns the point's variance north.
     *
     * @return m^2
     */
    public double northNorth() {
        return northNorth;
    }

    /**
     * Returns the standard deviation of the crossing time.
     *
     * @return seconds
     */
    public double timeSigmaS() {
        return timeSigmaS;
    }

    /**
     * Returns the point's 95 % ellipse and CEP50.
     *
     * @return the ellipse (owned by this estimate)
     */
    public ImpactEllipse ellipse() {
        return ellipse;
    }
}
