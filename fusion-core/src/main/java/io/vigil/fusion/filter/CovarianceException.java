package io.vigil.fusion.filter;

/**
 * A covariance that should be symmetric positive definite is not: the filter cannot go on
 * with it. Thrown by the filters and by {@link CovarianceCheck}; the engine catches it,
 * counts it and drops or re-initialises the track rather than propagating a lie.
 *
 * <p>Thrown only on a broken estimate, never on the normal path (it is created when thrown).
 */
public final class CovarianceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, in the filter's terms
     */
    public CovarianceException(final String message) {
        super(message);
    }
}
