package io.vigil.fusion.motion;

/**
 * Process-noise building blocks shared by the motion models beyond the white-acceleration
 * block of {@link ConstantVelocityMotion#whiteAccelerationNoise}.
 */
final class Noise {

    private Noise() {
    }

    /**
     * Validates a power spectral density.
     *
     * @param density the value
     * @param name what it is, for the message
     * @param unit its unit, for the message
     * @return the value
     * @throws IllegalArgumentException if it is negative or not finite
     */
    static double checkDensity(final double density, final String name, final String unit) {
        if (!(density >= 0.0 && Double.isFinite(density))) {
            throw new IllegalArgumentException(name + " must be finite and >= 0 " + unit + ", got " + density);
        }
        return density;
    }

    /**
     * Writes the process noise of a white-noise jerk (a Wiener-process acceleration) on the
     * position, velocity and acceleration states, zeros elsewhere: per axis
     * q [[dt^5/20, dt^4/8, dt^3/6], [dt^4/8, dt^3/3, dt^2/2], [dt^3/6, dt^2/2, dt]]
     * (Bar-Shalom, Li and Kirubarajan, "Estimation with Applications to Tracking and
     * Navigation", 2001, section 6.2.3).
     *
     * @param q jerk power spectral density per axis, m^2/s^5
     * @param dt time step magnitude, seconds
     * @param n state dimension (at least 9)
     * @param accelerationIndex index of the x acceleration; y and z follow it
     * @param noiseOut receives the n x n matrix, row-major
     */
    static void whiteJerkNoise(
        final double q, final double dt, final int n, final int accelerationIndex, final double[] noiseOut) {
        java.util.Arrays.fill(noiseOut, 0, n * n, 0.0);
        final double dt2 = dt * dt;
        final double dt3 = dt2 * dt;
        final double pp = q * dt3 * dt2 / 20.0;
        final double pv = q * dt2 * dt2 / 8.0;
        final double pa = q * dt3 / 6.0;
        final double vv = q * dt3 / 3.0;
        final double va = q * dt2 / 2.0;
        final double aa = q * dt;
        for (int i = 0; i < 3; i++) {
            final int p = i;
            final int v = 3 + i;
            final int a = accelerationIndex + i;
            noiseOut[p * n + p] = pp;
            noiseOut[p * n + v] = pv;
            noiseOut[v * n + p] = pv;
            noiseOut[p * n + a] = pa;
            noiseOut[a * n + p] = pa;
            noiseOut[v * n + v] = vv;
            noiseOut[v * n + a] = va;
            noiseOut[a * n + v] = va;
            noiseOut[a * n + a] = aa;
        }
    }
}
