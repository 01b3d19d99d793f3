package io.vigil.fusion.motion;

/**
 * Nearly constant velocity in ECEF: straight-line motion driven by continuous white-noise
 * acceleration, discretised exactly.
 *
 * <p>State (n = 6): x, y, z (m), vx, vy, vz (m/s) in ECEF. Over a step dt the transition is
 * F = [[I, dt I], [0, I]] and the process noise, from an acceleration of power spectral
 * density q per axis (m^2/s^3), is Q = q [[dt^3/3 I, dt^2/2 I], [dt^2/2 I, dt I]] (Bar-Shalom,
 * Li and Kirubarajan, "Estimation with Applications to Tracking and Navigation", 2001,
 * section 6.2.2). No gravity: for objects whose acceleration the noise can cover (aircraft,
 * a track's first seconds); ballistic objects use {@link BallisticMotion}.
 */
public final class ConstantVelocityMotion implements MotionModel {

    private static final int N = 6;

    private final double accelerationDensity;

    /**
     * Creates the model.
     *
     * @param accelerationDensityM2PerS3 q, the power spectral density of the white-noise
     *     acceleration on each axis, m^2/s^3 (q dt is the velocity variance gained over dt)
     * @throws IllegalArgumentException if q is negative or not finite
     */
    public ConstantVelocityMotion(final double accelerationDensityM2PerS3) {
        if (!(accelerationDensityM2PerS3 >= 0.0 && Double.isFinite(accelerationDensityM2PerS3))) {
            throw new IllegalArgumentException(
                "acceleration density must be finite and >= 0 m^2/s^3, got " + accelerationDensityM2PerS3);
        }
        this.accelerationDensity = accelerationDensityM2PerS3;
    }

    /**
     * Returns q, the acceleration power spectral density per axis, m^2/s^3.
     *
     * @return q, the acceleration power spectral density per axis, m^2/s^3
     */
    public double accelerationDensity() {
        return accelerationDensity;
    }

    @Override
    public int dimension() {
        return N;
    }

    @Override
    public void propagate(final double[] state, final double dtSeconds, final double[] transitionOut) {
        for (int i = 0; i < 3; i++) {
            state[i] += dtSeconds * state[3 + i];
        }
        if (transitionOut != null) {
            java.util.Arrays.fill(transitionOut, 0, N * N, 0.0);
            for (int i = 0; i < N; i++) {
                transitionOut[i * N + i] = 1.0;
            }
            for (int i = 0; i < 3; i++) {
                transitionOut[i * N + 3 + i] = dtSeconds;
            }
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>With F = [[I, dt I], [0, I]]: P_pp + dt (P_pv + P_vp) + dt^2 P_vv, P_pv + dt P_vv and
     * P_vv, plus Q: a fifth of the dense product's operations, equal to it to rounding.
     */
    @Override
    public void propagateCovariance(final double dtSeconds, final double[] transition, final double[] covariance,
        final double[] noise, final double[] work) {
        final double dt = dtSeconds;
        final double[] p = covariance;
        for (int i = 0; i < 3; i++) {
            for (int j = i; j < 3; j++) {
                final double pp = p[i * N + j] + dt * (p[i * N + 3 + j] + p[(3 + i) * N + j])
                    + dt * dt * p[(3 + i) * N + 3 + j];
                work[i * N + j] = pp;
            }
            for (int j = 0; j < 3; j++) {
                work[i * N + 3 + j] = p[i * N + 3 + j] + dt * p[(3 + i) * N + 3 + j];
            }
        }
        for (int i = 0; i < 3; i++) {
            for (int j = i; j < 3; j++) {
                symmetric(p, i, j, work[i * N + j], noise);
                symmetric(p, 3 + i, 3 + j, p[(3 + i) * N + 3 + j], noise);
            }
            for (int j = 0; j < 3; j++) {
                symmetric(p, i, 3 + j, work[i * N + 3 + j], noise);
            }
        }
    }

    /** Writes value + the symmetric part of Q at (i, j) and (j, i). */
    private static void symmetric(final double[] p, final int i, final int j, final double value, final double[] noise) {
        final double sum = value + 0.5 * (noise[i * N + j] + noise[j * N + i]);
        p[i * N + j] = sum;
        p[j * N + i] = sum;
    }

    @Override
    public void processNoise(final double[] state, final double dtSeconds, final double[] noiseOut) {
        final double dt = Math.abs(dtSeconds);
        whiteAccelerationNoise(accelerationDensity, dt, N, noiseOut);
    }

    /**
     * Writes the position-velocity block of white-noise-acceleration process noise into an
     * n x n matrix (zeros elsewhere): q [[dt^3/3 I, dt^2/2 I], [dt^2/2 I, dt I]] on the first
     * six states. Shared by every model whose unmodelled forces are white accelerations.
     *
     * @param q acceleration power spectral density per axis, m^2/s^3
     * @param dt time step magnitude, seconds
     * @param n state dimension (at least 6)
     * @param noiseOut receives the n x n matrix, row-major
     */
    static void whiteAccelerationNoise(final double q, final double dt, final int n, final double[] noiseOut) {
        java.util.Arrays.fill(noiseOut, 0, n * n, 0.0);
        final double pp = q * dt * dt * dt / 3.0;
        final double pv = q * dt * dt / 2.0;
        final double vv = q * dt;
        for (int i = 0; i < 3; i++) {
            noiseOut[i * n + i] = pp;
            noiseOut[i * n + 3 + i] = pv;
            noiseOut[(3 + i) * n + i] = pv;
            noiseOut[(3 + i) * n + 3 + i] = vv;
        }
    }
}
