package io.vigil.fusion.samples.simulation;

/**
 * Integrates a body's equations of motion with fixed-step RK4 and stops it where it meets
 * the ground.
 *
 * <p>Step size: {@value #FINE_STEP_S} s while the engine burns or below
 * {@value #FINE_BELOW_M} m (where thrust, staging and drag change quickly), {@value
 * #COARSE_STEP_S} s above (free fall in near vacuum, where RK4 at 1 s is exact to
 * micrometres over a flight). Every step ends exactly on the truth grid and on every event
 * (kick, staging, thrust end, separation): a stretch between two such times is cut into
 * equal steps no longer than the nominal one, so no step is a sliver and no discontinuity
 * falls inside a step.
 *
 * <p>Impact is the first time the WGS-84 ellipsoidal height is 0: when a step ends below the
 * ellipsoid, the crossing is found by Illinois regula falsi on partial RK4 steps from the
 * step's start, to a millimetre of height. Mutable buffers: one instance per thread.
 */
final class FlightPropagator {

    /** Step in boost and below {@value #FINE_BELOW_M} m, seconds. */
    static final double FINE_STEP_S = 0.1;
    /** Step above {@value #FINE_BELOW_M} m after thrust end, seconds. */
    static final double COARSE_STEP_S = 1.0;
    /** Height below which the fine step is used, metres. */
    static final double FINE_BELOW_M = 100_000.0;

    private static final double IMPACT_TOLERANCE_M = 1e-3;
    private static final int MAX_CROSSING_ITERATIONS = 60;

    /** How a call to {@link #fly} ended. */
    enum Outcome {
        /** The body reached the ellipsoid; the path's last sample is the impact. */
        LANDED,
        /** The stop time came first; the path's last sample is at the stop time. */
        STOPPED
    }

    private final Rk4 rk4 = new Rk4(6);
    private final double[] start = new double[6];
    private final double[] trial = new double[6];

    /**
     * Flies a body from a state until it lands or a stop time.
     *
     * @param dynamics the body's equations of motion
     * @param path receives a sample after every step (the caller adds the starting sample)
     * @param state the ECI state at {@code startS}; receives the final state
     * @param startS start time, seconds since the epoch
     * @param stopS stop time, seconds since the epoch
     * @param eventTimesS ascending times at which steps must end (others are ignored)
     * @param truthOriginS origin of the truth grid (the launch), seconds since the epoch
     * @param truthStepS truth grid spacing, seconds
     * @return whether the body landed or was stopped
     */
    Outcome fly(
        final FlightDynamics dynamics, final FlightPath path, final double[] state, final double startS,
        final double stopS, final double[] eventTimesS, final double truthOriginS, final double truthStepS) {
        double t = startS;
        long nextGrid = (long) StrictMath.floor((t - truthOriginS) / truthStepS + 1e-9) + 1;
        int nextEvent = 0;
        while (nextEvent < eventTimesS.length && eventTimesS[nextEvent] <= t) {
            nextEvent++;
        }
        while (t < stopS) {
            final double gridS = truthOriginS + nextGrid * truthStepS;
            double target = Math.min(gridS, stopS);
            if (nextEvent < eventTimesS.length) {
                target = Math.min(target, eventTimesS[nextEvent]);
            }
            final double startHeight = dynamics.heightM(state);
            final boolean fine = dynamics.poweredAfter(t) || startHeight < FINE_BELOW_M;
            final double nominal = fine ? FINE_STEP_S : COARSE_STEP_S;
            final double gap = target - t;
            final long pieces = Math.max(1L, (long) StrictMath.ceil(gap / nominal - 1e-9));
            final double end = pieces == 1 ? target : t + gap / pieces;
            System.arraycopy(state, 0, start, 0, 6);
            dynamics.beginStep(t, end);
            rk4.step(dynamics, t, start, end - t, state);
            final double endHeight = dynamics.heightM(state);
            if (endHeight < 0.0 && startHeight >= 0.0) {
                final double impactS = crossing(dynamics, t, end - t, startHeight, endHeight, state);
                path.add(impactS, state, true);
                return Outcome.LANDED;
            }
            t = end;
            final boolean onGrid = pieces == 1 && target == gridS;
            path.add(t, state, onGrid);
            if (onGrid) {
                nextGrid++;
            }
            while (nextEvent < eventTimesS.length && eventTimesS[nextEvent] <= t) {
                nextEvent++;
            }
        }
        return Outcome.STOPPED;
    }

    /** Finds the zero of the height within a step; leaves the state there in stateOut. */
    private double crossing(
        final FlightDynamics dynamics, final double t, final double h, final double startHeight,
        final double endHeight, final double[] stateOut) {
        double low = 0.0;
        double lowHeight = startHeight;
        double high = h;
        double highHeight = endHeight;
        int side = 0;
        double tau = h;
        for (int i = 0; i < MAX_CROSSING_ITERATIONS; i++) {
            tau = (low * highHeight - high * lowHeight) / (highHeight - lowHeight);
            rk4.step(dynamics, t, start, tau, trial);
            final double height = dynamics.heightM(trial);
            if (Math.abs(height) < IMPACT_TOLERANCE_M) {
                break;
            }
            if (height > 0.0) {
                low = tau;
                lowHeight = height;
                if (side == -1) {
                    highHeight *= 0.5;
                }
                side = -1;
            } else {
                high = tau;
                highHeight = height;
                if (side == 1) {
                    lowHeight *= 0.5;
                }
                side = 1;
            }
        }
        System.arraycopy(trial, 0, stateOut, 0, 6);
        return t + tau;
    }
}
