package io.vigil.fusion.trajectory;

import io.vigil.fusion.geo.LocalFrame;

/**
 * Carries the Gaussian uncertainty of a state at a surface crossing onto the surface: a
 * position error d = (de, dn, du) in the local east/north/up frame at the crossing moves the
 * crossing along the velocity v by dt = -du / vu, so the point moves by (de - ve du / vu,
 * dn - vn du / vu) and the time by dt. First order, exact for a straight descent through the
 * crossing.
 */
final class CrossingProjection {

    private final LocalFrame frame = new LocalFrame();
    private final double[] position = new double[9];
    private final double[] enu = new double[9];
    private final double[] velocity = new double[3];

    /**
     * Fills an estimate from the state and covariance at a crossing.
     *
     * @param crossingNanos the crossing's time, ns since the Unix epoch
     * @param state the ECEF state at the crossing (position m, velocity m/s first)
     * @param covariance its n x n covariance, row-major
     * @param n the state dimension
     * @param out receives the point, its east/north covariance and the time's variance
     */
    void project(final long crossingNanos, final double[] state, final double[] covariance, final int n,
        final ImpactEstimate out) {
        frame.atEcef(state[0], state[1], state[2]);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                position[i * 3 + j] = covariance[i * n + j];
            }
        }
        frame.covarianceEcefToEnu(position, enu);
        frame.ecefVectorToEnu(state[3], state[4], state[5], velocity);
        final double ge = -velocity[0] / velocity[2];
        final double gn = -velocity[1] / velocity[2];
        // J = [[1, 0, ge], [0, 1, gn]] applied to the ENU position covariance.
        final double ee = enu[0] + 2.0 * ge * enu[2] + ge * ge * enu[8];
        final double en = enu[1] + ge * enu[5] + gn * enu[2] + ge * gn * enu[8];
        final double nn = enu[4] + 2.0 * gn * enu[5] + gn * gn * enu[8];
        final double timeVariance = enu[8] / (velocity[2] * velocity[2]);
        out.set(crossingNanos, frame.latitudeRad(), frame.longitudeRad(), state[0], state[1], state[2], ee, en, nn,
            timeVariance);
    }

    /**
     * Returns the local frame at the last projected crossing.
     *
     * @return the frame (owned by this projection)
     */
    LocalFrame frame() {
        return frame;
    }
}
