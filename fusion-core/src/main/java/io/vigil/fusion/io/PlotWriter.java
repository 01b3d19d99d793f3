package io.vigil.fusion.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code plots.csv} (docs/FORMATS.md): one row per {@link PlotRecord}, all columns
 * in the documented order; times ISO-8601 UTC, angles in degrees, ranges in metres, ECEF
 * (WGS-84) positions in metres and velocities in m/s; an absent value (NaN,
 * {@link PlotRecord#NO_SCAN}) as an empty cell. Rows are written in the order given (the
 * order of arrival).
 */
public final class PlotWriter extends RowWriter<PlotRecord> {

    /** The columns, in the order written. */
    static final List<String> COLUMNS = List.of("time", "sensor_id", "scan_id", "range_m", "azimuth_deg",
        "elevation_deg", "range_rate_mps", "sensor_x_m", "sensor_y_m", "sensor_z_m", "sensor_vx_mps", "sensor_vy_mps",
        "sensor_vz_mps", "los_x", "los_y", "los_z", "sigma_range_m", "sigma_azimuth_deg", "sigma_elevation_deg",
        "sigma_range_rate_mps");

    /**
     * Writes the header to a character stream.
     *
     * @param target receives the text (buffered by the caller if needed); closed by {@link #close()}
     * @throws IOException if the target fails
     */
    public PlotWriter(final Writer target) throws IOException {
        this(new CsvWriter(target, COLUMNS));
    }

    private PlotWriter(final CsvWriter csv) {
        super(csv);
    }

    /**
     * Creates (or truncates) a UTF-8 file and writes the header.
     *
     * @param file the file
     * @return the writer
     * @throws IOException if the file cannot be created or written
     */
    public static PlotWriter create(final Path file) throws IOException {
        return new PlotWriter(CsvWriter.create(file, COLUMNS));
    }

    @Override
    void cells(final PlotRecord plot) {
        csv.time(plot.timeNanos()).requiredText(plot.sensorId()).optionalInteger(plot.scanId(), PlotRecord.NO_SCAN)
            .number(plot.rangeM()).number(plot.azimuthDeg()).number(plot.elevationDeg()).number(plot.rangeRateMps())
            .number(plot.sensorXM()).number(plot.sensorYM()).number(plot.sensorZM())
            .number(plot.sensorVxMps()).number(plot.sensorVyMps()).number(plot.sensorVzMps())
            .number(plot.losX()).number(plot.losY()).number(plot.losZ())
            .number(plot.sigmaRangeM()).number(plot.sigmaAzimuthDeg()).number(plot.sigmaElevationDeg())
            .number(plot.sigmaRangeRateMps());
    }
}
