package io.vigil.fusion.motion;

import java.util.Objects;

/**
 * Powered flight: gravity (point mass + J2) and the rotating frame's Coriolis and
 * centrifugal terms, plus a thrust acceleration estimated as three states that wander as a
 * Wiener process (white-noise jerk).
 *
 * <p>State (n = 9): x, y, z (m), vx, vy, vz (m/s) in ECEF, then the thrust acceleration
 * a_T x, y, z (m/s^2, ECEF axes) from {@link #THRUST_ACCELERATION}: the non-gravitational
 * specific force, what an accelerometer on the rocket would read (thrust minus drag, over
 * mass). Dynamics r'' = g(r) - 2 omega x v - omega x (omega x r) + a_T, a_T' = w with w white
 * noise; integrated by RK4 with the variational equations as {@link BallisticMotion} is.
 *
 * <p>Why a free three-axis thrust rather than a thrust magnitude along the velocity (n = 7):
 * a boosting missile's acceleration both grows (thrust over a mass that falls by a factor of
 * several per stage) and turns, but not necessarily with its velocity: pitch programs,
 * lofting or depressing steering and the energy-management manoeuvres of solid-fuel
 * missiles point the thrust well away from the velocity vector, and a model that forces
 * thrust along v would carry a bias exactly when a space infrared sensor's angles-only
 * measurements can least reveal it. The velocity direction is also undefined at lift-off
 * and poorly known at track initiation, which makes the along-velocity model's Jacobian
 * (through v / |v|) ill-conditioned when the filter most needs it. The three-axis form is
 * linear in the extra states, covers any steering, and has a_T = 0 as the ballistic limit,
 * so an interacting-multiple-model filter mixes it with {@link BallisticMotion} directly at
 * burnout. The growth and the turn are left to the jerk noise. Sizing it, measured: an
 * extended Kalman filter with this model and position fixes (50 m, every 2 s) follows a
 * gravity-turn ascent whose thrust grows from 15 to 60 m/s^2 over 120 s consistently
 * (mean position NEES 2.6 to 2.9 for 3 degrees of freedom) with q from 1 to 10 m^2/s^5;
 * at q = 0.1 it lags (NEES 6.7), and at 1e-3 it falls a kilometre behind.
 *
 * <p>Process noise: per axis q [[dt^5/20, dt^4/8, dt^3/6], [dt^4/8, dt^3/3, dt^2/2],
 * [dt^3/6, dt^2/2, dt]] on (position, velocity, thrust acceleration), q the jerk power
 * spectral density in m^2/s^5 (Bar-Shalom, Li and Kirubarajan 2001, section 6.2.3).
 */
public final class BoostMotion implements MotionModel {

    /** Index of the thrust acceleration's ECEF x component, m/s^2; y and z follow it. */
    public static final int THRUST_ACCELERATION = 6;

    /**
     * Default longest RK4 substep, seconds: the 15 s of {@link BallisticMotion}. The thrust is
     * constant between noise inputs, which RK4 integrates exactly, so the step only has to
     * resolve gravity and the rotating frame: measured, 60 s of powered flight (80 m/s^2 at
     * 150 km and 5 km/s) differs from a 1 ms step by 2.6 mm. Cost per substep: about 0.13 us
     * without the transition matrix and 0.75 us with it (OpenJDK 17, 2-core AMD EPYC virtual
     * machine).
     */
    public static final double DEFAULT_MAX_STEP_SECONDS = BallisticMotion.DEFAULT_MAX_STEP_SECONDS;

    private static final int N = 9;

    private final double jerkDensity;
    private final VariationalRk4 integrator;

    /**
     * Creates the model with the full WGS-84 dynamics and the default substep.
     *
     * @param jerkDensityM2PerS5 q, the power spectral density of the white-noise jerk on
     *     each axis, m^2/s^5 (q dt is the variance the thrust acceleration gains over dt)
     * @throws IllegalArgumentException if q is negative or not finite
     */
    public BoostMotion(final double jerkDensityM2PerS5) {
        this(jerkDensityM2PerS5, EarthModel.WGS84, DEFAULT_MAX_STEP_SECONDS);
    }

    /**
     * Creates the model.
     *
     * @param jerkDensityM2PerS5 q, the power spectral density of the white-noise jerk on
     *     each axis, m^2/s^5
     * @param earth which gravity and frame terms to include
     * @param maxStepSeconds the longest integration substep, seconds
     * @throws IllegalArgumentException if q is negative or not finite, or the step is not
     *     positive and finite
     */
    public BoostMotion(final double jerkDensityM2PerS5, final EarthModel earth, final double maxStepSeconds) {
        this.jerkDensity = Noise.checkDensity(jerkDensityM2PerS5, "jerk density", "m^2/s^5");
        this.integrator = new VariationalRk4(
            new BoostAcceleration(Objects.requireNonNull(earth, "earth")), maxStepSeconds);
    }

    /**
     * Returns q, the jerk power spectral density per axis, m^2/s^5.
     *
     * @return q, the jerk power spectral density per axis, m^2/s^5
     */
    public double jerkDensity() {
        return jerkDensity;
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
        Noise.whiteJerkNoise(jerkDensity, Math.abs(dtSeconds), N, THRUST_ACCELERATION, noiseOut);
    }
}
