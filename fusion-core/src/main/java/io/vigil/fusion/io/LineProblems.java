package io.vigil.fusion.io;

/**
 * Receives the data rows a reader skips: a bad number, time or enumeration value, an empty
 * required cell, a malformed quoted field, an unknown sensor, a sensor the engine would
 * refuse. The reader counts the row, calls this, and goes on with the next row. Called on
 * the reading thread, in file order.
 */
@FunctionalInterface
public interface LineProblems {

    /**
     * A row was skipped.
     *
     * @param file the file's display name
     * @param line the 1-based physical line the row starts on
     * @param reason what is wrong with it, for example {@code unknown sensor XYZ}
     */
    void badLine(String file, long line, String reason);
}
