package io.vigil.fusion.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code plots.csv} (docs/FORMATS.md), streaming, one {@link PlotRecord} per row in
 * file (arrival) order; degrees, metres and ECEF values as in the file, an empty cell as NaN
 * or {@link PlotRecord#NO_SCAN}.
 *
 * <p>The header must have time, sensor_id, range_m, azimuth_deg and elevation_deg; the other
 * columns may be left out. A row is skipped, and reported to {@link LineProblems}, if its
 * time or sensor id is empty, a value does not parse, or (when the known sensors are given)
 * its sensor is not one of them ({@code unknown sensor XYZ}). Physical ranges are not
 * checked here: a negative range or an azimuth of 400 degrees reaches the engine, which
 * rejects the plot with its {@code RejectReason}.
 */
public final class PlotReader extends RowReader<PlotRecord> {

    /** The columns the header must have. */
    static final List<String> REQUIRED = List.of("time", "sensor_id", "range_m", "azimuth_deg", "elevation_deg");

    private final Set<String> knownSensorIds;
    private final Column time;
    private final Column sensorId;
    private final Column scanId;
    private final Column rangeM;
    private final Column azimuthDeg;
    private final Column elevationDeg;
    private final Column rangeRateMps;
    private final Column sensorXM;
    private final Column sensorYM;
    private final Column sensorZM;
    private final Column sensorVxMps;
    private final Column sensorVyMps;
    private final Column sensorVzMps;
    private final Column losX;
    private final Column losY;
    private final Column losZ;
    private final Column sigmaRangeM;
    private final Column sigmaAzimuthDeg;
    private final Column sigmaElevationDeg;
    private final Column sigmaRangeRateMps;

    /**
     * Reads the header from a character stream; any sensor id is accepted.
     *
     * @param source the text; closed by {@link #close()}
     * @param fileName the name used in messages
     * @param problems receives the skipped rows
     * @throws IOException if the source fails
     * @throws CsvFormatException if there is no header or it lacks a required column
     */
    public PlotReader(final Reader source, final String fileName, final LineProblems problems) throws IOException {
        this(new CsvReader(source, fileName, problems), null);
    }

    /**
     * Reads the header from a character stream; rows of other sensors are bad lines.
     *
     * @param source the text; closed by {@link #close()}
     * @param fileName the name used in messages
     * @param knownSensorIds the ids of the configured sensors (copied)
     * @param problems receives the skipped rows
     * @throws IOException if the source fails
     * @throws CsvFormatException if there is no header or it lacks a required column
     */
    public PlotReader(final Reader source, final String fileName, final Set<String> knownSensorIds,
        final LineProblems problems) throws IOException {
        this(new CsvReader(source, fileName, problems), Set.copyOf(knownSensorIds));
    }

    private PlotReader(final CsvReader csv, final Set<String> knownSensorIds) {
        super(csv);
        csv.require(REQUIRED);
        this.knownSensorIds = knownSensorIds;
        this.time = new Column(csv, "time");
        this.sensorId = new Column(csv, "sensor_id");
        this.scanId = new Column(csv, "scan_id");
        this.rangeM = new Column(csv, "range_m");
        this.azimuthDeg = new Column(csv, "azimuth_deg");
        this.elevationDeg = new Column(csv, "elevation_deg");
        this.rangeRateMps = new Column(csv, "range_rate_mps");
        this.sensorXM = new Column(csv, "sensor_x_m");
        this.sensorYM = new Column(csv, "sensor_y_m");
        this.sensorZM = new Column(csv, "sensor_z_m");
        this.sensorVxMps = new Column(csv, "sensor_vx_mps");
        this.sensorVyMps = new Column(csv, "sensor_vy_mps");
        this.sensorVzMps = new Column(csv, "sensor_vz_mps");
        this.losX = new Column(csv, "los_x");
        this.losY = new Column(csv, "los_y");
        this.losZ = new Column(csv, "los_z");
        this.sigmaRangeM = new Column(csv, "sigma_range_m");
        this.sigmaAzimuthDeg = new Column(csv, "sigma_azimuth_deg");
        this.sigmaElevationDeg = new Column(csv, "sigma_elevation_deg");
        this.sigmaRangeRateMps = new Column(csv, "sigma_range_rate_mps");
    }

    /**
     * Opens a UTF-8 file and reads its header; any sensor id is accepted.
     *
     * @param file the file; its name is used in messages
     * @param problems receives the skipped rows
     * @return the reader
     * @throws IOException if the file fails while being read
     * @throws CsvFormatException if the file cannot be read, has no header or its header
     *     lacks a required column
     */
    public static PlotReader open(final Path file, final LineProblems problems) throws IOException {
        return CsvReader.open(file, problems, csv -> new PlotReader(csv, null));
    }

    /**
     * Opens a UTF-8 file and reads its header; rows of sensors not in {@code knownSensorIds}
     * are bad lines ({@code unknown sensor XYZ}).
     *
     * @param file the file; its name is used in messages
     * @param knownSensorIds the ids of the configured sensors (copied)
     * @param problems receives the skipped rows
     * @return the reader
     * @throws IOException if the file fails while being read
     * @throws CsvFormatException if the file cannot be read, has no header or its header
     *     lacks a required column
     */
    public static PlotReader open(final Path file, final Set<String> knownSensorIds, final LineProblems problems)
        throws IOException {
        final Set<String> known = Set.copyOf(knownSensorIds);
        return CsvReader.open(file, problems, csv -> new PlotReader(csv, known));
    }

    @Override
    PlotRecord record() throws BadLineException {
        final long timeNanos = time.requiredTime();
        final String sensor = sensorId.requiredText();
        if (knownSensorIds != null && !knownSensorIds.contains(sensor)) {
            throw new BadLineException("unknown sensor " + sensor);
        }
        return new PlotRecord(timeNanos, sensor, scanId.optionalInteger(PlotRecord.NO_SCAN),
            rangeM.number(), azimuthDeg.number(), elevationDeg.number(), rangeRateMps.number(),
            sensorXM.number(), sensorYM.number(), sensorZM.number(),
            sensorVxMps.number(), sensorVyMps.number(), sensorVzMps.number(),
            losX.number(), losY.number(), losZ.number(),
            sigmaRangeM.number(), sigmaAzimuthDeg.number(), sigmaElevationDeg.number(), sigmaRangeRateMps.number());
    }
}
