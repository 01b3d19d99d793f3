package io.vigil.fusion.io;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;

/**
 * A writer of one documented file: the header, then one row per record with all columns
 * in the documented order. The per-file subclasses say which cells a record gives.
 *
 * @param <T> the record type of the file
 */
public abstract class RowWriter<T> implements Closeable, Flushable {

    /** The file's rows; subclasses write their cells through it. */
    final CsvWriter csv;

    /** Only this package's writers extend it. */
    RowWriter(final CsvWriter csv) {
        this.csv = csv;
    }

    /**
     * Writes one record as a row.
     *
     * @param row the record
     * @throws IOException if the target fails
     * @throws IllegalArgumentException if a value the file requires is absent, a number is
     *     infinite (or NaN where required) or an id list holds an empty id or a ';' (the
     *     message names the column; nothing of the row is written then)
     */
    public final void write(final T row) throws IOException {
        cells(row);
        csv.endRow();
    }

    /**
     * Flushes the rows written so far to the target.
     *
     * @throws IOException if the target fails
     */
    @Override
    public final void flush() throws IOException {
        csv.flush();
    }

    /**
     * Closes the target.
     *
     * @throws IOException if the target fails
     */
    @Override
    public final void close() throws IOException {
        csv.close();
    }

    /** Puts the record's cells, in column order, into the pending row. */
    abstract void cells(T row);
}
