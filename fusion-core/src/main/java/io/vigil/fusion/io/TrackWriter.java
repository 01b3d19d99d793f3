package io.vigil.fusion.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code tracks.csv} (docs/FORMATS.md): one row per track callback
 * ({@link TrackRecord}), all columns in the documented order; times ISO-8601 UTC, ECEF
 * (WGS-84) position in metres and velocity in m/s, the upper triangle of their 6 x 6
 * covariance row by row (m^2, m^2/s, m^2/s^2), WGS-84 geodetic position in degrees and
 * metres, the flight phase and apogee height (empty if not estimated), and the contributing sensors and
 * nations joined by semicolons.
 */
public final class TrackWriter extends RowWriter<TrackRecord> {

    /** The columns, in the order written. */
    static final List<String> COLUMNS = columns();

    /**
     * Writes the header to a character stream.
     *
     * @param target receives the text (buffered by the caller if needed); closed by {@link #close()}
     * @throws IOException if the target fails
     */
    public TrackWriter(final Writer target) throws IOException {
        this(new CsvWriter(target, COLUMNS));
    }

    private TrackWriter(final CsvWriter csv) {
        super(csv);
    }

    /**
     * Creates (or truncates) a UTF-8 file and writes the header.
     *
     * @param file the file
     * @return the writer
     * @throws IOException if the file cannot be created or written
     */
    public static TrackWriter create(final Path file) throws IOException {
        return new TrackWriter(CsvWriter.create(file, COLUMNS));
    }

    @Override
    void cells(final TrackRecord track) {
        csv.time(track.timeNanos()).integer(track.trackId()).requiredName(track.status())
            .number(track.xM()).number(track.yM()).number(track.zM())
            .number(track.vxMps()).number(track.vyMps()).number(track.vzMps());
        for (int i = 0; i < 6; i++) {
            for (int j = i; j < 6; j++) {
                csv.number(track.covariance(i, j)); // row by row: the order of upperIndex
            }
        }
        csv.number(track.latDeg()).number(track.lonDeg()).number(track.heightM()).name(track.phase())
            .number(track.apogeeM()).ids(track.sensors()).ids(track.nations());
    }

    /** time ... vz_mps, p00, p01, ..., p55 (the upper triangle row by row), lat_deg ... nations. */
    private static List<String> columns() {
        final List<String> names = new ArrayList<>(List.of("time", "track_id", "status", "x_m", "y_m", "z_m", "vx_mps",
            "vy_mps", "vz_mps"));
        for (int i = 0; i < 6; i++) {
            for (int j = i; j < 6; j++) {
                names.add("p" + i + j);
            }
        }
        names.addAll(List.of("lat_deg", "lon_deg", "height_m", "phase", "apogee_m", "sensors", "nations"));
        return List.copyOf(names);
    }
}
