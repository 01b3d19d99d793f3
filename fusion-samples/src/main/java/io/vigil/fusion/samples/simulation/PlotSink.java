package io.vigil.fusion.samples.simulation;

import io.vigil.fusion.io.PlotRecord;
import java.util.List;

/** Takes a sensor's plots as it makes them, in measurement-time order. */
interface PlotSink {

    /**
     * Takes one plot.
     *
     * @param plot the plot
     * @param objectIds the objects that caused it, in scenario order: one for a resolved
     *     object, several for an unresolved group, none for clutter
     */
    void plot(PlotRecord plot, List<String> objectIds);
}
