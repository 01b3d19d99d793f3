package io.vigil.fusion.motion;

/**
 * The acceleration of a state whose extra elements (after position and velocity) are
 * constant between noise inputs: the right-hand side r'' = a(r, v, p), p' = 0 that
 * {@link VariationalRk4} integrates, with its Jacobian for the variational equations.
 *
 * <p>Same conventions as {@link MotionModel}: ECEF, SI units, row-major. Implementations
 * allocate nothing and are used by one thread.
 */
interface Acceleration {

    /**
     * Returns n, the state dimension (at least 6).
     *
     * @return n, the state dimension (at least 6)
     */
    int dimension();

    /**
     * Evaluates the acceleration at a state, and optionally its Jacobian.
     *
     * @param state the n-element state (position m, velocity m/s, extras), not modified
     * @param accelerationOut receives the acceleration in the state's frame, m/s^2
     * @param jacobianOut if not null, receives the 3 x n matrix d acceleration / d state,
     *     row-major
     */
    void evaluate(double[] state, double[] accelerationOut, double[] jacobianOut);

    /**
     * The longest RK4 substep worth taking from a state, for a model whose smoothness varies
     * along the trajectory (drag only inside the atmosphere, and stiff low in it). Called
     * before each substep when {@link #variableStep()}; the default keeps the integrator's
     * fixed maximum.
     *
     * @param state the n-element state at the substep's start, not modified
     * @param maxStepSeconds the integrator's maximum substep, seconds
     * @return the longest substep from this state, seconds, &gt; 0 (longer or shorter than
     *     maxStepSeconds)
     */
    default double stepLimit(final double[] state, final double maxStepSeconds) {
        return maxStepSeconds;
    }

    /**
     * Returns whether {@link #stepLimit} may differ from the integrator's maximum.
     *
     * @return true for a model with a variable step
     */
    default boolean variableStep() {
        return false;
    }
}
