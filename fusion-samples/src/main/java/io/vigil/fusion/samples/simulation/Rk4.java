package io.vigil.fusion.samples.simulation;

/**
 * The classical fourth-order Runge-Kutta step for a first-order system dy/dt = f(t, y).
 *
 * <p>One instance owns its stage buffers, so it allocates nothing per step and is not
 * thread-safe. The output may be the input array.
 */
final class Rk4 {

    /** The right-hand side f(t, y) of the system. */
    interface Derivative {
        /**
         * Writes dy/dt.
         *
         * @param t time, seconds
         * @param y state
         * @param dydtOut receives the derivative, same length as y
         */
        void derivative(double t, double[] y, double[] dydtOut);
    }

    private final double[] k1;
    private final double[] k2;
    private final double[] k3;
    private final double[] k4;
    private final double[] stage;

    /**
     * Creates a stepper for a system of a given size.
     *
     * @param dimension the number of state components
     */
    Rk4(final int dimension) {
        k1 = new double[dimension];
        k2 = new double[dimension];
        k3 = new double[dimension];
        k4 = new double[dimension];
        stage = new double[dimension];
    }

    /**
     * Advances the state by one step.
     *
     * @param f the system
     * @param t time at the start of the step, seconds
     * @param y state at t
     * @param h step, seconds
     * @param yOut receives the state at t + h (may be {@code y})
     */
    void step(final Derivative f, final double t, final double[] y, final double h, final double[] yOut) {
        final int n = stage.length;
        final double half = 0.5 * h;
        f.derivative(t, y, k1);
        for (int i = 0; i < n; i++) {
            stage[i] = y[i] + half * k1[i];
        }
        f.derivative(t + half, stage, k2);
        for (int i = 0; i < n; i++) {
            stage[i] = y[i] + half * k2[i];
        }
        f.derivative(t + half, stage, k3);
        for (int i = 0; i < n; i++) {
            stage[i] = y[i] + h * k3[i];
        }
        f.derivative(t + h, stage, k4);
        final double sixth = h / 6.0;
        for (int i = 0; i < n; i++) {
            yOut[i] = y[i] + sixth * (k1[i] + 2.0 * (k2[i] + k3[i]) + k4[i]);
        }
    }
}
