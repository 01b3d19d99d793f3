package io.vigil.fusion.io;

/**
 * Why the current data row cannot be read; the record readers catch it, report the row to
 * {@link LineProblems} and skip it. Carries no stack trace: it is expected, and cheap.
 */
final class BadLineException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param reason what is wrong with the row
     */
    BadLineException(final String reason) {
        super(reason, null, false, false);
    }
}
