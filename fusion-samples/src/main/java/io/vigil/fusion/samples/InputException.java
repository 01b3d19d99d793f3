package io.vigil.fusion.samples;

/**
 * A user's mistake in what they gave the command line: a missing or unreadable file, a
 * malformed file header, an unknown scenario. The command line prints its message as one
 * line and exits with code 2, without a stack trace.
 */
public final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message one line naming the file (and line) and what is wrong
     */
    public InputException(final String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message one line naming the file (and line) and what is wrong
     * @param cause the underlying failure
     */
    public InputException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
