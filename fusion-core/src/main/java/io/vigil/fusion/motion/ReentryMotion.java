package io.vigil.fusion.motion;

import io.vigil.fusion.geo.Wgs84;
import java.util.Objects;

/**
 * Ballistic flight through the atmosphere: {@link BallisticMotion}'s dynamics plus
 * aerodynamic drag, with the inverse ballistic coefficient estimated as a state.
 *
 * <p>State (n = 7): x, y, z (m), vx, vy, vz (m/s) in ECEF, then kappa = 1 / beta (m^2/kg) at
 * {@link #INVERSE_BALLISTIC_COEFFICIENT}, where beta = m / (Cd A) is the ballistic
 * coefficient (kg/m^2). Drag a = -(kappa rho(h) |v| / 2) v with v the ECEF velocity: the
 * atmosphere co-rotates with the Earth, so the ECEF velocity is the air-relative one (winds
 * are neglected; they are a few tens of m/s against kilometres per second). The density
 * comes from an {@link Atmosphere} ({@link ExponentialAtmosphere} by default) at the height
 * above the ellipsoid.
 *
 * <p>Why kappa = 1 / beta rather than beta or ln beta: the drag is linear in kappa, so the
 * filter's linearisation in that direction is exact and the state-transition matrix's kappa
 * column is the exact sensitivity however uncertain kappa is; kappa = 0 is a legitimate value
 * (no measurable drag: a heavy re-entry vehicle high up, or any object above the
 * atmosphere), where a Gaussian on kappa spreads symmetrically about the drag-free
 * trajectory, whereas beta itself is infinite there and ln beta would put the drag-free
 * case at an infinite distance and make the drag exponential in the state (large sigma
 * points of an unscented filter then multiply the drag by factors of e^3). Positivity is
 * the price: a filter can drive kappa slightly negative while drag is still unobservable.
 * The model takes a negative kappa as zero drag (drag cannot push, see the acceleration's
 * class comment), while the transition matrix keeps the sensitivity to kappa of positive
 * kappa, so that plots can pull the estimate back; the track layer should report beta only
 * once kappa is significantly positive. Typical values: 2e-4 to
 * 5e-5 m^2/kg for re-entry vehicles (beta 5,000 to 20,000 kg/m^2), 1e-2 to 1e-3 for light
 * debris and decoys. Covariances mix these with metres, but the Cholesky factorisation
 * filters use is insensitive to such diagonal scaling.
 *
 * <p>Integration: RK4 as in {@link BallisticMotion}, with the variational equations
 * including drag's derivatives with respect to position (the density gradient along the
 * local vertical), velocity and kappa; default substep {@link #DEFAULT_MAX_STEP_SECONDS}.
 *
 * <p>Process noise: white-noise acceleration of density q per axis on position and velocity
 * (as {@link ConstantVelocityMotion}), plus a random walk on kappa of density q_kappa:
 * Q[6][6] = q_kappa |dt|, in (m^2/kg)^2, q_kappa in (m^2/kg)^2/s; it lets kappa follow
 * what a constant ballistic coefficient leaves out: ablation, a changing angle of attack,
 * the drag coefficient's variation with Mach number, and the atmosphere model's own error
 * (which kappa absorbs as a scale factor).
 */
public final class ReentryMotion implements MotionModel {

    /** Index of kappa = 1 / beta, m^2/kg, in the state. */
    public static final int INVERSE_BALLISTIC_COEFFICIENT = 6;

    /**
     * Default longest RK4 substep, seconds: 0.25 s. Chosen by measurement on re-entries from
     * 120 km at 7 km/s down to about 10 km (beta 100 to 20,000 kg/m^2, flight-path angles -10
     * to -85 deg, peak decelerations up to 140 g), predicted in 1 s or 0.3 s plot intervals or
     * in one call: the position error against a 1 ms step is at most 0.08 m at 0.25 s, but
     * 1.1 m at 0.5 s and 1.6 m at 1 s (the density's scale height changes from layer to layer,
     * which costs RK4 its order where a step crosses a layer boundary). A substep costs about
     * 0.3 us without the transition matrix and 1.0 us with it (OpenJDK 17, 2-core AMD EPYC
     * virtual machine): 3.5 us for a 1 s prediction with the matrix.
     */
    public static final double DEFAULT_MAX_STEP_SECONDS = 0.25;

    private static final int N = 7;

    private final double accelerationDensity;
    private final double kappaDensity;
    private final Atmosphere atmosphere;
    private final EarthModel earth;
    private final double dragNoiseFraction;
    /** Correlation time of the unmodelled aerodynamic acceleration, seconds. */
    private static final double DRAG_NOISE_CORRELATION_S = 1.0;
    private final VariationalRk4 integrator;

    /**
     * Creates the model with the full WGS-84 dynamics, {@link ExponentialAtmosphere} and the
     * default substep.
     *
     * @param accelerationDensityM2PerS3 q, the power spectral density of the white-noise
     *     acceleration on each axis, m^2/s^3
     * @param kappaDensity q_kappa, the power spectral density of the random walk of kappa,
     *     (m^2/kg)^2 / s (q_kappa dt is the variance kappa gains over dt)
     * @throws IllegalArgumentException if a density is negative or not finite
     */
    public ReentryMotion(final double accelerationDensityM2PerS3, final double kappaDensity) {
        this(accelerationDensityM2PerS3, kappaDensity, EarthModel.WGS84, new ExponentialAtmosphere(),
            DEFAULT_MAX_STEP_SECONDS);
    }

    /**
     * Creates the model.
     *
     * @param accelerationDensityM2PerS3 q, the power spectral density of the white-noise
     *     acceleration on each axis, m^2/s^3
     * @param kappaDensity q_kappa, the power spectral density of the random walk of kappa,
     *     (m^2/kg)^2 / s
     * @param earth which gravity and frame terms to include (without rotation the atmosphere
     *     is at rest in the state's frame)
     * @param atmosphere the density model
     * @param maxStepSeconds the longest integration substep, seconds
     * @throws IllegalArgumentException if a density is negative or not finite, or the step is
     *     not positive and finite
     */
    public ReentryMotion(
        final double accelerationDensityM2PerS3, final double kappaDensity, final EarthModel earth,
        final Atmosphere atmosphere, final double maxStepSeconds) {
        this(accelerationDensityM2PerS3, kappaDensity, earth, atmosphere, maxStepSeconds, 0.0);
    }

    private ReentryMotion(
        final double accelerationDensityM2PerS3, final double kappaDensity, final EarthModel earth,
        final Atmosphere atmosphere, final double maxStepSeconds, final double dragNoiseFraction) {
        this.accelerationDensity = Noise.checkDensity(accelerationDensityM2PerS3, "acceleration density", "m^2/s^3");
        this.kappaDensity = Noise.checkDensity(kappaDensity, "inverse ballistic coefficient density", "(m^2/kg)^2/s");
        this.atmosphere = Objects.requireNonNull(atmosphere, "atmosphere");
        this.earth = Objects.requireNonNull(earth, "earth");
        this.integrator = new VariationalRk4(new ReentryAcceleration(earth, atmosphere), maxStepSeconds);
        this.dragNoiseFraction = dragNoiseFraction;
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
     * Returns q_kappa, the power spectral density of kappa's random walk, (m^2/kg)^2 / s.
     *
     * @return q_kappa, the power spectral density of kappa's random walk, (m^2/kg)^2 / s
     */
    public double kappaDensity() {
        return kappaDensity;
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

    /**
     * Returns a copy of this model whose acceleration noise grows with the modelled drag:
     * q + (f |a_drag|)^2 tau, with a_drag = kappa rho v^2 / 2 at the state (|kappa|, the
     * density at |r| - a, an upper bound of the true one) and tau = 1 s, the correlation
     * time of what a constant ballistic coefficient leaves out (lift, a drag coefficient that
     * changes with Mach number and attitude, the atmosphere model's error): those scale with
     * the drag itself. Above the atmosphere the noise is q alone, so q can be small.
     *
     * @param fraction f, the relative error of the modelled drag, &gt;= 0
     * @return the new model (same dynamics, substeps and kappa noise)
     * @throws IllegalArgumentException if f is negative or not finite
     */
    public ReentryMotion withDragNoise(final double fraction) {
        if (!(fraction >= 0.0) || !Double.isFinite(fraction)) {
            throw new IllegalArgumentException("drag noise fraction must be finite and >= 0, got " + fraction);
        }
        return new ReentryMotion(accelerationDensity, kappaDensity, earth, atmosphere, maxStepSeconds(), fraction);
    }

    @Override
    public void processNoise(final double[] state, final double dtSeconds, final double[] noiseOut) {
        final double dt = Math.abs(dtSeconds);
        double q = accelerationDensity;
        if (dragNoiseFraction > 0.0) {
            final double height = Math.sqrt(state[0] * state[0] + state[1] * state[1] + state[2] * state[2])
                - Wgs84.SEMI_MAJOR_AXIS_M;
            final double speedSquared = state[3] * state[3] + state[4] * state[4] + state[5] * state[5];
            final double drag = 0.5 * Math.abs(state[INVERSE_BALLISTIC_COEFFICIENT]) * atmosphere.density(height)
                * speedSquared;
            final double unmodelled = dragNoiseFraction * drag;
            q += unmodelled * unmodelled * DRAG_NOISE_CORRELATION_S;
        }
        ConstantVelocityMotion.whiteAccelerationNoise(q, dt, N, noiseOut);
        noiseOut[INVERSE_BALLISTIC_COEFFICIENT * N + INVERSE_BALLISTIC_COEFFICIENT] = kappaDensity * dt;
    }
}
