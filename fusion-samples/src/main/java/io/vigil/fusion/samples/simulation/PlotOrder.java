package io.vigil.fusion.samples.simulation;

/**
 * The order in which {@link ScenarioSimulator#run(Scenario, long, ScenarioOutput, PlotOrder)}
 * hands over the plots. Either way the plots and their times (measurement and arrival) are
 * the same; only their order differs.
 */
public enum PlotOrder {

    /**
     * In order of arrival at the fusion hub (measurement time plus link latency); equal
     * arrival times keep sensor order, then each sensor's own order. Measurement times run
     * backwards across nations, as a live hub sees them. The default.
     */
    ARRIVAL,

    /**
     * In order of measurement time; equal measurement times keep their arrival order. As if no
     * link were late, for experiments that set the effect of late, out-of-order plots apart
     * from the rest (the arrival times are still those of the links).
     */
    MEASUREMENT
}
