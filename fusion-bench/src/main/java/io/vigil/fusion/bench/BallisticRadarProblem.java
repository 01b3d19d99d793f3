package io.vigil.fusion.bench;

import io.vigil.fusion.geo.Geodetic;
import io.vigil.fusion.geo.LocalFrame;
import io.vigil.fusion.measurement.RadarMeasurement;
import io.vigil.fusion.motion.BallisticMotion;
import java.util.SplittableRandom;

/**
 * The benchmarks' tracking problem: a radar at Shariki, Japan (40.88 N, 140.33 E) follows a
 * midcourse ballistic object 600 km up, 900 km away, moving at 5 km/s, with one plot per
 * second (range sigma 15 m, angles 1 mrad, range rate 2 m/s) over {@link #PLOTS} seconds.
 * The truth is propagated by {@link BallisticMotion} (J2, rotating Earth); the plots carry
 * seeded Gaussian noise. Vigil's filters and the Hipparchus peers run on exactly these plots.
 */
public final class BallisticRadarProblem {

    /** Number of plots, one per second. */
    public static final int PLOTS = 600;
    /** Range sigma, m. */
    public static final double SIGMA_RANGE = 15.0;
    /** Azimuth and elevation sigma, rad. */
    public static final double SIGMA_ANGLE = 1e-3;
    /** Range-rate sigma, m/s. */
    public static final double SIGMA_RANGE_RATE = 2.0;
    /** Process noise of the filters' ballistic model, m^2/s^3. */
    public static final double PROCESS_NOISE = 1e-3;

    private final LocalFrame site = new LocalFrame(Math.toRadians(40.88), Math.toRadians(140.33), 50.0);
    private final double[] plots = new double[4 * PLOTS];
    private final double[] initialState = new double[6];
    private final double[] initialCovariance = new double[36];

    /** Builds the truth and the plots from a fixed seed. */
    public BallisticRadarProblem() {
        final double[] truth = new double[6];
        Geodetic.toEcef(Math.toRadians(44.0), Math.toRadians(132.0), 600_000.0, truth);
        final LocalFrame there = new LocalFrame(Math.toRadians(44.0), Math.toRadians(132.0), 600_000.0);
        final double[] velocity = new double[3];
        there.enuVectorToEcef(4500.0, 2000.0, 500.0, velocity);
        System.arraycopy(velocity, 0, truth, 3, 3);
        final SplittableRandom random = new SplittableRandom(20261125L);
        for (int i = 0; i < 6; i++) {
            initialState[i] = truth[i] + (i < 3 ? 300.0 : 20.0) * random.nextGaussian();
            initialCovariance[i * 7] = i < 3 ? 500.0 * 500.0 : 50.0 * 50.0;
        }
        final BallisticMotion motion = new BallisticMotion(0.0);
        final double[] measured = new double[3];
        for (int k = 0; k < PLOTS; k++) {
            motion.propagate(truth, 1.0, null);
            site.ecefToRadar(truth[0], truth[1], truth[2], measured);
            final double rangeRate = ((truth[0] - site.originX()) * truth[3] + (truth[1] - site.originY()) * truth[4]
                + (truth[2] - site.originZ()) * truth[5]) / measured[0];
            plots[4 * k] = measured[0] + SIGMA_RANGE * random.nextGaussian();
            plots[4 * k + 1] = measured[1] + SIGMA_ANGLE * random.nextGaussian();
            plots[4 * k + 2] = measured[2] + SIGMA_ANGLE * random.nextGaussian();
            plots[4 * k + 3] = rangeRate + SIGMA_RANGE_RATE * random.nextGaussian();
        }
    }

    /** @return the radar site's frame */
    public LocalFrame site() {
        return site;
    }

    /**
     * Configures a radar measurement for plot k.
     *
     * @param radar the measurement to configure (its site must be {@link #site()})
     * @param k plot index, 0 to {@link #PLOTS} - 1; plot k is at t = k + 1 s
     * @return the radar measurement
     */
    public RadarMeasurement plot(final RadarMeasurement radar, final int k) {
        return radar.plot(plots[4 * k], plots[4 * k + 1], plots[4 * k + 2], plots[4 * k + 3]);
    }

    /**
     * @param k plot index
     * @param element 0 range (m), 1 azimuth (rad), 2 elevation (rad), 3 range rate (m/s)
     * @return the measured value
     */
    public double plotValue(final int k, final int element) {
        return plots[4 * k + element];
    }

    /**
     * A radar measurement model at the site with the problem's sigmas.
     *
     * @return a new, configured measurement model
     */
    public RadarMeasurement newRadar() {
        return new RadarMeasurement().site(site).sigmas(SIGMA_RANGE, SIGMA_ANGLE, SIGMA_ANGLE, SIGMA_RANGE_RATE);
    }

    /**
     * Copies the filters' initial estimate (the truth at t = 0 plus a seeded error).
     *
     * @param state receives 6 elements
     * @param covariance receives 36 elements
     */
    public void initial(final double[] state, final double[] covariance) {
        System.arraycopy(initialState, 0, state, 0, 6);
        System.arraycopy(initialCovariance, 0, covariance, 0, 36);
    }
}
