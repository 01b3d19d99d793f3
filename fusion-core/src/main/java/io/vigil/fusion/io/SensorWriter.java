package io.vigil.fusion.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code sensors.csv} (docs/FORMATS.md): one row per {@link SensorRecord}, all
 * columns in the documented order; angles in degrees, heights and ranges in metres, an
 * absent value (NaN) as an empty cell.
 */
public final class SensorWriter extends RowWriter<SensorRecord> {

    /** The columns, in the order written. */
    static final List<String> COLUMNS = List.of("sensor_id", "nation", "type", "lat_deg", "lon_deg", "height_m",
        "sigma_range_m", "sigma_azimuth_deg", "sigma_elevation_deg", "sigma_range_rate_mps", "pd", "max_range_m");

    /**
     * Writes the header to a character stream.
     *
     * @param target receives the text (buffered by the caller if needed); closed by {@link #close()}
     * @throws IOException if the target fails
     */
    public SensorWriter(final Writer target) throws IOException {
        this(new CsvWriter(target, COLUMNS));
    }

    private SensorWriter(final CsvWriter csv) {
        super(csv);
    }

    /**
     * Creates (or truncates) a UTF-8 file and writes the header.
     *
     * @param file the file
     * @return the writer
     * @throws IOException if the file cannot be created or written
     */
    public static SensorWriter create(final Path file) throws IOException {
        return new SensorWriter(CsvWriter.create(file, COLUMNS));
    }

    @Override
    void cells(final SensorRecord sensor) {
        csv.requiredText(sensor.sensorId()).requiredText(sensor.nation()).requiredName(sensor.type())
            .number(sensor.latDeg()).number(sensor.lonDeg()).number(sensor.heightM())
            .number(sensor.sigmaRangeM()).requiredNumber(sensor.sigmaAzimuthDeg())
            .requiredNumber(sensor.sigmaElevationDeg())
            .number(sensor.sigmaRangeRateMps()).requiredNumber(sensor.pd()).number(sensor.maxRangeM());
    }
}
