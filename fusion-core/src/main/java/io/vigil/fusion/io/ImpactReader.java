package io.vigil.fusion.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;

/**
 * Reads {@code impacts.csv} (docs/FORMATS.md), streaming, one {@link ImpactRecord} per
 * row: times as nanoseconds since the Unix epoch, geodetic points in degrees, semi-axes and
 * CEP in metres, orientations in degrees clockwise from north. Every column must be in the
 * header. A row is skipped, and reported to {@link LineProblems}, if its time, track id or
 * impact time is empty or a value does not parse; other empty cells are NaN, or
 * {@link ImpactRecord#NO_TIME} for the launch time.
 */
public final class ImpactReader extends RowReader<ImpactRecord> {

    private final Column time;
    private final Column trackId;
    private final Column impactTime;
    private final Column impactLatDeg;
    private final Column impactLonDeg;
    private final Column semiMajorM;
    private final Column semiMinorM;
    private final Column orientationDeg;
    private final Column cep50M;
    private final Column launchTime;
    private final Column launchLatDeg;
    private final Column launchLonDeg;
    private final Column launchSemiMajorM;
    private final Column launchSemiMinorM;
    private final Column launchOrientationDeg;

    /**
     * Reads the header from a character stream.
     *
     * @param source the text; closed by {@link #close()}
     * @param fileName the name used in messages
     * @param problems receives the skipped rows
     * @throws IOException if the source fails
     * @throws CsvFormatException if there is no header or it lacks a column
     */
    public ImpactReader(final Reader source, final String fileName, final LineProblems problems) throws IOException {
        this(new CsvReader(source, fileName, problems));
    }

    private ImpactReader(final CsvReader csv) {
        super(csv);
        csv.require(ImpactWriter.COLUMNS);
        this.time = new Column(csv, "time");
        this.trackId = new Column(csv, "track_id");
        this.impactTime = new Column(csv, "impact_time");
        this.impactLatDeg = new Column(csv, "impact_lat_deg");
        this.impactLonDeg = new Column(csv, "impact_lon_deg");
        this.semiMajorM = new Column(csv, "semi_major_m");
        this.semiMinorM = new Column(csv, "semi_minor_m");
        this.orientationDeg = new Column(csv, "orientation_deg");
        this.cep50M = new Column(csv, "cep50_m");
        this.launchTime = new Column(csv, "launch_time");
        this.launchLatDeg = new Column(csv, "launch_lat_deg");
        this.launchLonDeg = new Column(csv, "launch_lon_deg");
        this.launchSemiMajorM = new Column(csv, "launch_semi_major_m");
        this.launchSemiMinorM = new Column(csv, "launch_semi_minor_m");
        this.launchOrientationDeg = new Column(csv, "launch_orientation_deg");
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
    public static ImpactReader open(final Path file, final LineProblems problems) throws IOException {
        return CsvReader.open(file, problems, ImpactReader::new);
    }

    @Override
    ImpactRecord record() throws BadLineException {
        return new ImpactRecord(time.requiredTime(), trackId.requiredInteger(), impactTime.requiredTime(),
            impactLatDeg.number(), impactLonDeg.number(), semiMajorM.number(), semiMinorM.number(),
            orientationDeg.number(), cep50M.number(), launchTime.optionalTime(ImpactRecord.NO_TIME),
            launchLatDeg.number(), launchLonDeg.number(), launchSemiMajorM.number(), launchSemiMinorM.number(),
            launchOrientationDeg.number());
    }
}
