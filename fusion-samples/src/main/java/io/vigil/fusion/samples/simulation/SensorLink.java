package io.vigil.fusion.samples.simulation;

import io.vigil.fusion.io.PlotRecord;
import java.util.List;

/**
 * One sensor's link to the fusion hub: each plot is delayed by a latency drawn from its
 * nation's distribution, and the link is first in, first out, as a real data link is: a plot
 * never overtakes an earlier one of the same sensor (its arrival is at least the previous
 * plot's). Plots of different sensors and nations overtake each other freely.
 */
final class SensorLink implements PlotSink {

    private final LinkLatency latency;
    private final NoiseSource noise;
    private final List<SimulatedPlot> arrived;
    private long lastArrivalNanos = Long.MIN_VALUE;

    /**
     * Creates a link.
     *
     * @param latency the nation's latency
     * @param noise the link's random source
     * @param arrived receives the plots with their arrival times, in the sensor's order
     */
    SensorLink(final LinkLatency latency, final NoiseSource noise, final List<SimulatedPlot> arrived) {
        this.latency = latency;
        this.noise = noise;
        this.arrived = arrived;
    }

    @Override
    public void plot(final PlotRecord plot, final List<String> objectIds) {
        final long delayNanos = Math.round(latency.draw(noise) * 1e9);
        final long arrival = Math.max(lastArrivalNanos, plot.timeNanos() + delayNanos);
        lastArrivalNanos = arrival;
        arrived.add(new SimulatedPlot(plot, arrival, objectIds));
    }
}
