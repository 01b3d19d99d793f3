package io.vigil.fusion.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code impacts.csv} (docs/FORMATS.md): one row per {@link ImpactRecord}, all
 * columns in the documented order; times ISO-8601 UTC, WGS-84 geodetic points in degrees,
 * 95 % ellipse semi-axes and CEP in metres, orientations in degrees clockwise from north;
 * an absent launch estimate ({@link ImpactRecord#NO_TIME}, NaN) as empty cells.
 */
public final class ImpactWriter extends RowWriter<ImpactRecord> {

    /** The columns, in the order written. */
    static final List<String> COLUMNS = List.of("time", "track_id", "impact_time", "impact_lat_deg",
        "impact_lon_deg", "semi_major_m", "semi_minor_m", "orientation_deg",
        "cep50_m", "launch_time", "launch_lat_deg", "launch_lon_deg",
        "launch_semi_major_m", "launch_semi_minor_m", "launch_orientation_deg");

    /**
     * Writes the header to a character stream.
     *
     * @param target receives the text (buffered by the caller if needed); closed by {@link #close()}
     * @throws IOException if the target fails
     */
    public ImpactWriter(final Writer target) throws IOException {
        this(new CsvWriter(target, COLUMNS));
    }

    private ImpactWriter(final CsvWriter csv) {
        super(csv);
    }

    /**
     * Creates (or truncates) a UTF-8 file and writes the header.
     *
     * @param file the file
     * @return the writer
     * @throws IOException if the file cannot be created or written
     */
    public static ImpactWriter create(final Path file) throws IOException {
        return new ImpactWriter(CsvWriter.create(file, COLUMNS));
    }

    @Override
    void cells(final ImpactRecord impact) {
        csv.time(impact.timeNanos()).integer(impact.trackId()).time(impact.impactTimeNanos())
            .number(impact.impactLatDeg()).number(impact.impactLonDeg()).number(impact.semiMajorM())
            .number(impact.semiMinorM()).number(impact.orientationDeg()).number(impact.cep50M())
            .optionalTime(impact.launchTimeNanos(), ImpactRecord.NO_TIME).number(impact.launchLatDeg())
            .number(impact.launchLonDeg()).number(impact.launchSemiMajorM()).number(impact.launchSemiMinorM())
            .number(impact.launchOrientationDeg());
    }
}
