package io.vigil.fusion.samples.simulation;

import java.io.IOException;

/**
 * A scenario file that cannot be used: not JSON, not a scenario, or a scenario with a bad
 * value. The message names the file, the line and column, and the field.
 */
public final class ScenarioFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;

    /**
     * Creates the exception.
     *
     * @param source the file (or built-in scenario) read
     * @param line the 1-based line of the problem, or -1 if unknown
     * @param column the 1-based column of the problem, or -1 if unknown
     * @param problem what is wrong
     * @param cause the parser's exception
     */
    ScenarioFileException(
        final String source, final int line, final int column, final String problem, final Throwable cause) {
        super("bad scenario file " + source + (line > 0 ? ", line " + line + ", column " + column : "") + ": "
            + problem, cause);
        this.source = source;
        this.line = line;
        this.column = column;
    }

    /**
     * Returns the file (or built-in scenario) read.
     *
     * @return the source's name
     */
    public String source() {
        return source;
    }

    /**
     * Returns the 1-based line of the problem, or -1 if unknown.
     *
     * @return the line
     */
    public int line() {
        return line;
    }

    /**
     * Returns the 1-based column of the problem, or -1 if unknown.
     *
     * @return the column
     */
    public int column() {
        return column;
    }
}
