package io.vigil.fusion.samples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Small hand-written input files: one ground radar, R1, and a target seen by it at three
 * times 1 s apart, enough for the engine to initiate (from two plots) and confirm a track.
 */
final class TinyInputs {

    /** sensors.csv's header. */
    static final String SENSORS_HEADER = "sensor_id,nation,type,lat_deg,lon_deg,height_m,sigma_range_m,"
        + "sigma_azimuth_deg,sigma_elevation_deg,sigma_range_rate_mps,pd,max_range_m";
    /** The one radar's row. */
    static final String RADAR_R1 = "R1,KOR,RADAR,37.0,127.0,100.0,50.0,0.15,0.15,,0.9,900000.0";

    /** plots.csv's header: the required columns only. */
    static final String PLOTS_HEADER = "time,sensor_id,range_m,azimuth_deg,elevation_deg";
    /**
     * Three plots of one target by R1, 1 s apart (two-point initiation pairs plots at least
     * 0.5 s apart; the second starts the track, the third confirms it).
     */
    static final String PLOT_1 = "2026-03-01T03:00:00Z,R1,300000.0,90.0,20.0";
    static final String PLOT_2 = "2026-03-01T03:00:01Z,R1,299000.0,90.0,20.05";
    static final String PLOT_3 = "2026-03-01T03:00:02Z,R1,298000.0,90.0,20.1";

    private TinyInputs() {
    }

    /**
     * Writes sensors.csv with the one radar.
     *
     * @param directory where
     * @return the file
     * @throws IOException if it cannot be written
     */
    static Path sensors(final Path directory) throws IOException {
        return write(directory.resolve("sensors.csv"), SENSORS_HEADER + "\n" + RADAR_R1 + "\n");
    }

    /**
     * Writes plots.csv with the three plots.
     *
     * @param directory where
     * @return the file
     * @throws IOException if it cannot be written
     */
    static Path plots(final Path directory) throws IOException {
        return write(directory.resolve("plots.csv"), PLOTS_HEADER + "\n" + PLOT_1 + "\n" + PLOT_2 + "\n" + PLOT_3 + "\n");
    }

    /**
     * Writes a file, creating its directory.
     *
     * @param file the file
     * @param text its whole text, exactly
     * @return the file
     * @throws IOException if it cannot be written
     */
    static Path write(final Path file, final String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
