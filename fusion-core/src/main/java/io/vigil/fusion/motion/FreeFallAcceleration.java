package io.vigil.fusion.motion;

import io.vigil.fusion.geo.Wgs84;

/**
 * The acceleration of a body on which only gravity acts, seen in ECEF: point-mass gravity,
 * the J2 zonal term, and, in the rotating frame, the Coriolis (-2 omega x v) and centrifugal
 * (-omega x (omega x r)) terms, as {@link EarthModel} selects.
 *
 * <p>From the potential U = GM / r - (GM J2 a^2 / (2 r^3)) (3 z^2 / r^2 - 1) (Vallado,
 * "Fundamentals of Astrodynamics and Applications", 4th ed., 2013, eq. 8-21, with a the
 * equatorial radius): with K = GM J2 a^2 / 2,
 * g = r (-GM / r^3 - 3K / r^5 + 15K z^2 / r^7) - e_z 6K z / r^5, and its gradient, which is
 * symmetric, in closed form. Columns of the Jacobian beyond the first six (a model's extra
 * states) are zero here; models that add forces add their own.
 */
final class FreeFallAcceleration implements Acceleration {

    private final int n;
    private final double gm;
    /** K = GM J2 a^2 / 2, m^5/s^2; 0 without J2, so the J2 terms vanish without a branch. */
    private final double k;
    private final double omega;

    /**
     * @param earth which forces to include
     * @param n the state dimension, for the Jacobian's row stride
     */
    FreeFallAcceleration(final EarthModel earth, final int n) {
        this.n = n;
        this.gm = earth.gm();
        final double a = Wgs84.SEMI_MAJOR_AXIS_M;
        this.k = earth.j2() ? 0.5 * Wgs84.GM_M3_PER_S2 * Wgs84.J2 * a * a : 0.0;
        this.omega = earth.omega();
    }

    @Override
    public int dimension() {
        return n;
    }

    @Override
    public void evaluate(final double[] state, final double[] accelerationOut, final double[] jacobianOut) {
        final double x = state[0];
        final double y = state[1];
        final double z = state[2];
        final double vx = state[3];
        final double vy = state[4];
        final double invR2 = 1.0 / (x * x + y * y + z * z);
        final double invR = Math.sqrt(invR2);
        final double invR3 = invR * invR2;
        final double invR5 = invR3 * invR2;
        final double invR7 = invR5 * invR2;
        final double z2 = z * z;
        final double radial = -gm * invR3 - 3.0 * k * invR5 + 15.0 * k * z2 * invR7;
        final double polar = -6.0 * k * z * invR5;
        final double w2 = omega * omega;
        accelerationOut[0] = radial * x + w2 * x + 2.0 * omega * vy;
        accelerationOut[1] = radial * y + w2 * y - 2.0 * omega * vx;
        accelerationOut[2] = radial * z + polar;
        if (jacobianOut == null) {
            return;
        }
        java.util.Arrays.fill(jacobianOut, 0, 3 * n, 0.0);
        // Gravity gradient: radial I + c1 r r^T + c2 (r e_z^T + e_z r^T) - 6K/r^5 e_z e_z^T.
        final double c1 = 3.0 * gm * invR5 + 15.0 * k * invR7 - 105.0 * k * z2 * invR7 * invR2;
        final double c2 = 30.0 * k * z * invR7;
        final double xz = c1 * x * z + c2 * x;
        final double yz = c1 * y * z + c2 * y;
        final double xy = c1 * x * y;
        jacobianOut[0] = radial + c1 * x * x;
        jacobianOut[1] = xy;
        jacobianOut[2] = xz;
        jacobianOut[n] = xy;
        jacobianOut[n + 1] = radial + c1 * y * y;
        jacobianOut[n + 2] = yz;
        jacobianOut[2 * n] = xz;
        jacobianOut[2 * n + 1] = yz;
        jacobianOut[2 * n + 2] = radial + c1 * z2 + 2.0 * c2 * z - 6.0 * k * invR5;
        // Centrifugal gradient diag(w^2, w^2, 0); Coriolis -2 [omega x] on the velocity.
        jacobianOut[0] += w2;
        jacobianOut[n + 1] += w2;
        jacobianOut[4] = 2.0 * omega;
        jacobianOut[n + 3] = -2.0 * omega;
    }
}
