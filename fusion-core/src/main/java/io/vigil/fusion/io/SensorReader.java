package io.vigil.fusion.io;

import io.vigil.fusion.engine.SensorType;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;

/**
 * Reads {@code sensors.csv} (docs/FORMATS.md), streaming, one {@link SensorRecord} per row
 * (degrees and metres as in the file; an empty cell is NaN). Every column must be in the
 * header. A row is skipped, and reported to {@link LineProblems}, if a value does not parse,
 * if sensor_id, nation, type, pd, or a column its type needs is empty (the site for RADAR;
 * the range sigma and maximum range for RADAR and MOVING_RADAR; the two angle sigmas for
 * all), or if {@link SensorRecord#toSensor()} refuses its values (the reason is its message).
 */
public final class SensorReader extends RowReader<SensorRecord> {

    private final Column sensorId;
    private final Column nation;
    private final Column type;
    private final Column latDeg;
    private final Column lonDeg;
    private final Column heightM;
    private final Column sigmaRangeM;
    private final Column sigmaAzimuthDeg;
    private final Column sigmaElevationDeg;
    private final Column sigmaRangeRateMps;
    private final Column pd;
    private final Column maxRangeM;

    /**
     * Reads the header from a character stream.
     *
     * @param source the text; closed by {@link #close()}
     * @param fileName the name used in messages
     * @param problems receives the skipped rows
     * @throws IOException if the source fails
     * @throws CsvFormatException if there is no header or it lacks a column
     */
    public SensorReader(final Reader source, final String fileName, final LineProblems problems) throws IOException {
        this(new CsvReader(source, fileName, problems));
    }

    private SensorReader(final CsvReader csv) {
        super(csv);
        csv.require(SensorWriter.COLUMNS);
        this.sensorId = new Column(csv, "sensor_id");
        this.nation = new Column(csv, "nation");
        this.type = new Column(csv, "type");
        this.latDeg = new Column(csv, "lat_deg");
        this.lonDeg = new Column(csv, "lon_deg");
        this.heightM = new Column(csv, "height_m");
        this.sigmaRangeM = new Column(csv, "sigma_range_m");
        this.sigmaAzimuthDeg = new Column(csv, "sigma_azimuth_deg");
        this.sigmaElevationDeg = new Column(csv, "sigma_elevation_deg");
        this.sigmaRangeRateMps = new Column(csv, "sigma_range_rate_mps");
        this.pd = new Column(csv, "pd");
        this.maxRangeM = new Column(csv, "max_range_m");
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
    public static SensorReader open(final Path file, final LineProblems problems) throws IOException {
        return CsvReader.open(file, problems, SensorReader::new);
    }

    @Override
    SensorRecord record() throws BadLineException {
        final String id = sensorId.requiredText();
        final String nationCode = nation.requiredText();
        final SensorType sensorType = type.requiredName(SensorType.class);
        final boolean radar = sensorType != SensorType.IR_LOS;
        final boolean site = sensorType == SensorType.RADAR;
        final SensorRecord sensor = new SensorRecord(id, nationCode, sensorType,
            needed(latDeg, site, sensorType), needed(lonDeg, site, sensorType), needed(heightM, site, sensorType),
            needed(sigmaRangeM, radar, sensorType), needed(sigmaAzimuthDeg, true, sensorType),
            needed(sigmaElevationDeg, true, sensorType), sigmaRangeRateMps.number(), pd.requiredNumber(),
            needed(maxRangeM, radar, sensorType));
        try {
            sensor.toSensor();
        } catch (final IllegalArgumentException refused) {
            throw new BadLineException(refused.getMessage());
        }
        return sensor;
    }

    private static double needed(final Column column, final boolean needed, final SensorType type)
        throws BadLineException {
        if (needed && column.isEmpty()) {
            throw new BadLineException(column.name() + ": empty, but a " + type + " sensor needs it");
        }
        return column.number();
    }
}
