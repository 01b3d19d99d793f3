package io.vigil.fusion.samples.simulation;

import io.vigil.fusion.io.PlotRecord;
import java.util.List;
import java.util.Objects;

/**
 * A plot as the fusion hub receives it: the sensor's report, when it arrived, and, for
 * scoring only, which objects caused it.
 *
 * <p>A radar that cannot resolve closely spaced objects reports them as one plot (see {@link
 * RadarSensor}); such a plot names every object of the group.
 *
 * @param plot the plot as the sensor reported it (its time is the measurement time)
 * @param arrivalTimeNanos when it reached the hub: measurement time plus link latency,
 *     nanoseconds since the Unix epoch (UTC)
 * @param objectIds the ids of the simulated objects that caused it, in scenario order: one
 *     for a resolved object, two or more for an unresolved group, none for a false (clutter) plot
 */
public record SimulatedPlot(PlotRecord plot, long arrivalTimeNanos, List<String> objectIds) {

    /**
     * Checks the plot is there and copies the ids.
     *
     * @param plot see the record
     * @param arrivalTimeNanos see the record
     * @param objectIds see the record
     */
    public SimulatedPlot {
        Objects.requireNonNull(plot, "plot");
        objectIds = List.copyOf(objectIds);
    }

    /**
     * The object that caused the plot: the only one, or an unresolved group's first.
     *
     * @return the object's id, or null for a false (clutter) plot
     */
    public String objectId() {
        return objectIds.isEmpty() ? null : objectIds.get(0);
    }

    /**
     * Whether this is a false plot, caused by no object.
     *
     * @return true for clutter
     */
    public boolean isClutter() {
        return objectIds.isEmpty();
    }

    /**
     * Whether this plot stands for several objects the sensor could not resolve.
     *
     * @return true for an unresolved group
     */
    public boolean isUnresolved() {
        return objectIds.size() > 1;
    }
}
