package io.vigil.fusion.filter;

import io.vigil.fusion.math.DenseKernels;

/**
 * Checks that a covariance is what the filters promise: finite, symmetric and positive
 * definite. A covariance that fails is a bug or a numerical breakdown, and the estimate it
 * belongs to must not be reported as if it were sound (DESIGN.md, section 3).
 *
 * <p>Positive definiteness is tested by attempting a Cholesky factorisation (in a
 * preallocated scratch matrix; the input is not modified), which fails exactly when a
 * leading minor is not positive. Allocation-free; one instance per thread.
 */
public final class CovarianceCheck {

    /** Default relative symmetry tolerance: far above rounding, far below a real defect. */
    public static final double DEFAULT_SYMMETRY_TOLERANCE = 1e-9;

    private final int maxDimension;
    private final double symmetryTolerance;
    private final double[] factor;

    /**
     * Creates a check for covariances up to a dimension.
     *
     * @param maxDimension the largest n it will be given
     * @param symmetryTolerance the largest accepted |P(i,j) - P(j,i)| relative to
     *     sqrt(P(i,i) P(j,j))
     */
    public CovarianceCheck(final int maxDimension, final double symmetryTolerance) {
        if (maxDimension < 1 || !(symmetryTolerance >= 0.0)) {
            throw new IllegalArgumentException("need maxDimension >= 1 and symmetryTolerance >= 0, got "
                + maxDimension + " and " + symmetryTolerance);
        }
        this.maxDimension = maxDimension;
        this.symmetryTolerance = symmetryTolerance;
        this.factor = new double[maxDimension * maxDimension];
    }

    /**
     * Checks an n x n row-major covariance.
     *
     * @param covariance the matrix (not modified)
     * @param n its dimension, at most the check's maximum
     * @return {@link CovarianceHealth#HEALTHY} or the first defect found
     */
    public CovarianceHealth check(final double[] covariance, final int n) {
        if (n > maxDimension) {
            throw new IllegalArgumentException("dimension " + n + " exceeds this check's maximum " + maxDimension);
        }
        for (int i = 0; i < n * n; i++) {
            if (!Double.isFinite(covariance[i])) {
                return CovarianceHealth.NOT_FINITE;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                final double scale = Math.sqrt(Math.abs(covariance[i * n + i] * covariance[j * n + j]));
                if (Math.abs(covariance[i * n + j] - covariance[j * n + i]) > symmetryTolerance * scale) {
                    return CovarianceHealth.NOT_SYMMETRIC;
                }
            }
        }
        if (Double.isNaN(DenseKernels.cholesky(covariance, factor, n))) {
            return CovarianceHealth.NOT_POSITIVE_DEFINITE;
        }
        return CovarianceHealth.HEALTHY;
    }
}
