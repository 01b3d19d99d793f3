package io.vigil.fusion.motion;

/**
 * Fixed-step classical Runge-Kutta (RK4) integration of r'' = a(r, v, p), p' = 0 together
 * with its variational equations dPhi/dt = A Phi, A = [[0, I, 0], [da/dr, da/dv, da/dp],
 * [0, 0, 0]].
 *
 * <p>A step dt is split into ceil(|dt| / maxStep) equal substeps. Integrating the variational
 * equations with the same Runge-Kutta stages as the state makes Phi the exact derivative of
 * the discrete map that {@link #propagate} applies (to rounding), not merely an
 * approximation of the true flow's derivative, so a filter's linearisation agrees with its
 * own prediction. Only the first six rows of Phi are integrated: the rows of the constant
 * extras stay those of the identity.
 *
 * <p>Work arrays are allocated once, here; an instance serves one thread.
 */
final class VariationalRk4 {

    private static final int PV = 6;

    private final Acceleration acceleration;
    private final int n;
    private final double maxStep;

    /** Position-velocity part of the state at the start of the substep. */
    private final double[] start = new double[PV];
    /** The full state at the current stage (extras copied once per call). */
    private final double[] stage;
    /** Rows 0..5 of Phi at the start of the substep, 6 x n. */
    private final double[] phi;
    /** Rows 0..5 of Phi at the current stage, 6 x n. */
    private final double[] stagePhi;
    /** Derivative at a stage: velocity, acceleration, then dPhi rows 0..5 (6 + 6n). */
    private final double[] slope;
    /** Weighted sum of the four stage slopes, k1 + 2 k2 + 2 k3 + k4. */
    private final double[] slopeSum;
    private final double[] acc = new double[3];
    private final double[] jacobian;

    /**
     * @param acceleration the right-hand side
     * @param maxStepSeconds longest substep, seconds (positive, finite)
     */
    VariationalRk4(final Acceleration acceleration, final double maxStepSeconds) {
        if (!(maxStepSeconds > 0.0 && Double.isFinite(maxStepSeconds))) {
            throw new IllegalArgumentException("maximum step must be finite and > 0 s, got " + maxStepSeconds);
        }
        this.acceleration = acceleration;
        this.n = acceleration.dimension();
        this.maxStep = maxStepSeconds;
        this.stage = new double[n];
        this.phi = new double[PV * n];
        this.stagePhi = new double[PV * n];
        this.slope = new double[PV + PV * n];
        this.slopeSum = new double[PV + PV * n];
        this.jacobian = new double[3 * n];
    }

    /**
     * Returns the longest substep, seconds.
     *
     * @return the longest substep, seconds
     */
    double maxStepSeconds() {
        return maxStep;
    }

    /**
     * Propagates a state in place over dt and optionally writes the n x n transition matrix.
     *
     * @param state the n-element state, replaced by the state at t + dt
     * @param dtSeconds the step, seconds, finite, either sign
     * @param transitionOut if not null, receives d state(t + dt) / d state(t), row-major
     */
    void propagate(final double[] state, final double dtSeconds, final double[] transitionOut) {
        if (!Double.isFinite(dtSeconds)) {
            throw new IllegalArgumentException("time step must be finite, got " + dtSeconds);
        }
        final boolean withPhi = transitionOut != null;
        final long substeps = (long) Math.ceil(Math.abs(dtSeconds) / maxStep);
        final double h = substeps == 0 ? 0.0 : dtSeconds / substeps;
        System.arraycopy(state, 0, stage, 0, n);
        if (withPhi) {
            java.util.Arrays.fill(phi, 0.0);
            for (int i = 0; i < PV; i++) {
                phi[i * n + i] = 1.0;
            }
        }
        final int length = withPhi ? PV + PV * n : PV;
        if (!acceleration.variableStep()) {
            for (long s = 0; s < substeps; s++) {
                substep(state, h, withPhi, length);
            }
        } else {
            // Substeps as long as the model allows from where each one starts; the last one
            // ends exactly at dt.
            double remaining = Math.abs(dtSeconds);
            final double sign = Math.signum(dtSeconds);
            while (remaining > 0.0) {
                double step = Math.min(remaining, acceleration.stepLimit(state, maxStep));
                if (remaining - step < 1e-9 * step) {
                    step = remaining;
                }
                substep(state, sign * step, withPhi, length);
                remaining -= step;
            }
        }
        if (withPhi) {
            System.arraycopy(phi, 0, transitionOut, 0, PV * n);
            java.util.Arrays.fill(transitionOut, PV * n, n * n, 0.0);
            for (int i = PV; i < n; i++) {
                transitionOut[i * n + i] = 1.0;
            }
        }
    }

    /** One classic RK4 substep of length h (either sign) of the state and, with Phi, of Phi. */
    private void substep(final double[] state, final double h, final boolean withPhi, final int length) {
        System.arraycopy(state, 0, start, 0, PV);
        // k1 at the start; then k2, k3 at the midpoint, k4 at the end, each from the last.
        System.arraycopy(state, 0, stage, 0, PV);
        if (withPhi) {
            System.arraycopy(phi, 0, stagePhi, 0, PV * n);
        }
        derivative(withPhi);
        System.arraycopy(slope, 0, slopeSum, 0, length);
        advanceStage(0.5 * h, withPhi);
        derivative(withPhi);
        accumulate(2.0, length);
        advanceStage(0.5 * h, withPhi);
        derivative(withPhi);
        accumulate(2.0, length);
        advanceStage(h, withPhi);
        derivative(withPhi);
        accumulate(1.0, length);
        final double sixth = h / 6.0;
        for (int i = 0; i < PV; i++) {
            state[i] = start[i] + sixth * slopeSum[i];
        }
        if (withPhi) {
            for (int i = 0; i < PV * n; i++) {
                phi[i] += sixth * slopeSum[PV + i];
            }
        }
    }

    /** Sets the stage to start + c * slope (state and Phi), slope being the last stage's. */
    private void advanceStage(final double c, final boolean withPhi) {
        for (int i = 0; i < PV; i++) {
            stage[i] = start[i] + c * slope[i];
        }
        if (withPhi) {
            for (int i = 0; i < PV * n; i++) {
                stagePhi[i] = phi[i] + c * slope[PV + i];
            }
        }
    }

    private void accumulate(final double weight, final int length) {
        for (int i = 0; i < length; i++) {
            slopeSum[i] += weight * slope[i];
        }
    }

    /** Writes the slope at the stage: (v, a) and, with Phi, A Phi for rows 0..5. */
    private void derivative(final boolean withPhi) {
        acceleration.evaluate(stage, acc, withPhi ? jacobian : null);
        slope[0] = stage[3];
        slope[1] = stage[4];
        slope[2] = stage[5];
        slope[3] = acc[0];
        slope[4] = acc[1];
        slope[5] = acc[2];
        if (!withPhi) {
            return;
        }
        // Rows 0..2 of A Phi are Phi's velocity rows.
        System.arraycopy(stagePhi, 3 * n, slope, PV, 3 * n);
        // Rows 3..5: J Phi, where Phi's rows beyond 5 are the identity's.
        for (int r = 0; r < 3; r++) {
            final int jRow = r * n;
            final int out = PV + (3 + r) * n;
            for (int c = 0; c < n; c++) {
                double sum = c >= PV ? jacobian[jRow + c] : 0.0;
                for (int m = 0; m < PV; m++) {
                    sum += jacobian[jRow + m] * stagePhi[m * n + c];
                }
                slope[out + c] = sum;
            }
        }
    }
}
