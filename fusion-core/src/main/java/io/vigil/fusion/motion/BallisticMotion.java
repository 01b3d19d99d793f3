package io.vigil.fusion.motion;

import java.util.Objects;

/**
 * Midcourse (exo-atmospheric) ballistic flight in ECEF: point-mass gravity plus J2, with the
 * Coriolis and centrifugal terms of the rotating frame, driven by white-noise acceleration.
 *
 * <p>State (n = 6): x, y, z (m), vx, vy, vz (m/s) in ECEF (velocity relative to the rotating
 * Earth). Dynamics r'' = g(r) - 2 omega x v - omega x (omega x r) with g the point-mass + J2
 * gravity of WGS-84 (potential and gradient in the package-private FreeFallAcceleration)
 * and omega the Earth's rotation about z; {@link EarthModel} can remove J2, the rotation or
 * gravity for checks.
 *
 * <p>Integration: classical RK4 in equal substeps of at most
 * {@link #DEFAULT_MAX_STEP_SECONDS} (configurable), with the state-transition matrix from the
 * variational equations dPhi/dt = A(x) Phi, A = [[0, I], [G + W, -2 [omega x]]] (G the
 * analytic gravity gradient, W = diag(omega^2, omega^2, 0) the centrifugal gradient),
 * integrated with the same stages, so it is the exact derivative of the propagation.
 *
 * <p>Process noise: white-noise acceleration of power spectral density q per axis, as in
 * {@link ConstantVelocityMotion}; it covers gravity harmonics beyond J2, solar radiation
 * pressure, residual thrust and venting.
 */
public final class BallisticMotion implements MotionModel {

    /**
     * Default longest RK4 substep, seconds: 15 s. Chosen by measurement over 1,000 s of free
     * flight on seven trajectories (10,000 km minimum-energy, lofted arcs from burnout and
     * from a 6,000 km apogee, short range, low Earth orbit, depressed polar): the worst
     * position error is 0.031 m against Kepler's closed form (two-body mode) and 0.031 m
     * against an independent Dormand-Prince integration with J2 in the inertial frame; it
     * grows as step^4, to 0.1 m at 20 s, 0.47 m at 30 s and 1.6 m at 40 s (a lofted arc
     * from a 300 km burnout at 8 km/s is the hardest case). Cost per substep: about 0.1 us
     * without the transition matrix and 0.5 us with it (OpenJDK 17, 2-core AMD EPYC virtual
     * machine), so a 1,000 s propagation with the matrix (67 substeps) takes about 33 us.
     * RK4 rather than a higher-order method because plot intervals (0.1 to 10 s) take a
     * single substep, where its four stages are cheaper than the eight to thirteen of a
     * higher-order pair; the higher order would pay only on long coasts.
     */
    public static final double DEFAULT_MAX_STEP_SECONDS = 15.0;

    private static final int N = 6;

    private final double accelerationDensity;
    private final EarthModel earth;
    private final VariationalRk4 integrator;

    /**
     * Creates the model with the full WGS-84 dynamics ({@link EarthModel#WGS84}) and the
     * default substep.
     *
     * @param accelerationDensityM2PerS3 q, the power spectral density of the white-noise
     *     acceleration on each axis, m^2/s^3 (q dt is the velocity variance gained over dt)
     * @throws IllegalArgumentException if q is negative or not finite
     */
    public BallisticMotion(final double accelerationDensityM2PerS3) {
        this(accelerationDensityM2PerS3, EarthModel.WGS84, DEFAULT_MAX_STEP_SECONDS);
    }

    /**
     * Creates the model.
     *
     * @param accelerationDensityM2PerS3 q, the power spectral density of the white-noise
     *     acceleration on each axis, m^2/s^3
     * @param earth which gravity and frame terms to include
     * @param maxStepSeconds the longest integration substep, seconds
     * @throws IllegalArgumentException if q is negative or not finite, or the step is not
     *     positive and finite
     */
    public BallisticMotion(
        final double accelerationDensityM2PerS3, final EarthModel earth, final double maxStepSeconds) {
        this.accelerationDensity = Noise.checkDensity(accelerationDensityM2PerS3, "acceleration density", "m^2/s^3");
        this.earth = Objects.requireNonNull(earth, "earth");
        this.integrator = new VariationalRk4(new FreeFallAcceleration(earth, N), maxStepSeconds);
    }

    /**
     * Returns q, the acceleration power spectral density per axis, m^2/s^3.
     *
     * @return q, the acceleration power spectral density per axis, m^2/s^3
     */
    public double accelerationDensity() {
        return accelerationDensity;
    }

    /**
     * Returns the forces this model includes.
     *
     * @return the forces this model includes
     */
    public EarthModel earth() {
        return earth;
    }

    /**
     * Returns the longest integration substep, seconds.
     *
     * @return the longest integration substep, seconds
     */
    public double maxStepSeconds() {
        return integrator.maxStepSeconds();
    }

    @Override
    public int dimension() {
        return N;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if dt is not finite
     */
    @Override
    public void propagate(final double[] state, final double dtSeconds, final double[] transitionOut) {
        integrator.propagate(state, dtSeconds, transitionOut);
    }

    @Override
    public void processNoise(final double[] state, final double dtSeconds, final double[] noiseOut) {
        ConstantVelocityMotion.whiteAccelerationNoise(accelerationDensity, Math.abs(dtSeconds), N, noiseOut);
    }
}
