package io.vigil.fusion.io;

/**
 * A CSV file that cannot be read at all: it cannot be opened, it has no header row, or its
 * header lacks a column the format requires (or names one twice). The message is
 * {@code "<file>:<line>: <reason>"}, for example {@code plots.csv:1: missing column range_m};
 * line 0 means before the first line (a file that cannot be opened, or an empty one).
 *
 * <p>A problem confined to one data row is not fatal: that row is reported to
 * {@link LineProblems} and skipped.
 */
public final class CsvFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The file's display name. */
    private final String file;
    /** The 1-based physical line, 0 before the first. */
    private final long line;
    /** What is wrong. */
    private final String reason;

    /**
     * Creates the exception.
     *
     * @param file the file's display name, usually its file name
     * @param line the 1-based physical line of the problem, 0 before the first line
     * @param reason what is wrong, for example {@code missing column range_m}
     */
    public CsvFormatException(final String file, final long line, final String reason) {
        this(file, line, reason, null);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param file the file's display name, usually its file name
     * @param line the 1-based physical line of the problem, 0 before the first line
     * @param reason what is wrong
     * @param cause the underlying failure, or null
     */
    public CsvFormatException(final String file, final long line, final String reason, final Throwable cause) {
        super(file + ":" + line + ": " + reason, cause);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    /**
     * Returns the file's display name.
     *
     * @return the name, as given to the reader
     */
    public String file() {
        return file;
    }

    /**
     * Returns the physical line of the problem.
     *
     * @return the 1-based line number, 0 before the first line
     */
    public long line() {
        return line;
    }

    /**
     * Returns what is wrong, without the file and line.
     *
     * @return the reason
     */
    public String reason() {
        return reason;
    }
}
