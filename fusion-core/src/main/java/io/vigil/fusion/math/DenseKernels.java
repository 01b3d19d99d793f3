package io.vigil.fusion.math;

/**
 * The small dense matrix operations of the filters, as plain loops over flat row-major
 * arrays (the layout of every covariance in Vigil). For the 4 to 9 element states and 2 to 4 element measurements of tracking they
 * are several times faster than EJML's general {@code CommonOps_DDRM} (which dispatches on
 * shape and reshapes on every call; see {@code docs/PERFORMANCE.md}), and they are tested
 * against EJML in {@code DenseKernelsTest}. No argument checks: the filters size everything
 * at construction. Outputs must not alias inputs unless a method says so.
 */
public final class DenseKernels {

    private DenseKernels() {
    }

    /**
     * out (r x c) = a (r x k) b (k x c).
     *
     * @param a r x k, row-major
     * @param b k x c, row-major
     * @param out receives r x c, row-major; must not alias a or b
     * @param r rows of a
     * @param k columns of a, rows of b
     * @param c columns of b
     */
    public static void multiply(final double[] a, final double[] b, final double[] out, final int r, final int k, final int c) {
        for (int i = 0; i < r; i++) {
            final int rowA = i * k;
            final int rowOut = i * c;
            for (int j = 0; j < c; j++) {
                double sum = 0.0;
                for (int t = 0; t < k; t++) {
                    sum += a[rowA + t] * b[t * c + j];
                }
                out[rowOut + j] = sum;
            }
        }
    }

    /**
     * out (r x r) = a (r x k) b^T + add (r x r), where the result is known to be symmetric:
     * the upper triangle is computed and mirrored, so the result is exactly symmetric.
     * {@code add} may be null (nothing added) and may alias {@code out}.
     *
     * @param a r x k, row-major
     * @param b r x k, row-major
     * @param add r x r symmetric matrix to add (its mean with its transpose is added), or null
     * @param out receives r x r, row-major; must not alias a or b
     * @param r rows of a and b
     * @param k columns of a and b
     */
    public static void multiplyTransposeSymmetric(
        final double[] a, final double[] b, final double[] add, final double[] out, final int r, final int k) {
        for (int i = 0; i < r; i++) {
            final int rowA = i * k;
            for (int j = i; j < r; j++) {
                final int rowB = j * k;
                double sum = 0.0;
                for (int t = 0; t < k; t++) {
                    sum += a[rowA + t] * b[rowB + t];
                }
                if (add != null) {
                    sum += 0.5 * (add[i * r + j] + add[j * r + i]);
                }
                out[i * r + j] = sum;
                out[j * r + i] = sum;
            }
        }
    }

    /**
     * Factors the symmetric positive definite m x m matrix s as L L^T, L lower triangular, into
     * {@code lower} (its upper triangle is left untouched).
     *
     * @param s m x m symmetric matrix, row-major (only its lower triangle is read)
     * @param lower receives the factor's lower triangle, m x m row-major; must not alias s
     * @param m dimension
     * @return det s (the caller takes its logarithm only when it needs a likelihood: a
     *     gate test does not), or NaN if s is not positive definite
     */
    public static double cholesky(final double[] s, final double[] lower, final int m) {
        double determinant = 1.0;
        for (int j = 0; j < m; j++) {
            double diagonal = s[j * m + j];
            for (int t = 0; t < j; t++) {
                diagonal -= lower[j * m + t] * lower[j * m + t];
            }
            if (!(diagonal > 0.0)) {
                return Double.NaN;
            }
            determinant *= diagonal;
            final double root = Math.sqrt(diagonal);
            lower[j * m + j] = root;
            for (int i = j + 1; i < m; i++) {
                double sum = s[i * m + j];
                for (int t = 0; t < j; t++) {
                    sum -= lower[i * m + t] * lower[j * m + t];
                }
                lower[i * m + j] = sum / root;
            }
        }
        return determinant;
    }

    /**
     * Solves (L L^T) X = B in place for the m x c right-hand side B, given the factor L from
     * {@link #cholesky}.
     *
     * @param lower the factor L from {@link #cholesky}
     * @param b m x c right-hand side, row-major, replaced by the solution
     * @param m dimension of L
     * @param c columns of b
     */
    public static void solveInPlace(final double[] lower, final double[] b, final int m, final int c) {
        // Row by row over all columns at once (contiguous access), multiplying by the
        // reciprocal of each diagonal element: m divisions instead of 2 m c.
        for (int i = 0; i < m; i++) {
            final double inverse = 1.0 / lower[i * m + i];
            for (int col = 0; col < c; col++) {
                double sum = b[i * c + col];
                for (int t = 0; t < i; t++) {
                    sum -= lower[i * m + t] * b[t * c + col];
                }
                b[i * c + col] = sum * inverse;
            }
        }
        for (int i = m - 1; i >= 0; i--) {
            final double inverse = 1.0 / lower[i * m + i];
            for (int col = 0; col < c; col++) {
                double sum = b[i * c + col];
                for (int t = i + 1; t < m; t++) {
                    sum -= lower[t * m + i] * b[t * c + col];
                }
                b[i * c + col] = sum * inverse;
            }
        }
    }

    /**
     * The squared Mahalanobis norm y^T S^-1 y, given the Cholesky factor of S: the squared
     * length of the whitened vector L^-1 y (one triangular solve, not two).
     *
     * @param lower the factor L of S from {@link #cholesky}
     * @param y the m-element vector (not modified)
     * @param scratch m elements of work space, overwritten with L^-1 y
     * @param m dimension
     * @return y^T S^-1 y
     */
    public static double mahalanobisSquared(final double[] lower, final double[] y, final double[] scratch, final int m) {
        double sum = 0.0;
        for (int i = 0; i < m; i++) {
            double w = y[i];
            for (int t = 0; t < i; t++) {
                w -= lower[i * m + t] * scratch[t];
            }
            w /= lower[i * m + i];
            scratch[i] = w;
            sum += w * w;
        }
        return sum;
    }

    /**
     * x = x + K y, given K^T (m x n): the Kalman state correction.
     *
     * @param gainTransposed K^T, m x n row-major
     * @param y the m-element innovation
     * @param x the n-element state, corrected in place
     * @param m measurement dimension
     * @param n state dimension
     */
    public static void addGainTimes(final double[] gainTransposed, final double[] y, final double[] x, final int m,
        final int n) {
        for (int i = 0; i < n; i++) {
            double correction = 0.0;
            for (int j = 0; j < m; j++) {
                correction += gainTransposed[j * n + i] * y[j];
            }
            x[i] += correction;
        }
    }
}
