package io.vigil.fusion.samples.simulation;

import io.vigil.fusion.io.SensorRecord;
import java.util.List;

/** A sensor of the simulation: what it reports about itself, and what it sees on one look. */
interface SimulatedSensor {

    /**
     * Returns the sensor's row of {@code sensors.csv}.
     *
     * @return the sensor's configuration
     */
    SensorRecord record();

    /**
     * Makes one scan (radar) or frame (infrared): detects the objects in coverage and adds
     * false plots.
     *
     * @param timeS the look's time, seconds since the scenario epoch
     * @param timeNanos the same time, nanoseconds since the Unix epoch (UTC)
     * @param scanId the look's number, increasing from 1
     * @param flights the launches in flight
     * @param sink receives the plots, in the order made
     */
    void look(double timeS, long timeNanos, long scanId, List<MissileFlight> flights, PlotSink sink);
}
