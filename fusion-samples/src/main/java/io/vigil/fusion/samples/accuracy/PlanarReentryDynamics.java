package io.vigil.fusion.samples.accuracy;

import static io.vigil.fusion.samples.accuracy.ReentryScenario.GRAVITY;
import static io.vigil.fusion.samples.accuracy.ReentryScenario.H;
import static io.vigil.fusion.samples.accuracy.ReentryScenario.VH;
import static io.vigil.fusion.samples.accuracy.ReentryScenario.VX;

/**
 * The continuous-time re-entry equations in the vertical plane and their Jacobian:
 * xddot = -c rho(h) V xdot, hddot = -c rho(h) V hdot - g, with V = sqrt(xdot^2 + hdot^2)
 * and c = g / (2 beta).
 *
 * <p>Two forms. With a known beta the state is [x, xdot, h, hdot] (n = 4). With beta unknown
 * the state carries u = ln beta (beta in kg m^-1 s^-2) as a fifth, constant element (n = 5),
 * so c = (g / 2) e^-u: beta stays positive whatever value a filter gives u, a prior "within a
 * factor of a few" is a Gaussian in u, and dc/du = -c makes the Jacobian column of u the
 * drag acceleration itself, well scaled at any beta.
 */
final class PlanarReentryDynamics {

    /** Index of u = ln beta in the five-element state. */
    static final int LOG_BETA = 4;

    private final int n;
    private final double knownDragFactor;

    private PlanarReentryDynamics(final int n, final double knownDragFactor) {
        this.n = n;
        this.knownDragFactor = knownDragFactor;
    }

    /**
     * The equations for a known ballistic coefficient (n = 4).
     *
     * @param ballisticCoefficient beta, kg m^-1 s^-2, > 0
     * @return the dynamics
     */
    static PlanarReentryDynamics knownBeta(final double ballisticCoefficient) {
        if (!(ballisticCoefficient > 0.0 && Double.isFinite(ballisticCoefficient))) {
            throw new IllegalArgumentException("ballistic coefficient must be finite and > 0, got " + ballisticCoefficient);
        }
        return new PlanarReentryDynamics(ReentryScenario.KINEMATIC, 0.5 * GRAVITY / ballisticCoefficient);
    }

    /**
     * The equations with u = ln beta as the fifth state (n = 5).
     *
     * @return the dynamics
     */
    static PlanarReentryDynamics logBetaInState() {
        return new PlanarReentryDynamics(ReentryScenario.KINEMATIC + 1, Double.NaN);
    }

    /** @return the state dimension n, 4 or 5 */
    int dimension() {
        return n;
    }

    /** c = g / (2 beta), 1/m per (kg/m^3): the drag acceleration is c rho V^2. */
    private double dragFactor(final double[] state) {
        return n == ReentryScenario.KINEMATIC ? knownDragFactor : 0.5 * GRAVITY * StrictMath.exp(-state[LOG_BETA]);
    }

    /**
     * The time derivative of a state.
     *
     * @param state the n-element state (not modified)
     * @param out receives ds/dt, n elements (u' = 0)
     */
    void derivative(final double[] state, final double[] out) {
        final double vx = state[VX];
        final double vh = state[VH];
        final double speed = Math.sqrt(vx * vx + vh * vh);
        final double drag = dragFactor(state) * PlanarAtmosphere.density(state[H]) * speed;
        out[0] = vx;
        out[1] = -drag * vx;
        out[2] = vh;
        out[3] = -drag * vh - GRAVITY;
        if (n > ReentryScenario.KINEMATIC) {
            out[LOG_BETA] = 0.0;
        }
    }

    /**
     * The Jacobian d(ds/dt)/ds of the derivative.
     *
     * @param state the n-element state (not modified)
     * @param out receives the n x n matrix, row-major
     */
    void jacobian(final double[] state, final double[] out) {
        java.util.Arrays.fill(out, 0, n * n, 0.0);
        final double vx = state[VX];
        final double vh = state[VH];
        final double speed = Math.sqrt(vx * vx + vh * vh);
        final double crho = dragFactor(state) * PlanarAtmosphere.density(state[H]);
        final double k = PlanarAtmosphere.decayRate(state[H]);
        // Speed cannot be 0 on this trajectory (it stays above 1 km/s); guard the division anyway.
        final double overSpeed = speed > 0.0 ? 1.0 / speed : 0.0;
        out[0 * n + VX] = 1.0;
        out[2 * n + VH] = 1.0;
        out[1 * n + VX] = -crho * (speed + vx * vx * overSpeed);
        out[1 * n + VH] = -crho * vx * vh * overSpeed;
        out[1 * n + H] = crho * k * speed * vx;
        out[3 * n + VX] = -crho * vx * vh * overSpeed;
        out[3 * n + VH] = -crho * (speed + vh * vh * overSpeed);
        out[3 * n + H] = crho * k * speed * vh;
        if (n > ReentryScenario.KINEMATIC) {
            // d(-c rho V v)/du = c rho V v, because dc/du = -c.
            out[1 * n + LOG_BETA] = crho * speed * vx;
            out[3 * n + LOG_BETA] = crho * speed * vh;
        }
    }
}
