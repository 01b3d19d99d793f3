package io.vigil.fusion.samples.simulation;

import io.vigil.fusion.io.AreaRecord;
import io.vigil.fusion.io.SensorRecord;
import io.vigil.fusion.io.TruthEventRecord;
import io.vigil.fusion.io.TruthRecord;

/**
 * Where a simulation's results go: the rows of {@code sensors.csv}, {@code areas.csv},
 * {@code truth_events.csv}, {@code truth.csv} and {@code plots.csv}.
 *
 * <p>{@link ScenarioSimulator#run} calls the methods in this order: every sensor, every
 * area, every truth event (one per object), every truth state (in time order, then launch
 * and object order), then every plot in ARRIVAL order at the fusion hub (measurement time
 * plus link latency), which is not measurement-time order across nations; or, when the run
 * is asked for {@link PlotOrder#MEASUREMENT}, every plot in measurement-time order (equal
 * times in arrival order). All on the calling thread.
 */
public interface ScenarioOutput {

    /**
     * Receives a sensor's configuration.
     *
     * @param sensor the sensor
     */
    void sensor(SensorRecord sensor);

    /**
     * Receives a defended area.
     *
     * @param area the area
     */
    void area(AreaRecord area);

    /**
     * Receives an object's launch and impact.
     *
     * @param event the event
     */
    void event(TruthEventRecord event);

    /**
     * Receives an object's true ECEF state at a truth time.
     *
     * @param truth the state
     */
    void truth(TruthRecord truth);

    /**
     * Receives the next plot to arrive at the hub (or the next by measurement time, see
     * {@link PlotOrder}).
     *
     * @param plot the plot, with its arrival time
     */
    void plot(SimulatedPlot plot);
}
