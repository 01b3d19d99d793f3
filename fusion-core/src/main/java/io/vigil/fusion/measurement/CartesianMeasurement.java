package io.vigil.fusion.measurement;

/**
 * A measured ECEF position with a full 3x3 covariance: z = (x, y, z) in metres, h(x) the
 * state's position, Jacobian [I 0], R the given covariance in m^2 (ECEF axes, row-major).
 * For reports that arrive already as positions: a sensor's own track, a fused report from
 * another system, a test.
 *
 * <p>The covariance is checked when configured: finite, symmetric to within
 * {@link #SYMMETRY_TOLERANCE} (and stored exactly symmetrised), and positive definite with
 * a margin, each Cholesky pivot above {@link #PIVOT_TOLERANCE} times its diagonal element
 * (so a matrix that is singular to rounding, a correlation within about 1e-12 of 1, is
 * rejected too, since a filter could not invert it reliably).
 *
 * <p>A mutable flyweight configured per plot through fluent setters that validate their
 * arguments; one thread only; nothing is allocated per call.
 */
public final class CartesianMeasurement implements MeasurementModel {

    /**
     * Largest accepted |c_ij - c_ji| relative to sqrt(c_ii c_jj): 1e-12, far above the
     * rounding of a covariance rotated without symmetrising (a few 1e-16) and far below any
     * genuine asymmetry (a transposed or mistyped element).
     */
    public static final double SYMMETRY_TOLERANCE = 1e-12;

    /** Least accepted Cholesky pivot relative to its diagonal element (1 - R^2 of that axis on the earlier ones). */
    public static final double PIVOT_TOLERANCE = 1e-12;

    private static final int M = 3;

    private boolean positionConfigured;
    private final double[] position = new double[M];
    private boolean covarianceConfigured;
    private final double[] covariance = new double[M * M];

    /** Creates an unconfigured model; configure a position and a covariance before use. */
    public CartesianMeasurement() {
        // Everything is configured per plot through the setters.
    }

    /**
     * Sets the measured position.
     *
     * @param xM ECEF x, metres, finite
     * @param yM ECEF y, metres, finite
     * @param zM ECEF z, metres, finite
     * @return this model
     * @throws IllegalArgumentException if a coordinate is not finite
     */
    public CartesianMeasurement position(final double xM, final double yM, final double zM) {
        position[0] = Checks.finite("ECEF x (m)", xM);
        position[1] = Checks.finite("ECEF y (m)", yM);
        position[2] = Checks.finite("ECEF z (m)", zM);
        positionConfigured = true;
        return this;
    }

    /**
     * Sets the measurement covariance, copying it (the caller may reuse its array).
     *
     * @param covarianceM2 the 3x3 covariance of the ECEF position, m^2, row-major (the first
     *     9 elements are read), symmetric positive definite
     * @return this model
     * @throws IllegalArgumentException if the array is shorter than 9, or the matrix is not
     *     finite, not symmetric or not positive definite; the message shows the matrix
     */
    public CartesianMeasurement covariance(final double[] covarianceM2) {
        if (covarianceM2 == null || covarianceM2.length < M * M) {
            throw new IllegalArgumentException("covariance must have at least 9 elements, got "
                + (covarianceM2 == null ? "null" : covarianceM2.length + " elements"));
        }
        for (int k = 0; k < M * M; k++) {
            if (!Double.isFinite(covarianceM2[k])) {
                throw invalid(covarianceM2, "element " + k + " is " + covarianceM2[k]);
            }
        }
        for (int i = 0; i < M; i++) {
            final double diagonal = covarianceM2[i * M + i];
            if (!(diagonal > 0.0)) {
                throw invalid(covarianceM2, "variance " + i + " is " + diagonal + ", not > 0");
            }
        }
        for (int i = 0; i < M; i++) {
            for (int j = i + 1; j < M; j++) {
                final double upper = covarianceM2[i * M + j];
                final double lower = covarianceM2[j * M + i];
                final double scale = Math.sqrt(covarianceM2[i * M + i] * covarianceM2[j * M + j]);
                if (!(Math.abs(upper - lower) <= SYMMETRY_TOLERANCE * scale)) {
                    throw invalid(covarianceM2, "not symmetric: (" + i + "," + j + ") = " + upper
                        + " but (" + j + "," + i + ") = " + lower);
                }
            }
        }
        final double c00 = covarianceM2[0];
        final double c11 = covarianceM2[4];
        final double c22 = covarianceM2[8];
        final double c01 = 0.5 * (covarianceM2[1] + covarianceM2[3]);
        final double c02 = 0.5 * (covarianceM2[2] + covarianceM2[6]);
        final double c12 = 0.5 * (covarianceM2[5] + covarianceM2[7]);
        // Cholesky pivots: positive definite if and only if all three are positive.
        final double l00 = Math.sqrt(c00);
        final double l10 = c01 / l00;
        final double l20 = c02 / l00;
        final double pivot1 = c11 - l10 * l10;
        if (!(pivot1 > PIVOT_TOLERANCE * c11)) {
            throw invalid(covarianceM2, "not positive definite: Cholesky pivot 1 is " + pivot1 + " m^2");
        }
        final double l11 = Math.sqrt(pivot1);
        final double l21 = (c12 - l20 * l10) / l11;
        final double pivot2 = c22 - l20 * l20 - l21 * l21;
        if (!(pivot2 > PIVOT_TOLERANCE * c22)) {
            throw invalid(covarianceM2, "not positive definite: Cholesky pivot 2 is " + pivot2 + " m^2");
        }
        covariance[0] = c00;
        covariance[1] = c01;
        covariance[2] = c02;
        covariance[3] = c01;
        covariance[4] = c11;
        covariance[5] = c12;
        covariance[6] = c02;
        covariance[7] = c12;
        covariance[8] = c22;
        covarianceConfigured = true;
        return this;
    }

    /**
     * {@inheritDoc}
     *
     * @return 3
     */
    @Override
    public int dimension() {
        return M;
    }

    /**
     * Writes the measured ECEF position, metres.
     *
     * @throws IllegalStateException if no position is configured
     */
    @Override
    public void measurement(final double[] measurementOut) {
        Checks.configured("Cartesian position", positionConfigured);
        System.arraycopy(position, 0, measurementOut, 0, M);
    }

    /**
     * Predicts the state's ECEF position, metres; the Jacobian is [I 0].
     *
     * @throws IllegalArgumentException if {@code stateDimension < 6}
     */
    @Override
    public void predict(
        final double[] state, final int stateDimension, final double[] predictedOut, final double[] jacobianOut) {
        Checks.stateDimension(stateDimension);
        predictedOut[0] = state[0];
        predictedOut[1] = state[1];
        predictedOut[2] = state[2];
        if (jacobianOut != null) {
            java.util.Arrays.fill(jacobianOut, 0, M * stateDimension, 0.0);
            for (int i = 0; i < M; i++) {
                jacobianOut[i * stateDimension + i] = 1.0;
            }
        }
    }

    /** a - b, element by element, metres. */
    @Override
    public void residual(final double[] a, final double[] b, final double[] residualOut) {
        residualOut[0] = a[0] - b[0];
        residualOut[1] = a[1] - b[1];
        residualOut[2] = a[2] - b[2];
    }

    /**
     * Writes the configured covariance, m^2, exactly symmetric.
     *
     * @throws IllegalStateException if no covariance is configured
     */
    @Override
    public void noise(final double[] noiseOut) {
        Checks.configured("Cartesian covariance", covarianceConfigured);
        System.arraycopy(covariance, 0, noiseOut, 0, M * M);
    }

    private static IllegalArgumentException invalid(final double[] matrix, final String reason) {
        return new IllegalArgumentException("covariance (m^2) " + reason + "; matrix (row-major) "
            + java.util.Arrays.toString(java.util.Arrays.copyOf(matrix, M * M)));
    }
}
