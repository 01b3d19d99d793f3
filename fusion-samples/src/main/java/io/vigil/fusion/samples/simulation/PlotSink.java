package io.vigil.fusion.samples.simulation;

import io.vigil.fusion.io.PlotRecord;

/** Takes a sensor's plots as it makes them, in measurement-time order. */
interface PlotSink {

    /**
     * Takes one plot.
     *
     * @param plot the plot
     * @param objectId the object that caused it, or null for clutter
     */
    void plot(PlotRecord plot, String objectId);
}
