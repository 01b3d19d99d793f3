package io.vigil.fusion.samples;

import io.vigil.fusion.io.LineProblems;
import java.io.PrintWriter;

/**
 * Reports bad input lines to the user as {@code file:line: reason}, the first
 * {@value #SHOWN} of them, and counts them all, so a file with a million bad rows does not
 * flood the terminal and none goes unnoticed.
 */
public final class ProblemLog implements LineProblems {

    /** How many problems are printed before the rest are only counted. */
    public static final int SHOWN = 20;

    private final PrintWriter err;
    private long count;

    /**
     * Creates the log.
     *
     * @param err where problems are printed
     */
    public ProblemLog(final PrintWriter err) {
        this.err = err;
    }

    @Override
    public void badLine(final String file, final long line, final String reason) {
        count++;
        if (count <= SHOWN) {
            err.println(file + ":" + line + ": " + reason);
        }
    }

    /**
     * Prints how many problems were not shown, if any.
     */
    public void finish() {
        if (count > SHOWN) {
            err.println("... and " + (count - SHOWN) + " more bad lines");
        }
        err.flush();
    }
}
