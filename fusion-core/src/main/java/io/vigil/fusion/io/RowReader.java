package io.vigil.fusion.io;

import java.io.Closeable;
import java.io.IOException;

/**
 * A streaming reader of one documented file: one record per data row, bad rows reported to
 * {@link LineProblems}, counted and skipped. The per-file subclasses say how a row becomes a
 * record.
 *
 * @param <T> the record type of the file
 */
public abstract class RowReader<T> implements Closeable {

    /** The file's rows; subclasses read their cells through it. */
    final CsvReader csv;

    /** Only this package's readers extend it. */
    RowReader(final CsvReader csv) {
        this.csv = csv;
    }

    /**
     * Reads the next record, skipping bad rows.
     *
     * @return the record, or null at the end of the file
     * @throws IOException if the source fails
     */
    public final T next() throws IOException {
        while (csv.next()) {
            try {
                return record();
            } catch (final BadLineException e) {
                csv.badLine(e.getMessage());
            }
        }
        return null;
    }

    /**
     * Returns the line the last row read or skipped starts on.
     *
     * @return the 1-based physical line, 0 before the first row
     */
    public final long line() {
        return csv.line();
    }

    /**
     * Returns the number of rows skipped as bad.
     *
     * @return bad rows so far
     */
    public final long badLines() {
        return csv.badLines();
    }

    /**
     * Closes the source.
     *
     * @throws IOException if closing fails
     */
    @Override
    public final void close() throws IOException {
        csv.close();
    }

    /** The current row as a record, or a bad line. */
    abstract T record() throws BadLineException;
}
