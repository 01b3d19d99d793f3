package io.vigil.fusion.filter;

/** The verdict of a {@link CovarianceCheck}: healthy, or the first defect found. */
public enum CovarianceHealth {
    /** Finite, symmetric and positive definite. */
    HEALTHY,
    /** An element is NaN or infinite. */
    NOT_FINITE,
    /** An element differs from its transpose by more than the check's relative tolerance. */
    NOT_SYMMETRIC,
    /** A Cholesky factorisation fails: a variance or a Schur complement is not positive. */
    NOT_POSITIVE_DEFINITE
}
