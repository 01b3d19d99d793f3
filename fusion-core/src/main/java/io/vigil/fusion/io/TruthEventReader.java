package io.vigil.fusion.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;

/**
 * Reads {@code truth_events.csv} (docs/FORMATS.md), streaming, one {@link TruthEventRecord}
 * per row: times as nanoseconds since the Unix epoch, WGS-84 geodetic latitudes and
 * longitudes in degrees. Every column must be in the header and every cell filled; a row
 * with an empty cell or a value that does not parse is skipped and reported to
 * {@link LineProblems}.
 */
public final class TruthEventReader extends RowReader<TruthEventRecord> {

    private final Column objectId;
    private final Column launchTime;
    private final Column launchLatDeg;
    private final Column launchLonDeg;
    private final Column impactTime;
    private final Column impactLatDeg;
    private final Column impactLonDeg;

    /**
     * Reads the header from a character stream.
     *
     * @param source the text; closed by {@link #close()}
     * @param fileName the name used in messages
     * @param problems receives the skipped rows
     * @throws IOException if the source fails
     * @throws CsvFormatException if there is no header or it lacks a column
     */
    public TruthEventReader(final Reader source, final String fileName, final LineProblems problems) throws IOException {
        this(new CsvReader(source, fileName, problems));
    }

    private TruthEventReader(final CsvReader csv) {
        super(csv);
        csv.require(TruthEventWriter.COLUMNS);
        this.objectId = new Column(csv, "object_id");
        this.launchTime = new Column(csv, "launch_time");
        this.launchLatDeg = new Column(csv, "launch_lat_deg");
        this.launchLonDeg = new Column(csv, "launch_lon_deg");
        this.impactTime = new Column(csv, "impact_time");
        this.impactLatDeg = new Column(csv, "impact_lat_deg");
        this.impactLonDeg = new Column(csv, "impact_lon_deg");
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
    public static TruthEventReader open(final Path file, final LineProblems problems) throws IOException {
        return CsvReader.open(file, problems, TruthEventReader::new);
    }

    @Override
    TruthEventRecord record() throws BadLineException {
        return new TruthEventRecord(objectId.requiredText(), launchTime.requiredTime(),
            launchLatDeg.requiredNumber(), launchLonDeg.requiredNumber(), impactTime.requiredTime(),
            impactLatDeg.requiredNumber(), impactLonDeg.requiredNumber());
    }
}
