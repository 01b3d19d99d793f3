package io.vigil.fusion.io;

import io.vigil.fusion.trajectory.WarningState;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;

/**
 * Reads {@code warnings.csv} (docs/FORMATS.md), streaming, one {@link WarningRecord} per
 * row. Every column must be in the header. A row is skipped, and reported to
 * {@link LineProblems}, if its time, area id, track id or state is empty or a value does not
 * parse; an empty probability or time to impact is NaN.
 */
public final class WarningReader extends RowReader<WarningRecord> {

    private final Column time;
    private final Column areaId;
    private final Column trackId;
    private final Column state;
    private final Column probability;
    private final Column timeToImpactS;

    /**
     * Reads the header from a character stream.
     *
     * @param source the text; closed by {@link #close()}
     * @param fileName the name used in messages
     * @param problems receives the skipped rows
     * @throws IOException if the source fails
     * @throws CsvFormatException if there is no header or it lacks a column
     */
    public WarningReader(final Reader source, final String fileName, final LineProblems problems) throws IOException {
        this(new CsvReader(source, fileName, problems));
    }

    private WarningReader(final CsvReader csv) {
        super(csv);
        csv.require(WarningWriter.COLUMNS);
        this.time = new Column(csv, "time");
        this.areaId = new Column(csv, "area_id");
        this.trackId = new Column(csv, "track_id");
        this.state = new Column(csv, "state");
        this.probability = new Column(csv, "probability");
        this.timeToImpactS = new Column(csv, "time_to_impact_s");
    }

    /**
     * Opens a UTF-8 file and reads its header.
     *
     * @param file the file; its name is used in messages
     * @param problems receives the skipped rows
     * @return the reader
     * @throws IOException if the file fails while being read
     * @throws CsvFormatException if the file cannot be read, has no header or its header lacks a column
     */
    public static WarningReader open(final Path file, final LineProblems problems) throws IOException {
        return CsvReader.open(file, problems, WarningReader::new);
    }

    @Override
    WarningRecord record() throws BadLineException {
        return new WarningRecord(time.requiredTime(), areaId.requiredText(), trackId.requiredInteger(),
            state.requiredName(WarningState.class), probability.number(), timeToImpactS.number());
    }
}
