package io.vigil.fusion.io;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code truth_events.csv} (docs/FORMATS.md): one row per {@link TruthEventRecord},
 * all columns in the documented order; times ISO-8601 UTC, WGS-84 geodetic latitudes and
 * longitudes in degrees.
 */
public final class TruthEventWriter implements Closeable, Flushable {

    /** The columns, in the order written. */
    static final List<String> COLUMNS = List.of("object_id", "launch_time", "launch_lat_deg", "launch_lon_deg",
        "impact_time", "impact_lat_deg", "impact_lon_deg");

    private final CsvWriter csv;

    /**
     * Writes the header to a character stream.
     *
     * @param target receives the text (buffered by the caller if needed); closed by {@link #close()}
     * @throws IOException if the target fails
     */
    public TruthEventWriter(final Writer target) throws IOException {
        this(new CsvWriter(target, COLUMNS));
    }

    private TruthEventWriter(final CsvWriter csv) {
        this.csv = csv;
    }

    /**
     * Creates (or truncates) a UTF-8 file and writes the header.
     *
     * @param file the file
     * @return the writer
     * @throws IOException if the file cannot be created or written
     */
    public static TruthEventWriter create(final Path file) throws IOException {
        return new TruthEventWriter(CsvWriter.create(file, COLUMNS));
    }

    /**
     * Writes one launch and impact.
     *
     * @param event the row
     * @throws IOException if the target fails
     * @throws IllegalArgumentException if the object id is absent or a number is NaN or infinite (nothing is written then)
     */
    public void write(final TruthEventRecord event) throws IOException {
        csv.requiredText(event.objectId()).time(event.launchTimeNanos())
            .requiredNumber(event.launchLatDeg()).requiredNumber(event.launchLonDeg()).time(event.impactTimeNanos())
            .requiredNumber(event.impactLatDeg()).requiredNumber(event.impactLonDeg());
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
