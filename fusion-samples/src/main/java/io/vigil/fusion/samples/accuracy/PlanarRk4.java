package io.vigil.fusion.samples.accuracy;

/**
 * Fixed-step classical Runge-Kutta (RK4) integration of the planar re-entry equations,
 * together with their variational equations dPhi/dt = A(s) Phi, A the Jacobian of the
 * right-hand side.
 *
 * <p>A step dt is split into ceil(|dt| / maxSubstep) equal substeps. The variational
 * equations go through the same four stages, each with A evaluated at that stage's state, so
 * the Phi returned is the exact derivative of the discrete map the state is propagated by
 * (to rounding: differentiation commutes with an explicit Runge-Kutta step), not a finite
 * difference of it and not the true flow's derivative. An EKF's linearisation then agrees
 * with its own prediction, and the bound's F is that of the transition the truth follows.
 *
 * <p>Work arrays are allocated once; an instance serves one thread.
 */
final class PlanarRk4 {

    private final PlanarReentryDynamics dynamics;
    private final int n;
    private final double maxSubstep;
    private final double[] start;
    private final double[] stage;
    private final double[] slope;
    private final double[] slopeSum;
    private final double[] phi;
    private final double[] phiStart;
    private final double[] phiStage;
    private final double[] phiSlope;
    private final double[] phiSlopeSum;
    private final double[] a;

    /**
     * @param dynamics the right-hand side
     * @param maxSubstepSeconds longest substep, seconds (finite, > 0)
     */
    PlanarRk4(final PlanarReentryDynamics dynamics, final double maxSubstepSeconds) {
        if (!(maxSubstepSeconds > 0.0 && Double.isFinite(maxSubstepSeconds))) {
            throw new IllegalArgumentException("maximum substep must be finite and > 0 s, got " + maxSubstepSeconds);
        }
        this.dynamics = dynamics;
        this.n = dynamics.dimension();
        this.maxSubstep = maxSubstepSeconds;
        start = new double[n];
        stage = new double[n];
        slope = new double[n];
        slopeSum = new double[n];
        phi = new double[n * n];
        phiStart = new double[n * n];
        phiStage = new double[n * n];
        phiSlope = new double[n * n];
        phiSlopeSum = new double[n * n];
        a = new double[n * n];
    }

    /** @return the longest substep, seconds */
    double maxSubstepSeconds() {
        return maxSubstep;
    }

    /**
     * Propagates a state, in place, and optionally its state-transition matrix.
     *
     * @param state the n-element state, replaced by the state dt later
     * @param dtSeconds the step, seconds (may be negative)
     * @param transitionOut if not null, receives the n x n matrix d state(t + dt) / d state(t)
     */
    void propagate(final double[] state, final double dtSeconds, final double[] transitionOut) {
        final int substeps = Math.max(1, (int) Math.ceil(Math.abs(dtSeconds) / maxSubstep));
        final double h = dtSeconds / substeps;
        final boolean variational = transitionOut != null;
        if (variational) {
            java.util.Arrays.fill(phi, 0.0);
            for (int i = 0; i < n; i++) {
                phi[i * n + i] = 1.0;
            }
        }
        for (int s = 0; s < substeps; s++) {
            System.arraycopy(state, 0, start, 0, n);
            System.arraycopy(start, 0, stage, 0, n);
            if (variational) {
                System.arraycopy(phi, 0, phiStart, 0, n * n);
                System.arraycopy(phi, 0, phiStage, 0, n * n);
            }
            java.util.Arrays.fill(slopeSum, 0.0);
            if (variational) {
                java.util.Arrays.fill(phiSlopeSum, 0.0);
            }
            // Stages 1..4: weights 1, 2, 2, 1; the next stage starts at h/2, h/2, h from the start.
            for (int k = 0; k < 4; k++) {
                dynamics.derivative(stage, slope);
                if (variational) {
                    dynamics.jacobian(stage, a);
                    multiply(a, phiStage, phiSlope);
                }
                final double weight = k == 0 || k == 3 ? 1.0 : 2.0;
                for (int i = 0; i < n; i++) {
                    slopeSum[i] += weight * slope[i];
                }
                if (variational) {
                    for (int i = 0; i < n * n; i++) {
                        phiSlopeSum[i] += weight * phiSlope[i];
                    }
                }
                if (k < 3) {
                    final double advance = k < 2 ? 0.5 * h : h;
                    for (int i = 0; i < n; i++) {
                        stage[i] = start[i] + advance * slope[i];
                    }
                    if (variational) {
                        for (int i = 0; i < n * n; i++) {
                            phiStage[i] = phiStart[i] + advance * phiSlope[i];
                        }
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                state[i] = start[i] + h / 6.0 * slopeSum[i];
            }
            if (variational) {
                for (int i = 0; i < n * n; i++) {
                    phi[i] = phiStart[i] + h / 6.0 * phiSlopeSum[i];
                }
            }
        }
        if (variational) {
            System.arraycopy(phi, 0, transitionOut, 0, n * n);
        }
    }

    /** out = left right, all n x n row-major; out must not alias an input. */
    private void multiply(final double[] left, final double[] right, final double[] out) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0.0;
                for (int k = 0; k < n; k++) {
                    sum += left[i * n + k] * right[k * n + j];
                }
                out[i * n + j] = sum;
            }
        }
    }
}
