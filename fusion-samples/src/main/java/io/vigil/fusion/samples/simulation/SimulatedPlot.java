package io.vigil.fusion.samples.simulation;

import io.vigil.fusion.io.PlotRecord;
import java.util.Objects;

/**
 * A plot as the fusion hub receives it: the sensor's report, when it arrived, and, for
 * scoring only, which object caused it.
 *
 * @param plot the plot as the sensor reported it (its time is the measurement time)
 * @param arrivalTimeNanos when it reached the hub: measurement time plus link latency,
 *     nanoseconds since the Unix epoch (UTC)
 * @param objectId the id of the simulated object that caused it, or null for a false (clutter) plot
 */
public record SimulatedPlot(PlotRecord plot, long arrivalTimeNanos, String objectId) {

    /**
     * Checks the plot is there.
     *
     * @param plot see the record
     * @param arrivalTimeNanos see the record
     * @param objectId see the record
     */
    public SimulatedPlot {
        Objects.requireNonNull(plot, "plot");
    }

    /**
     * Whether this is a false plot, caused by no object.
     *
     * @return true for clutter
     */
    public boolean isClutter() {
        return objectId == null;
    }
}
