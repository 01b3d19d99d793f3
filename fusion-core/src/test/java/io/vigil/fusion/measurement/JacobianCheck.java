package io.vigil.fusion.measurement;

/**
 * Compares a model's analytic Jacobian with central finite differences of its own
 * {@code predict}, differenced through its {@code residual} (so an azimuth that steps across
 * north differences to a small angle, not to 2pi).
 *
 * <p>The difference is the fourth-order central one, (8 D(h) - D(2h)) / 12h with
 * D(h) = f(x + h) - f(x - h): its truncation error falls as (h / L)^4, L the length over
 * which the function bends, so a step can be taken large against the rounding of f and
 * still small against L. That matters next to a radar's zenith, where L (the horizontal
 * distance of the target from the site) can be centimetres while ECEF coordinates round at
 * 1e-9 m. Each step's actual width (x + h) - (x - h) is used, not 2h.
 *
 * <p>The error of a row is max_j |J_ij - D_ij| / max_j |J_ij|: relative to the row's
 * largest element, because single elements of a correct row can be zero or tiny (the
 * derivative of range across the line of sight) and an element-wise relative error there
 * would measure only the finite difference's noise. A row that is zero analytically is
 * measured absolutely.
 */
final class JacobianCheck {

    private final MeasurementModel model;
    private final int n;
    private final int m;
    private final double[] analytic;
    private final double[] shifted;
    private final double[] plus;
    private final double[] minus;
    private final double[] difference;
    private final double[] rowErrors;

    JacobianCheck(final MeasurementModel model, final int stateDimension) {
        this.model = model;
        this.n = stateDimension;
        this.m = model.dimension();
        analytic = new double[m * n];
        shifted = new double[n];
        plus = new double[m];
        minus = new double[m];
        difference = new double[m];
        rowErrors = new double[m];
    }

    /**
     * Checks the Jacobian at one state.
     *
     * @param state the n-element state
     * @param positionStepM finite-difference step of the position elements, metres
     * @param velocityStepMps step of the velocity elements, m/s
     * @return the largest row error (see the class comment); {@link #rowError} has each row's
     */
    double worstRowError(final double[] state, final double positionStepM, final double velocityStepMps) {
        model.predict(state, n, plus, analytic);
        final double[] largestDifference = new double[m];
        final double[] largestElement = new double[m];
        final double[] near = new double[m];
        for (int j = 0; j < n; j++) {
            final double step = j < 3 ? positionStepM : j < 6 ? velocityStepMps : 1.0;
            final double nearWidth = centralDifference(state, j, step, near);
            final double farWidth = centralDifference(state, j, 2.0 * step, difference);
            for (int i = 0; i < m; i++) {
                final double numeric = (4.0 * near[i] / nearWidth - difference[i] / farWidth) / 3.0;
                final double exact = analytic[i * n + j];
                largestDifference[i] = Math.max(largestDifference[i], Math.abs(exact - numeric));
                largestElement[i] = Math.max(largestElement[i], Math.abs(exact));
            }
        }
        double worst = 0.0;
        for (int i = 0; i < m; i++) {
            rowErrors[i] = largestElement[i] > 0.0 ? largestDifference[i] / largestElement[i] : largestDifference[i];
            worst = Math.max(worst, rowErrors[i]);
        }
        return worst;
    }

    /** Writes f(x + h e_j) - f(x - h e_j) (through the residual) and returns the actual width. */
    private double centralDifference(final double[] state, final int j, final double step, final double[] out) {
        System.arraycopy(state, 0, shifted, 0, n);
        final double up = state[j] + step;
        final double down = state[j] - step;
        shifted[j] = up;
        model.predict(shifted, n, plus, null);
        shifted[j] = down;
        model.predict(shifted, n, minus, null);
        model.residual(plus, minus, out);
        return up - down;
    }

    /** @return the error of row i at the last checked state */
    double rowError(final int i) {
        return rowErrors[i];
    }

    /** @return the analytic Jacobian at the last checked state, m x n row-major (not a copy) */
    double[] analytic() {
        return analytic;
    }
}
