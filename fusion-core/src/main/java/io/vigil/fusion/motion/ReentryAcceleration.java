package io.vigil.fusion.motion;

import io.vigil.fusion.geo.Wgs84;

/**
 * Free fall ({@link FreeFallAcceleration}) plus aerodynamic drag
 * a_d = -(kappa rho(h) |v| / 2) v, with kappa = 1 / beta the inverse ballistic coefficient
 * (state element 6, m^2/kg) and v the ECEF velocity, which is the velocity relative to the
 * co-rotating atmosphere (winds neglected).
 *
 * <p>Jacobian of the drag: d a_d / d v = -(kappa rho / 2) (|v| I + v v^T / |v|);
 * d a_d / d r = -(kappa |v| / 2) (d rho / d h) v (grad h)^T, through the density's change
 * along the local vertical; d a_d / d kappa = -(rho |v| / 2) v.
 *
 * <p>Drag cannot push: a negative kappa (a filter's estimate can wander there, where the
 * object is not yet in the air or its drag is masked by noise) acts as zero. Taken at its
 * value it would accelerate the object exponentially in dense air; in the re-entry scenarios
 * such states reached 10^9 m/s within 2 s and dropped healthy tracks. The derivative with
 * respect to kappa stays the one of positive kappa, so plots can still pull the estimate back.
 */
final class ReentryAcceleration implements Acceleration {

    private static final int N = 7;
    private static final int KAPPA = 6;
    /**
     * Below this density drag is too weak to need short substeps: under 1.2e-4 m/s^2 for the
     * lightest debris (kappa 1e-2 m^2/kg) at 7 km/s, against the 8 m/s^2 of gravity; in
     * {@link ExponentialAtmosphere}, everywhere above about 190 km.
     */
    private static final double FREE_FLIGHT_DENSITY = 5e-10;
    /**
     * The largest h lambda a substep may take, lambda = kappa rho |v| the rate at which drag
     * relaxes the speed (1/s). RK4 diverges past h lambda = 2.8 and loses its accuracy well
     * before; at 0.5 it stays within centimetres of a millisecond step. Only light objects
     * low in the air need it: for kappa 2e-3 m^2/kg at 10 km and 2 km/s, lambda is 1.6/s and
     * the integrator's 0.25 s substep is kept.
     */
    private static final double MAX_STIFFNESS_STEP = 0.5;
    /** Stiff substeps are halved down to no less than this, seconds: a floor against a state with no physical meaning. */
    private static final double MIN_STEP = 1e-3;
    /** The longest substep in free flight: the ballistic model's. */
    private static final double FREE_FLIGHT_STEP = BallisticMotion.DEFAULT_MAX_STEP_SECONDS;

    private final FreeFallAcceleration freeFall;
    private final Atmosphere atmosphere;
    private final double[] heightGradient = new double[3];

    ReentryAcceleration(final EarthModel earth, final Atmosphere atmosphere) {
        this.freeFall = new FreeFallAcceleration(earth, N);
        this.atmosphere = atmosphere;
    }

    @Override
    public int dimension() {
        return N;
    }

    /**
     * In free flight, the ballistic model's substep; in the sensible atmosphere, the
     * integrator's, shortened where drag is stiff ({@link #MAX_STIFFNESS_STEP}). A substep is
     * long only if the density stays below {@link #FREE_FLIGHT_DENSITY} down to the lowest
     * height the object could reach in it at its speed (halved until it does): a midcourse
     * prediction of the re-entry mode then costs what the ballistic mode's does instead of
     * four substeps per second. The height is |r| - a, a lower bound of the height above the
     * ellipsoid at any latitude (no surface point is farther than a from the centre), so the
     * test errs towards short substeps.
     */
    @Override
    public double stepLimit(final double[] state, final double maxStepSeconds) {
        final double height = Math.sqrt(state[0] * state[0] + state[1] * state[1] + state[2] * state[2])
            - Wgs84.SEMI_MAJOR_AXIS_M;
        final double speed = Math.sqrt(state[3] * state[3] + state[4] * state[4] + state[5] * state[5]);
        final double rho = atmosphere.density(height);
        if (!(rho <= FREE_FLIGHT_DENSITY)) {
            // Halved rather than set to the bound: a step that is piecewise constant in the
            // state keeps the numerical flow smooth for the transition matrix.
            final double rate = Math.max(state[KAPPA], 0.0) * rho * speed;
            double step = maxStepSeconds;
            while (rate * step > MAX_STIFFNESS_STEP && step > MIN_STEP) {
                step *= 0.5;
            }
            return step;
        }
        double step = FREE_FLIGHT_STEP;
        while (step > maxStepSeconds && !(atmosphere.density(height - speed * step) <= FREE_FLIGHT_DENSITY)) {
            step *= 0.5;
        }
        return Math.max(step, maxStepSeconds);
    }

    @Override
    public boolean variableStep() {
        return true;
    }

    @Override
    public void evaluate(final double[] state, final double[] accelerationOut, final double[] jacobianOut) {
        freeFall.evaluate(state, accelerationOut, jacobianOut);
        final boolean withJacobian = jacobianOut != null;
        final double h = EllipsoidHeight.height(state[0], state[1], state[2], withJacobian ? heightGradient : null);
        final double rho = atmosphere.density(h);
        if (rho == 0.0) {
            return;
        }
        final double vx = state[3];
        final double vy = state[4];
        final double vz = state[5];
        final double speed = Math.sqrt(vx * vx + vy * vy + vz * vz);
        final double kappa = Math.max(state[KAPPA], 0.0);
        final double perSpeed = -0.5 * rho * speed;
        final double scale = kappa * perSpeed;
        accelerationOut[0] += scale * vx;
        accelerationOut[1] += scale * vy;
        accelerationOut[2] += scale * vz;
        if (!withJacobian) {
            return;
        }
        final double rhoSlope = rho * atmosphere.logDensitySlope(h);
        final double positionScale = -0.5 * kappa * speed * rhoSlope;
        // v v^T / |v| -> 0 as v -> 0: drop it at rest rather than divide by zero.
        final double outer = speed > 0.0 ? -0.5 * kappa * rho / speed : 0.0;
        for (int i = 0; i < 3; i++) {
            final double vi = state[3 + i];
            final int row = i * N;
            for (int j = 0; j < 3; j++) {
                jacobianOut[row + j] += positionScale * vi * heightGradient[j];
                jacobianOut[row + 3 + j] += outer * vi * state[3 + j];
            }
            jacobianOut[row + 3 + i] += scale;
            jacobianOut[row + KAPPA] = perSpeed * vi;
        }
    }
}
