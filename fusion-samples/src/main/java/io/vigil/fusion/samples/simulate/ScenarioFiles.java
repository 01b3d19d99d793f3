package io.vigil.fusion.samples.simulate;

import io.vigil.fusion.io.AreaRecord;
import io.vigil.fusion.io.AreaWriter;
import io.vigil.fusion.io.PlotWriter;
import io.vigil.fusion.io.RowWriter;
import io.vigil.fusion.io.SensorRecord;
import io.vigil.fusion.io.SensorWriter;
import io.vigil.fusion.io.TruthEventRecord;
import io.vigil.fusion.io.TruthEventWriter;
import io.vigil.fusion.io.TruthRecord;
import io.vigil.fusion.io.TruthWriter;
import io.vigil.fusion.samples.simulation.ScenarioOutput;
import io.vigil.fusion.samples.simulation.SimulatedPlot;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a simulation into a directory as the documented files: sensors.csv, areas.csv,
 * truth_events.csv, truth.csv and plots.csv (in the order the simulator delivers the plots:
 * arrival order, or measurement order when it is run with {@code PlotOrder.MEASUREMENT}),
 * streaming each row as the simulator produces it.
 */
public final class ScenarioFiles implements ScenarioOutput, Closeable {

    /** The sensors file's name. */
    public static final String SENSORS = "sensors.csv";
    /** The plots file's name. */
    public static final String PLOTS = "plots.csv";
    /** The truth states file's name. */
    public static final String TRUTH = "truth.csv";
    /** The truth events file's name. */
    public static final String TRUTH_EVENTS = "truth_events.csv";
    /** The defended areas file's name. */
    public static final String AREAS = "areas.csv";

    private final SensorWriter sensors;
    private final AreaWriter areas;
    private final TruthEventWriter events;
    private final TruthWriter truth;
    private final PlotWriter plots;
    private long plotCount;

    /**
     * Creates the five files in a directory (created if missing), replacing old ones.
     *
     * @param directory the output directory
     * @throws IOException if a file cannot be created
     */
    public ScenarioFiles(final Path directory) throws IOException {
        Files.createDirectories(directory);
        this.sensors = SensorWriter.create(directory.resolve(SENSORS));
        this.areas = AreaWriter.create(directory.resolve(AREAS));
        this.events = TruthEventWriter.create(directory.resolve(TRUTH_EVENTS));
        this.truth = TruthWriter.create(directory.resolve(TRUTH));
        this.plots = PlotWriter.create(directory.resolve(PLOTS));
    }

    @Override
    public void sensor(final SensorRecord sensor) {
        write(sensors, sensor);
    }

    @Override
    public void area(final AreaRecord area) {
        write(areas, area);
    }

    @Override
    public void event(final TruthEventRecord event) {
        write(events, event);
    }

    @Override
    public void truth(final TruthRecord state) {
        write(truth, state);
    }

    @Override
    public void plot(final SimulatedPlot plot) {
        write(plots, plot.plot());
        plotCount++;
    }

    /** Writes a row; the simulator's output interface has no checked exceptions. */
    private static <T> void write(final RowWriter<T> writer, final T row) {
        try {
            writer.write(row);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the plots written.
     *
     * @return plots
     */
    public long plots() {
        return plotCount;
    }

    @Override
    public void close() throws IOException {
        try (sensors; areas; events; truth; plots) {
            plots.flush();
        }
    }
}
