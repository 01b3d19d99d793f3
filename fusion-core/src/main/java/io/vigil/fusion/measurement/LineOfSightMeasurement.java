package io.vigil.fusion.measurement;

/**
 * A line of sight from a space-based infrared sensor: the measured ECEF unit vector u from
 * the sensor toward the target, as a two-dimensional measurement in the plane perpendicular
 * to u.
 *
 * <p>Formulation. A unit vector has two degrees of freedom, so it is not used as a
 * three-element measurement (whose R would be singular). From the measured u the model
 * builds an orthonormal pair perpendicular to it: e1 = (u x k) / |u x k|, with k the ECEF
 * axis least aligned with u (the first of x, y, z on a tie, so the choice is deterministic
 * and |u x k| >= sqrt(2/3)), and e2 = u x e1. Then
 * <pre>
 *   z = (0, 0),   h(x) = (e1 . w, e2 . w),   w = (p - s) / |p - s|,
 *   R = diag(sigma^2, sigma^2),   dh_i/dp = e_i^T (I - w w^T) / |p - s|,
 * </pre>
 * with p the target's and s the sensor's ECEF position. h is the projection of the
 * predicted direction on the tangent plane at u (dimensionless, the sine of the angle off
 * u, equal to the angle in radians to second order), so sigma is the angular noise per
 * axis in radians. The residual is a plain difference: both components are small
 * tangent-plane coordinates, never angles that wrap. The basis changes from plot to plot;
 * that is harmless, since each plot carries its own z = 0.
 *
 * <p>Limits. The projection cannot tell w from its mirror image behind the tangent plane
 * (w and -w both give h = 0): a state that puts the target behind the sensor, relative to
 * u, predicts a small residual. Tracks are seeded near the line of sight and gated, so this
 * does not arise in use, but a filter must not feed this model a state more than 90 deg
 * off u. A target at the sensor's position predicts h = 0 with a zero Jacobian. No light
 * time or aberration correction: the plot time is taken as the time the target is where
 * the line of sight points.
 *
 * <p>A mutable flyweight configured per plot through fluent setters that validate their
 * arguments; one thread only; nothing is allocated per call.
 */
public final class LineOfSightMeasurement implements MeasurementModel {

    /**
     * Largest accepted | |u| - 1 | of a measured line of sight: 1e-6. It admits a unit
     * vector rounded to single precision (|u| within about 2e-7 of 1) and rejects anything
     * that was not normalised at all (a position difference, a vector in other units);
     * the accepted u is renormalised, so its norm carries no weight.
     */
    public static final double UNIT_TOLERANCE = 1e-6;

    private static final int M = 2;

    private boolean sensorConfigured;
    private double sensorX;
    private double sensorY;
    private double sensorZ;

    private boolean lineOfSightConfigured;
    private double e1x;
    private double e1y;
    private double e1z;
    private double e2x;
    private double e2y;
    private double e2z;

    private double sigmaRad = Double.NaN;

    /** Creates an unconfigured model; configure the sensor, the line of sight and sigma. */
    public LineOfSightMeasurement() {
        // Everything is configured per plot through the setters.
    }

    /**
     * Sets the sensor's ECEF position at the time of the plot.
     *
     * @param xM ECEF x, metres, finite
     * @param yM ECEF y, metres, finite
     * @param zM ECEF z, metres, finite
     * @return this model
     * @throws IllegalArgumentException if a coordinate is not finite
     */
    public LineOfSightMeasurement sensor(final double xM, final double yM, final double zM) {
        sensorX = Checks.finite("sensor ECEF x (m)", xM);
        sensorY = Checks.finite("sensor ECEF y (m)", yM);
        sensorZ = Checks.finite("sensor ECEF z (m)", zM);
        sensorConfigured = true;
        return this;
    }

    /**
     * Sets the measured line of sight and builds the tangent-plane basis (e1, e2) at it.
     *
     * @param ux ECEF x component of the unit vector from the sensor toward the target
     * @param uy ECEF y component
     * @param uz ECEF z component
     * @return this model
     * @throws IllegalArgumentException if a component is not finite, or the norm differs
     *     from 1 by more than {@link #UNIT_TOLERANCE}
     */
    public LineOfSightMeasurement lineOfSight(final double ux, final double uy, final double uz) {
        Checks.finite("line of sight x", ux);
        Checks.finite("line of sight y", uy);
        Checks.finite("line of sight z", uz);
        final double norm = Math.sqrt(ux * ux + uy * uy + uz * uz);
        if (!(Math.abs(norm - 1.0) <= UNIT_TOLERANCE)) {
            throw new IllegalArgumentException("line of sight must be a unit vector (| |u| - 1 | <= "
                + UNIT_TOLERANCE + "), got |u| = " + norm + " for u = (" + ux + ", " + uy + ", " + uz + ")");
        }
        final double x = ux / norm;
        final double y = uy / norm;
        final double z = uz / norm;
        final double ax = Math.abs(x);
        final double ay = Math.abs(y);
        final double az = Math.abs(z);
        // u x k for the axis k least aligned with u.
        double cx;
        double cy;
        double cz;
        if (ax <= ay && ax <= az) {
            cx = 0.0;
            cy = z;
            cz = -y;
        } else if (ay <= az) {
            cx = -z;
            cy = 0.0;
            cz = x;
        } else {
            cx = y;
            cy = -x;
            cz = 0.0;
        }
        final double inverse = 1.0 / Math.sqrt(cx * cx + cy * cy + cz * cz);
        e1x = cx * inverse;
        e1y = cy * inverse;
        e1z = cz * inverse;
        e2x = y * e1z - z * e1y;
        e2y = z * e1x - x * e1z;
        e2z = x * e1y - y * e1x;
        lineOfSightConfigured = true;
        return this;
    }

    /**
     * Sets the angular noise, the same on both tangent-plane axes.
     *
     * @param sigmaRadians standard deviation per axis, radians, finite and > 0
     * @return this model
     * @throws IllegalArgumentException if sigma is not finite and positive
     */
    public LineOfSightMeasurement sigma(final double sigmaRadians) {
        sigmaRad = Checks.positive("line-of-sight sigma (rad)", sigmaRadians);
        return this;
    }

    /**
     * Writes the tangent-plane basis of the current line of sight, ECEF unit vectors.
     *
     * @param basisOut receives e1 at indices 0..2 and e2 at 3..5
     * @throws IllegalStateException if no line of sight is configured
     */
    public void tangentBasis(final double[] basisOut) {
        Checks.configured("line of sight", lineOfSightConfigured);
        basisOut[0] = e1x;
        basisOut[1] = e1y;
        basisOut[2] = e1z;
        basisOut[3] = e2x;
        basisOut[4] = e2y;
        basisOut[5] = e2z;
    }

    /**
     * {@inheritDoc}
     *
     * @return 2
     */
    @Override
    public int dimension() {
        return M;
    }

    /**
     * Writes z = (0, 0): the measured direction is the origin of its own tangent plane.
     *
     * @throws IllegalStateException if no line of sight is configured
     */
    @Override
    public void measurement(final double[] measurementOut) {
        Checks.configured("line of sight", lineOfSightConfigured);
        measurementOut[0] = 0.0;
        measurementOut[1] = 0.0;
    }

    /**
     * Predicts (e1 . w, e2 . w) (dimensionless) for the state's ECEF position; the Jacobian
     * (1/m) depends on position only.
     *
     * @throws IllegalArgumentException if {@code stateDimension < 6}
     * @throws IllegalStateException if the sensor or the line of sight is not configured
     */
    @Override
    public void predict(
        final double[] state, final int stateDimension, final double[] predictedOut, final double[] jacobianOut) {
        Checks.stateDimension(stateDimension);
        Checks.configured("line-of-sight sensor", sensorConfigured);
        Checks.configured("line of sight", lineOfSightConfigured);
        final double dx = state[0] - sensorX;
        final double dy = state[1] - sensorY;
        final double dz = state[2] - sensorZ;
        final double distance = Math.sqrt(dx * dx + dy * dy + dz * dz);
        if (distance == 0.0) {
            predictedOut[0] = 0.0;
            predictedOut[1] = 0.0;
            if (jacobianOut != null) {
                java.util.Arrays.fill(jacobianOut, 0, M * stateDimension, 0.0);
            }
            return;
        }
        final double inverse = 1.0 / distance;
        final double wx = dx * inverse;
        final double wy = dy * inverse;
        final double wz = dz * inverse;
        final double h1 = e1x * wx + e1y * wy + e1z * wz;
        final double h2 = e2x * wx + e2y * wy + e2z * wz;
        predictedOut[0] = h1;
        predictedOut[1] = h2;
        if (jacobianOut == null) {
            return;
        }
        final int n = stateDimension;
        java.util.Arrays.fill(jacobianOut, 0, M * n, 0.0);
        // e_i^T (I - w w^T) / |p - s| = (e_i - h_i w) / |p - s|
        jacobianOut[0] = (e1x - h1 * wx) * inverse;
        jacobianOut[1] = (e1y - h1 * wy) * inverse;
        jacobianOut[2] = (e1z - h1 * wz) * inverse;
        jacobianOut[n] = (e2x - h2 * wx) * inverse;
        jacobianOut[n + 1] = (e2y - h2 * wy) * inverse;
        jacobianOut[n + 2] = (e2z - h2 * wz) * inverse;
    }

    /** a - b, element by element: tangent-plane coordinates do not wrap. */
    @Override
    public void residual(final double[] a, final double[] b, final double[] residualOut) {
        residualOut[0] = a[0] - b[0];
        residualOut[1] = a[1] - b[1];
    }

    /**
     * Writes R = diag(sigma^2, sigma^2), rad^2.
     *
     * @throws IllegalStateException if sigma is not configured
     */
    @Override
    public void noise(final double[] noiseOut) {
        Checks.configured("line-of-sight sigma", !Double.isNaN(sigmaRad));
        final double variance = sigmaRad * sigmaRad;
        noiseOut[0] = variance;
        noiseOut[1] = 0.0;
        noiseOut[2] = 0.0;
        noiseOut[3] = variance;
    }
}
