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
}
