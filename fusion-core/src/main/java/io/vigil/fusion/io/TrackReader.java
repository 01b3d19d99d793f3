package io.vigil.fusion.io;

import io.vigil.fusion.track.TrackStatus;
import io.vigil.fusion.trajectory.FlightPhase;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;

/**
 * Reads {@code tracks.csv} (docs/FORMATS.md), streaming, one {@link TrackRecord} per row:
 * ECEF (WGS-84) position in metres and velocity in m/s, covariance upper triangle (m^2,
 * m^2/s, m^2/s^2), geodetic position in degrees and metres. Every column must be in the
 * header. A row is skipped, and reported to {@link LineProblems}, if its time, track id or
 * status is empty, a value does not parse, or a list of sensors or nations has an empty
 * id; other empty cells are NaN, no phase, or an empty list.
 */
public final class TrackReader extends RowReader<TrackRecord> {

    /** Position of p00 in the writer's columns: the covariance's columns follow it in upperIndex order. */
    private static final int COVARIANCE_COLUMN = TrackWriter.COLUMNS.indexOf("p00");

    private final Column time;
    private final Column trackId;
    private final Column status;
    private final Column xM;
    private final Column yM;
    private final Column zM;
    private final Column vxMps;
    private final Column vyMps;
    private final Column vzMps;
    /** p00, p01, ..., p55: the covariance's upper triangle, row by row. */
    private final Column[] covariance = new Column[TrackRecord.COVARIANCE_ELEMENTS];
    private final Column latDeg;
    private final Column lonDeg;
    private final Column heightM;
    private final Column phase;
    private final Column apogeeM;
    private final Column sensors;
    private final Column nations;

    /**
     * Reads the header from a character stream.
     *
     * @param source the text; closed by {@link #close()}
     * @param fileName the name used in messages
     * @param problems receives the skipped rows
     * @throws IOException if the source fails
     * @throws CsvFormatException if there is no header or it lacks a column
     */
    public TrackReader(final Reader source, final String fileName, final LineProblems problems) throws IOException {
        this(new CsvReader(source, fileName, problems));
    }

    private TrackReader(final CsvReader csv) {
        super(csv);
        csv.require(TrackWriter.COLUMNS);
        this.time = new Column(csv, "time");
        this.trackId = new Column(csv, "track_id");
        this.status = new Column(csv, "status");
        this.xM = new Column(csv, "x_m");
        this.yM = new Column(csv, "y_m");
        this.zM = new Column(csv, "z_m");
        this.vxMps = new Column(csv, "vx_mps");
        this.vyMps = new Column(csv, "vy_mps");
        this.vzMps = new Column(csv, "vz_mps");
        for (int k = 0; k < covariance.length; k++) {
            covariance[k] = new Column(csv, TrackWriter.COLUMNS.get(COVARIANCE_COLUMN + k));
        }
        this.latDeg = new Column(csv, "lat_deg");
        this.lonDeg = new Column(csv, "lon_deg");
        this.heightM = new Column(csv, "height_m");
        this.phase = new Column(csv, "phase");
        this.apogeeM = new Column(csv, "apogee_m");
        this.sensors = new Column(csv, "sensors");
        this.nations = new Column(csv, "nations");
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
    public static TrackReader open(final Path file, final LineProblems problems) throws IOException {
        return CsvReader.open(file, problems, TrackReader::new);
    }

    @Override
    TrackRecord record() throws BadLineException {
        final long timeNanos = time.requiredTime();
        final long id = trackId.requiredInteger();
        final TrackStatus trackStatus = status.requiredName(TrackStatus.class);
        final double x = xM.number();
        final double y = yM.number();
        final double z = zM.number();
        final double vx = vxMps.number();
        final double vy = vyMps.number();
        final double vz = vzMps.number();
        final double[] upper = new double[TrackRecord.COVARIANCE_ELEMENTS];
        for (int i = 0; i < upper.length; i++) {
            upper[i] = covariance[i].number();
        }
        return new TrackRecord(timeNanos, id, trackStatus, x, y, z, vx, vy, vz, upper, latDeg.number(),
            lonDeg.number(), heightM.number(), phase.optionalName(FlightPhase.class), apogeeM.number(), sensors.ids(),
            nations.ids());
    }
}
