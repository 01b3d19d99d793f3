package io.vigil.fusion.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code warnings.csv} (docs/FORMATS.md): one row per {@link WarningRecord}, all
 * columns in the documented order; times ISO-8601 UTC, probability in [0, 1], time to
 * impact in seconds.
 */
public final class WarningWriter extends RowWriter<WarningRecord> {

    /** The columns, in the order written. */
    static final List<String> COLUMNS = List.of("time", "area_id", "track_id", "state", "probability",
        "time_to_impact_s");

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
        super(csv);
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

    @Override
    void cells(final WarningRecord warning) {
        csv.time(warning.timeNanos()).requiredText(warning.areaId()).integer(warning.trackId())
            .requiredName(warning.state()).number(warning.probability()).number(warning.timeToImpactS());
    }
}
