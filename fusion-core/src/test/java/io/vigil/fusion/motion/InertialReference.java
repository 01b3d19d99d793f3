package io.vigil.fusion.motion;

import io.vigil.fusion.geo.Geodetic;
import io.vigil.fusion.geo.Wgs84;

/**
 * An independent high-accuracy propagator for the tests: point-mass + J2 gravity in an
 * inertial frame (Vigil's ECI), integrated by the adaptive Dormand-Prince 5(4) pair
 * (Dormand and Prince, J. Comp. Appl. Math. 6, 1980; Hairer, Norsett and Wanner, "Solving
 * Ordinary Differential Equations I", table 5.2) with local extrapolation and a tight
 * mixed error tolerance. No rotating-frame terms: the comparison with an ECEF model checks
 * the Coriolis and centrifugal terms by rotating the result, not by sharing them.
 *
 * <p>Optionally with drag on an object of inverse ballistic coefficient kappa in an
 * atmosphere that turns with the Earth: a_d = -(kappa rho(h) / 2) |v_air| v_air with
 * v_air = v - omega x r the inertial velocity less the air's, and h the exact geodetic
 * height ({@link Geodetic#fromEcef}, which a rotation about z does not change).
 */
public final class InertialReference {

    private static final double[][] A = {
        {},
        {1.0 / 5},
        {3.0 / 40, 9.0 / 40},
        {44.0 / 45, -56.0 / 15, 32.0 / 9},
        {19372.0 / 6561, -25360.0 / 2187, 64448.0 / 6561, -212.0 / 729},
        {9017.0 / 3168, -355.0 / 33, 46732.0 / 5247, 49.0 / 176, -5103.0 / 18656},
        {35.0 / 384, 0.0, 500.0 / 1113, 125.0 / 192, -2187.0 / 6784, 11.0 / 84},
    };
    /** Fifth-order weights (the last row of A: first same as last). */
    private static final double[] B5 = {35.0 / 384, 0.0, 500.0 / 1113, 125.0 / 192, -2187.0 / 6784, 11.0 / 84, 0.0};
    /** Embedded fourth-order weights, for the error estimate only. */
    private static final double[] B4 = {
        5179.0 / 57600, 0.0, 7571.0 / 16695, 393.0 / 640, -92097.0 / 339200, 187.0 / 2100, 1.0 / 40,
    };

    private final double mu;
    private final double j2;
    private final double radius;
    private final double relativeTolerance;
    private final double absoluteTolerance;
    private Atmosphere atmosphere;
    private double kappa;
    private final double[] geodetic = new double[3];

    /**
     * @param mu GM, m^3/s^2 (0 switches gravity off)
     * @param j2 the J2 coefficient (0 for a spherical Earth)
     * @param radius the reference radius of J2, metres
     * @param relativeTolerance per-step relative error bound
     * @param absoluteToleranceM per-step absolute error bound, metres and m/s
     */
    public InertialReference(
        final double mu, final double j2, final double radius,
        final double relativeTolerance, final double absoluteToleranceM) {
        this.mu = mu;
        this.j2 = j2;
        this.radius = radius;
        this.relativeTolerance = relativeTolerance;
        this.absoluteTolerance = absoluteToleranceM;
    }

    /**
     * Adds drag in an atmosphere co-rotating with the Earth.
     *
     * @param densityModel density by geodetic height
     * @param inverseBallisticCoefficient kappa = 1 / beta, m^2/kg
     * @return this
     */
    public InertialReference withDrag(final Atmosphere densityModel, final double inverseBallisticCoefficient) {
        this.atmosphere = densityModel;
        this.kappa = inverseBallisticCoefficient;
        return this;
    }

    /** Vallado eq. 8-30 form: a = -mu r / r^3 (1 - 3/2 J2 (R/r)^2 (5 z^2/r^2 - 1)), z with (5 z^2/r^2 - 3). */
    void derivative(final double[] y, final double[] dy) {
        final double r2 = y[0] * y[0] + y[1] * y[1] + y[2] * y[2];
        final double r = Math.sqrt(r2);
        final double factor = -mu / (r2 * r);
        final double oblateness = 1.5 * j2 * radius * radius / r2;
        final double zz = 5.0 * y[2] * y[2] / r2;
        dy[0] = y[3];
        dy[1] = y[4];
        dy[2] = y[5];
        dy[3] = factor * y[0] * (1.0 - oblateness * (zz - 1.0));
        dy[4] = factor * y[1] * (1.0 - oblateness * (zz - 1.0));
        dy[5] = factor * y[2] * (1.0 - oblateness * (zz - 3.0));
        if (atmosphere != null) {
            final double omega = Wgs84.ANGULAR_VELOCITY_RAD_PER_S;
            final double airX = y[3] + omega * y[1];
            final double airY = y[4] - omega * y[0];
            final double airZ = y[5];
            final double airSpeed = Math.sqrt(airX * airX + airY * airY + airZ * airZ);
            Geodetic.fromEcef(y[0], y[1], y[2], geodetic);
            final double drag = -0.5 * kappa * atmosphere.density(geodetic[Geodetic.HEIGHT]) * airSpeed;
            dy[3] += drag * airX;
            dy[4] += drag * airY;
            dy[5] += drag * airZ;
        }
    }

    /**
     * Propagates an inertial state.
     *
     * @param state x, y, z (m), vx, vy, vz (m/s) at t0, not modified
     * @param duration seconds, either sign
     * @return the state at t0 + duration
     */
    public double[] propagate(final double[] state, final double duration) {
        final double[] y = state.clone();
        final double[][] k = new double[7][6];
        final double[] stage = new double[6];
        final double[] next = new double[6];
        final double direction = Math.signum(duration);
        double remaining = Math.abs(duration);
        double h = Math.min(1.0, remaining);
        int steps = 0;
        while (remaining > 0.0) {
            if (++steps > 10_000_000) {
                throw new IllegalStateException("reference integration does not converge");
            }
            h = Math.min(h, remaining);
            final double signedH = direction * h;
            derivative(y, k[0]);
            for (int s = 1; s < 7; s++) {
                for (int i = 0; i < 6; i++) {
                    double sum = 0.0;
                    for (int j = 0; j < s; j++) {
                        sum += A[s][j] * k[j][i];
                    }
                    stage[i] = y[i] + signedH * sum;
                }
                derivative(stage, k[s]);
            }
            double error = 0.0;
            for (int i = 0; i < 6; i++) {
                double fifth = 0.0;
                double fourth = 0.0;
                for (int s = 0; s < 7; s++) {
                    fifth += B5[s] * k[s][i];
                    fourth += B4[s] * k[s][i];
                }
                next[i] = y[i] + signedH * fifth;
                final double scale =
                    absoluteTolerance + relativeTolerance * Math.max(Math.abs(y[i]), Math.abs(next[i]));
                error = Math.max(error, Math.abs(signedH * (fifth - fourth)) / scale);
            }
            if (error <= 1.0) {
                System.arraycopy(next, 0, y, 0, 6);
                remaining = h >= remaining ? 0.0 : remaining - h;
            }
            // Standard controller: safety 0.9, growth limited to [0.2, 5].
            final double factor = error == 0.0 ? 5.0 : 0.9 * StrictMath.pow(error, -0.2);
            h *= Math.min(5.0, Math.max(0.2, factor));
        }
        return y;
    }
}
