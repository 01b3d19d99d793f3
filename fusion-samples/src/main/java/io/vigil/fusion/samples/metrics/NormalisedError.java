package io.vigil.fusion.samples.metrics;

import io.vigil.fusion.math.DenseKernels;

/**
 * The normalised estimation error squared (NEES) e^T P^-1 e of an estimate against the
 * truth, by a Cholesky factor of P (never an inverse). For a consistent estimator it is
 * chi-square distributed with as many degrees of freedom as e has elements.
 */
final class NormalisedError {

    private final double[] block = new double[36];
    private final double[] lower = new double[36];
    private final double[] whitened = new double[6];

    /**
     * The NEES over the leading {@code dimension} elements: e (first {@code dimension} of
     * {@code error}) against the leading {@code dimension} x {@code dimension} block of the
     * 6 x 6 covariance.
     *
     * @param error estimate minus truth, at least {@code dimension} elements
     * @param covariance 6 x 6 covariance, row-major
     * @param dimension 3 (position) or 6 (position and velocity)
     * @return the NEES, or NaN if the block is not positive definite
     */
    double of(final double[] error, final double[] covariance, final int dimension) {
        for (int i = 0; i < dimension; i++) {
            for (int j = 0; j < dimension; j++) {
                block[i * dimension + j] = covariance[6 * i + j];
            }
        }
        if (Double.isNaN(DenseKernels.cholesky(block, lower, dimension))) {
            return Double.NaN;
        }
        return DenseKernels.mahalanobisSquared(lower, error, whitened, dimension);
    }
}
