package io.vigil.fusion.io;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code warnings.csv} (docs/FORMATS.md): one row per {@link WarningRecord}, all
 * columns in the documented order; times ISO-8601 UTC, probability in [0, 1], time to
 * impact in seconds.
 */
public final class WarningWriter implements Closeable, Flushable {

    /** The columns, in the order written. */
    static final List<String> COLUMNS = List.of("time", "area_id", "track_id", "state", "probability",
        "time_to_impact_s");

    private final CsvWriter csv;

    /**
     * Writes the header to a character stream.
     *
     * @param target receives the text (buffered by the caller if needed); closed by {@link #close()}
     * @throws IOException if the target fails
     */
    public WarningWriter(final Writer target) throws IOException {
        this(new CsvWriter(target, COLUMNS));
    }

    private WarningWriter(final CsvWriter csv) {
        this.csv = csv;
    }

    /**
     * Creates (or truncates) a UTF-8 file and writes the header.
     *
     * @param file the file
     * @return the writer
     * @throws IOException if the file cannot be created or written
     */
    public static WarningWriter create(final Path file) throws IOException {
        return new WarningWriter(CsvWriter.create(file, COLUMNS));
    }

    /**
     * Writes one warning event.
     *
     * @param warning the row
     * @throws IOException if the target fails
     * @throws IllegalArgumentException if the area id or state is absent or a number is infinite (nothing is written then)
     */
    public void write(final WarningRecord warning) throws IOException {
        csv.time(warning.timeNanos()).requiredText(warning.areaId()).integer(warning.trackId())
            .requiredName(warning.state()).number(warning.probability()).number(warning.timeToImpactS());
        csv.endRow();
    }

    /**
     * Flushes the rows written so far to the target.
     *
     * @throws IOException if the target fails
     */
    @Override
    public void flush() throws IOException {
        csv.flush();
    }

    /**
     * Closes the target.
     *
     * @throws IOException if the target fails
     */
    @Override
    public void close() throws IOException {
        csv.close();
    }
}
