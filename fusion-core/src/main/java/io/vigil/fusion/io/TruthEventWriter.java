package io.vigil.fusion.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code truth_events.csv} (docs/FORMATS.md): one row per {@link TruthEventRecord},
 * all columns in the documented order; times ISO-8601 UTC, WGS-84 geodetic latitudes and
 * longitudes in degrees.
 */
public final class TruthEventWriter extends RowWriter<TruthEventRecord> {

    /** The columns, in the order written. */
    static final List<String> COLUMNS = List.of("object_id", "launch_time", "launch_lat_deg", "launch_lon_deg",
        "impact_time", "impact_lat_deg", "impact_lon_deg");

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
        super(csv);
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

    @Override
    void cells(final TruthEventRecord event) {
        csv.requiredText(event.objectId()).time(event.launchTimeNanos())
            .requiredNumber(event.launchLatDeg()).requiredNumber(event.launchLonDeg()).time(event.impactTimeNanos())
            .requiredNumber(event.impactLatDeg()).requiredNumber(event.impactLonDeg());
    }
}
