package io.vigil.fusion.association;

/**
 * The coarse stage of {@link NearestGateAssociator}'s gate, in one place so that the linear
 * scan and {@link SpatialTrackIndex} evaluate the very same expression (same operations in
 * the same order, hence the same double result bit for bit).
 *
 * <p>A plot is coarsely near a track when its position lies within six sigma of the track's
 * linearly extrapolated position (position variance plus velocity variance times dt squared,
 * plus the plot's own position variance) plus the drift of a 10 g unmodelled acceleration,
 * 0.5 a dt^2.
 */
final class CoarseGate {

    /** Sigmas of the combined position uncertainty the coarse radius spans. */
    static final double SIGMAS = 6.0;
    /** The unmodelled acceleration whose drift the coarse radius covers, m/s^2 (about 10 g). */
    static final double UNMODELLED_ACCELERATION = 100.0;

    private CoarseGate() {
    }

    /**
     * Returns the sum of the three position variances of a covariance, in the order the gate
     * adds them.
     *
     * @param p the covariance, n x n row-major
     * @param n the state dimension
     * @return P(0,0) + P(1,1) + P(2,2), m^2
     */
    static double positionVariance(final double[] p, final int n) {
        return p[0] + p[n + 1] + p[2 * n + 2];
    }

    /**
     * Returns the sum of the three velocity variances of a covariance, in the order the gate
     * adds them.
     *
     * @param p the covariance, n x n row-major
     * @param n the state dimension
     * @return P(3,3) + P(4,4) + P(5,5), m^2/s^2
     */
    static double velocityVariance(final double[] p, final int n) {
        return p[3 * n + 3] + p[4 * n + 4] + p[5 * n + 5];
    }

    /**
     * Returns whether a plot is coarsely near a track.
     *
     * @param x track position x at its state time, m
     * @param y track position y, m
     * @param z track position z, m
     * @param vx track velocity x, m/s
     * @param vy track velocity y, m/s
     * @param vz track velocity z, m/s
     * @param positionVariance {@link #positionVariance}, m^2
     * @param velocityVariance {@link #velocityVariance}, m^2/s^2
     * @param plotPosition the plot's ECEF x, y, z (m) and the trace of its position covariance (m^2)
     * @param dt plot time minus track time, s
     * @return true if the exact gate must be tried
     */
    static boolean near(final double x, final double y, final double z, final double vx, final double vy,
        final double vz, final double positionVariance, final double velocityVariance, final double[] plotPosition, final double dt) {
        final double dx = x + vx * dt - plotPosition[0];
        final double dy = y + vy * dt - plotPosition[1];
        final double dz = z + vz * dt - plotPosition[2];
        final double distance2 = dx * dx + dy * dy + dz * dz;
        final double radius = SIGMAS * Math.sqrt(positionVariance + velocityVariance * dt * dt + plotPosition[3])
            + 0.5 * UNMODELLED_ACCELERATION * dt * dt;
        return distance2 <= radius * radius;
    }
}
