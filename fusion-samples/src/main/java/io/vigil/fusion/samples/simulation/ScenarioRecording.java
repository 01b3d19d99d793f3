package io.vigil.fusion.samples.simulation;

import io.vigil.fusion.io.AreaRecord;
import io.vigil.fusion.io.SensorRecord;
import io.vigil.fusion.io.TruthEventRecord;
import io.vigil.fusion.io.TruthRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A {@link ScenarioOutput} that keeps everything in memory, in the order received: for
 * tests and for hosts that feed an engine directly.
 */
public final class ScenarioRecording implements ScenarioOutput {

    private final List<SensorRecord> sensors = new ArrayList<>();
    private final List<AreaRecord> areas = new ArrayList<>();
    private final List<TruthEventRecord> events = new ArrayList<>();
    private final List<TruthRecord> truth = new ArrayList<>();
    private final List<SimulatedPlot> plots = new ArrayList<>();

    /** Creates an empty recording. */
    public ScenarioRecording() {
    }

    @Override
    public void sensor(final SensorRecord sensor) {
        sensors.add(sensor);
    }

    @Override
    public void area(final AreaRecord area) {
        areas.add(area);
    }

    @Override
    public void event(final TruthEventRecord event) {
        events.add(event);
    }

    @Override
    public void truth(final TruthRecord state) {
        truth.add(state);
    }

    @Override
    public void plot(final SimulatedPlot plot) {
        plots.add(plot);
    }

    /**
     * Returns the sensors received.
     *
     * @return an unmodifiable view, in order received
     */
    public List<SensorRecord> sensors() {
        return Collections.unmodifiableList(sensors);
    }

    /**
     * Returns the areas received.
     *
     * @return an unmodifiable view, in order received
     */
    public List<AreaRecord> areas() {
        return Collections.unmodifiableList(areas);
    }

    /**
     * Returns the truth events received.
     *
     * @return an unmodifiable view, in order received
     */
    public List<TruthEventRecord> events() {
        return Collections.unmodifiableList(events);
    }

    /**
     * Returns the truth states received.
     *
     * @return an unmodifiable view, in order received
     */
    public List<TruthRecord> truth() {
        return Collections.unmodifiableList(truth);
    }

    /**
     * Returns the plots received.
     *
     * @return an unmodifiable view, in arrival order
     */
    public List<SimulatedPlot> plots() {
        return Collections.unmodifiableList(plots);
    }
}
