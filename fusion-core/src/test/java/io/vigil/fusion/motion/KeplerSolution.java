package io.vigil.fusion.motion;

/**
 * Kepler's two-body problem in closed form, the reference for inertial point-mass
 * propagation: universal-variable formulation with Lagrange's f and g functions (Curtis,
 * "Orbital Mechanics for Engineering Students", 3rd ed., algorithms 3.3 and 3.4; Vallado,
 * "Fundamentals of Astrodynamics and Applications", 4th ed., algorithm 8), Newton's method
 * on the universal Kepler equation. Works for elliptic and hyperbolic arcs alike. Written
 * independently of the code under test.
 */
final class KeplerSolution {

    private KeplerSolution() {
    }

    /**
     * Propagates an inertial state.
     *
     * @param mu gravitational parameter, m^3/s^2
     * @param state x, y, z (m), vx, vy, vz (m/s) at t0
     * @param dt time since t0, seconds, either sign
     * @return the state at t0 + dt
     */
    static double[] propagate(final double mu, final double[] state, final double dt) {
        final double rx = state[0];
        final double ry = state[1];
        final double rz = state[2];
        final double vx = state[3];
        final double vy = state[4];
        final double vz = state[5];
        final double r0 = Math.sqrt(rx * rx + ry * ry + rz * rz);
        final double v0Squared = vx * vx + vy * vy + vz * vz;
        final double radialVelocity = (rx * vx + ry * vy + rz * vz) / r0;
        final double sqrtMu = Math.sqrt(mu);
        // alpha = 1 / a, positive for ellipses.
        final double alpha = 2.0 / r0 - v0Squared / mu;

        double chi = sqrtMu * Math.abs(alpha) * dt;
        if (chi == 0.0) {
            chi = sqrtMu * dt / r0;
        }
        for (int iteration = 0; iteration < 100; iteration++) {
            final double z = alpha * chi * chi;
            final double c = stumpffC(z);
            final double s = stumpffS(z);
            final double f = r0 * radialVelocity / sqrtMu * chi * chi * c
                + (1.0 - alpha * r0) * chi * chi * chi * s + r0 * chi - sqrtMu * dt;
            final double derivative = r0 * radialVelocity / sqrtMu * chi * (1.0 - z * s)
                + (1.0 - alpha * r0) * chi * chi * c + r0;
            final double correction = f / derivative;
            chi -= correction;
            if (Math.abs(correction) <= 1e-15 * Math.abs(chi)) {
                break;
            }
        }
        final double z = alpha * chi * chi;
        final double c = stumpffC(z);
        final double s = stumpffS(z);
        final double f = 1.0 - chi * chi / r0 * c;
        final double g = dt - chi * chi * chi * s / sqrtMu;
        final double x = f * rx + g * vx;
        final double y = f * ry + g * vy;
        final double w = f * rz + g * vz;
        final double r = Math.sqrt(x * x + y * y + w * w);
        final double fDot = sqrtMu / (r * r0) * (alpha * chi * chi * chi * s - chi);
        final double gDot = 1.0 - chi * chi / r * c;
        return new double[] {
            x, y, w,
            fDot * rx + gDot * vx, fDot * ry + gDot * vy, fDot * rz + gDot * vz,
        };
    }

    /** C(z) = (1 - cos sqrt z) / z, with its series near 0 where the closed form cancels. */
    static double stumpffC(final double z) {
        if (Math.abs(z) < 0.1) {
            // sum (-z)^k / (2k + 2)!
            double term = 0.5;
            double sum = term;
            for (int k = 1; k < 20; k++) {
                term *= -z / ((2.0 * k + 1.0) * (2.0 * k + 2.0));
                sum += term;
            }
            return sum;
        }
        if (z > 0.0) {
            return (1.0 - StrictMath.cos(Math.sqrt(z))) / z;
        }
        return (StrictMath.cosh(Math.sqrt(-z)) - 1.0) / -z;
    }

    /** S(z) = (sqrt z - sin sqrt z) / sqrt(z)^3, with its series near 0. */
    static double stumpffS(final double z) {
        if (Math.abs(z) < 0.1) {
            // sum (-z)^k / (2k + 3)!
            double term = 1.0 / 6.0;
            double sum = term;
            for (int k = 1; k < 20; k++) {
                term *= -z / ((2.0 * k + 2.0) * (2.0 * k + 3.0));
                sum += term;
            }
            return sum;
        }
        if (z > 0.0) {
            final double q = Math.sqrt(z);
            return (q - StrictMath.sin(q)) / (q * q * q);
        }
        final double q = Math.sqrt(-z);
        return (StrictMath.sinh(q) - q) / (q * q * q);
    }
}
