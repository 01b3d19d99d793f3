package io.vigil.fusion.engine;

import io.vigil.fusion.geo.LocalFrame;
import java.util.SplittableRandom;

/** Publishes noisy radar plots of a true position, for the engine tests. */
final class RadarPlots {

    private RadarPlots() {
    }

    /**
     * Publishes one plot of a target, each coordinate with Gaussian noise, as the whole of
     * its scan.
     *
     * @param publisher the publisher
     * @param sensor the radar's index
     * @param site the radar's frame
     * @param target the target's ECEF position (m, first three elements)
     * @param time the plot's time, ns
     * @param scan the scan id
     * @param random the noise source
     * @param sigmaRange range noise, m
     * @param sigmaAngle azimuth and elevation noise, rad
     */
    static void publish(final PlotPublisher publisher, final int sensor, final LocalFrame site, final double[] target,
        final long time, final long scan, final SplittableRandom random, final double sigmaRange,
        final double sigmaAngle) {
        final double[] measured = new double[3];
        site.ecefToRadar(target[0], target[1], target[2], measured);
        double azimuth = measured[1] + sigmaAngle * random.nextGaussian();
        azimuth = azimuth < 0 ? azimuth + 2 * Math.PI : azimuth >= 2 * Math.PI ? azimuth - 2 * Math.PI : azimuth;
        publisher.claim().sensor(sensor).time(time).scan(scan, true)
            .radar(measured[0] + sigmaRange * random.nextGaussian(), azimuth,
                measured[2] + sigmaAngle * random.nextGaussian()).commit();
    }

    /** Waits until the fusion thread has taken every published slot. */
    static void awaitDrained(final FusionEngine engine) {
        final EngineCounters c = engine.counters();
        while (c.fused() + c.rejected() + c.dropped() < c.published()) {
            Thread.onSpinWait();
        }
    }
}
