package io.vigil.fusion.motion;

import io.vigil.fusion.math.DenseKernels;

/**
 * How a target's state evolves between two times: the transition of its mean, the
 * linearisation of that transition, and the process noise that covers what the model leaves
 * out.
 *
 * <p>States are in ECEF (WGS-84), SI units: position x, y, z (m), velocity vx, vy, vz (m/s),
 * then model-specific extras after them (see each model), as {@code docs/CONVENTIONS.md}
 * fixes. Matrices are flat row-major arrays of {@code dimension() * dimension()} elements.
 *
 * <p>Implementations allocate nothing per call and keep their work arrays in the instance,
 * so an instance is used by one thread only (the fusion thread owns its models). They are
 * time-invariant: a propagation depends on the time step, not on the absolute time (Earth
 * rotation is uniform in ECEF).
 */
public interface MotionModel {

    /**
     * The state dimension n of this model.
     *
     * @return n: at least 6 for Vigil's ECEF models (position and velocity first), which
     *     the IMM requires; the filters themselves accept any n >= 1
     */
    int dimension();

    /**
     * Propagates a state over a time step, in place, and optionally its state-transition
     * matrix.
     *
     * @param state the n-element state at t, replaced by the state at t + dt
     * @param dtSeconds the time step, seconds; may be negative (propagation backwards)
     * @param transitionOut if not null, receives the n x n state-transition matrix
     *     d state(t + dt) / d state(t), row-major, evaluated along the propagated path
     */
    void propagate(double[] state, double dtSeconds, double[] transitionOut);

    /**
     * The process noise covariance accumulated over a time step, for the state at its start.
     *
     * @param state the n-element state at t (not modified)
     * @param dtSeconds the time step, seconds; the noise depends on its magnitude only
     * @param noiseOut receives the n x n covariance Q, row-major, in the state's units
     */
    void processNoise(double[] state, double dtSeconds, double[] noiseOut);

    /**
     * Propagates a covariance over a step whose transition matrix {@link #propagate} has
     * just written: P = F P F^T + Q, exactly symmetric. The default is the dense product;
     * a model whose F has known structure overrides it with the cheaper equivalent (the
     * filters call this once per candidate track and plot, so it is on the hot path).
     *
     * @param dtSeconds the step, seconds, as given to {@link #propagate}
     * @param transition F for that step, n x n row-major (not modified)
     * @param covariance P at the step's start, replaced by the propagated P; n x n row-major
     * @param noise Q for that step, n x n row-major, symmetric (not modified)
     * @param work n x n scratch
     */
    default void propagateCovariance(final double dtSeconds, final double[] transition, final double[] covariance,
        final double[] noise, final double[] work) {
        final int n = dimension();
        DenseKernels.multiply(transition, covariance, work, n, n, n);
        DenseKernels.multiplyTransposeSymmetric(work, transition, noise, covariance, n, n);
    }
}
