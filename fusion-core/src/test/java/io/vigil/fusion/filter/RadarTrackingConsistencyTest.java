package io.vigil.fusion.filter;

import static io.vigil.fusion.filter.ExtendedKalmanFilterTest.choleskyLower;
import static io.vigil.fusion.filter.ExtendedKalmanFilterTest.diagonal;
import static io.vigil.fusion.filter.ExtendedKalmanFilterTest.nees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vigil.fusion.geo.Geodetic;
import io.vigil.fusion.geo.LocalFrame;
import io.vigil.fusion.math.ChiSquare;
import io.vigil.fusion.measurement.RadarMeasurement;
import io.vigil.fusion.motion.BallisticMotion;
import io.vigil.fusion.motion.ConstantVelocityMotion;
import io.vigil.fusion.motion.MotionModel;
import java.util.SplittableRandom;
import org.ejml.simple.SimpleMatrix;
import io.vigil.fusion.testing.Measured;
import org.junit.jupiter.api.Test;

/**
 * Monte Carlo consistency of the filters tracking with a radar: the truth follows the
 * filter's own motion model with process noise drawn from its Q, the radar measures range,
 * azimuth, elevation and range rate with the noise R says, and the filter starts from an
 * error drawn from P0. The runs are independent, so the average NEES (6 dof) and NIS (4 dof)
 * over N runs at one step are chi-square(N n) / N and must lie inside their two-sided 95 %
 * bounds at the last step; over all steps (correlated within a run) their means must show no
 * bias beyond 5 %.
 */
class RadarTrackingConsistencyTest {

    private static final int RUNS = 200;
    private static final int STEPS = 60;
    private static final double DT = 2.0;
    private static final double SIGMA_RANGE = 15.0;
    private static final double SIGMA_ANGLE = 1e-3;
    private static final double SIGMA_RANGE_RATE = 2.0;

    private static final class Averages {
        final double[] nees = new double[STEPS];
        final double[] nis = new double[STEPS];
    }

    /** A radar in northern Japan and a midcourse object 900 km away, 600 km up. */
    private static double[] midcourseState() {
        final double[] position = new double[3];
        Geodetic.toEcef(Math.toRadians(44.0), Math.toRadians(132.0), 600_000.0, position);
        final LocalFrame frame = new LocalFrame(Math.toRadians(44.0), Math.toRadians(132.0), 600_000.0);
        final double[] velocity = new double[3];
        // 5 km/s heading east-north-east, slightly climbing.
        frame.enuVectorToEcef(4500.0, 2000.0, 500.0, velocity);
        return new double[] {position[0], position[1], position[2], velocity[0], velocity[1], velocity[2]};
    }

    private static Averages run(final MotionModel motion, final GaussianFilter filter, final double[] truth0,
        final double[] p0, final long seed) {
        final SplittableRandom random = new SplittableRandom(seed);
        final LocalFrame site = new LocalFrame(Math.toRadians(40.88), Math.toRadians(140.33), 50.0);
        final RadarMeasurement radar = new RadarMeasurement().site(site)
            .sigmas(SIGMA_RANGE, SIGMA_ANGLE, SIGMA_ANGLE, SIGMA_RANGE_RATE);
        final double[] q = new double[36];
        final double[] w = new double[6];
        final double[] predicted = new double[4];
        final SimpleMatrix initialRoot = choleskyLower(p0, 6);
        final Averages averages = new Averages();
        for (int run = 0; run < RUNS; run++) {
            final double[] truth = truth0.clone();
            final double[] x = truth0.clone();
            final SimpleMatrix initialError = initialRoot.mult(gaussian(random, w));
            for (int i = 0; i < 6; i++) {
                x[i] += initialError.get(i);
            }
            final double[] p = p0.clone();
            for (int step = 0; step < STEPS; step++) {
                motion.processNoise(truth, DT, q);
                motion.propagate(truth, DT, null);
                final SimpleMatrix noise = choleskyLower(q, 6).mult(gaussian(random, w));
                for (int i = 0; i < 6; i++) {
                    truth[i] += noise.get(i);
                }
                // The true measurement from the geodesy alone; range rate along the line of sight.
                site.ecefToRadar(truth[0], truth[1], truth[2], predicted);
                predicted[3] = ((truth[0] - site.originX()) * truth[3] + (truth[1] - site.originY()) * truth[4]
                    + (truth[2] - site.originZ()) * truth[5]) / predicted[0];
                final double azimuth = wrap(predicted[1] + SIGMA_ANGLE * random.nextGaussian());
                radar.plot(predicted[0] + SIGMA_RANGE * random.nextGaussian(), azimuth,
                    predicted[2] + SIGMA_ANGLE * random.nextGaussian(),
                    predicted[3] + SIGMA_RANGE_RATE * random.nextGaussian());
                filter.predict(motion, x, p, DT);
                averages.nis[step] += filter.update(radar, x, p, 6) / RUNS;
                averages.nees[step] += nees(x, truth, p) / RUNS;
            }
        }
        return averages;
    }

    private static SimpleMatrix gaussian(final SplittableRandom random, final double[] w) {
        for (int i = 0; i < w.length; i++) {
            w[i] = random.nextGaussian();
        }
        return new SimpleMatrix(w.length, 1, true, w);
    }

    private static double wrap(final double azimuth) {
        final double twoPi = 2.0 * Math.PI;
        return azimuth < 0.0 ? azimuth + twoPi : azimuth >= twoPi ? azimuth - twoPi : azimuth;
    }

    private static void assertConsistent(final String scenario, final Averages averages) {
        final int last = STEPS - 1;
        assertThat(averages.nees[last]).as("average NEES at the last step")
            .isBetween(ChiSquare.quantile(0.025, 6 * RUNS) / RUNS, ChiSquare.quantile(0.975, 6 * RUNS) / RUNS);
        assertThat(averages.nis[last]).as("average NIS at the last step")
            .isBetween(ChiSquare.quantile(0.025, 4 * RUNS) / RUNS, ChiSquare.quantile(0.975, 4 * RUNS) / RUNS);
        double nees = 0.0;
        double nis = 0.0;
        for (int step = 0; step < STEPS; step++) {
            nees += averages.nees[step] / STEPS;
            nis += averages.nis[step] / STEPS;
        }
        Measured.report(scenario + ", average NEES at the last plot", averages.nees[last]);
        Measured.report(scenario + ", average NIS at the last plot", averages.nis[last]);
        Measured.report(scenario + ", average NEES over all plots", nees);
        Measured.report(scenario + ", average NIS over all plots", nis);
        assertThat(nees).as("average NEES over all steps").isCloseTo(6.0, within(0.3));
        assertThat(nis).as("average NIS over all steps").isCloseTo(4.0, within(0.2));
    }

    private static final double[] MIDCOURSE_P0 = diagonal(500 * 500, 500 * 500, 500 * 500, 50 * 50, 50 * 50, 50 * 50);

    @Test
    void extendedFilterIsConsistentTrackingAMidcourseBallisticObject() {
        assertConsistent("EKF midcourse", run(new BallisticMotion(1e-3), new ExtendedKalmanFilter(6, 4), midcourseState(),
            MIDCOURSE_P0, 31L));
    }

    @Test
    void unscentedFilterIsConsistentTrackingAMidcourseBallisticObject() {
        assertConsistent("UKF midcourse", run(new BallisticMotion(1e-3), new UnscentedKalmanFilter(6, 4), midcourseState(),
            MIDCOURSE_P0, 32L));
    }

    @Test
    void extendedFilterIsConsistentTrackingAConstantVelocityObject() {
        // An aircraft-like target 150 km from the radar, 10 km up, 250 m/s.
        final double[] position = new double[3];
        Geodetic.toEcef(Math.toRadians(41.9), Math.toRadians(141.5), 10_000.0, position);
        final double[] truth0 = {position[0], position[1], position[2], 150.0, -120.0, 140.0};
        assertConsistent("EKF constant velocity", run(new ConstantVelocityMotion(0.1), new ExtendedKalmanFilter(6, 4), truth0,
            diagonal(200 * 200, 200 * 200, 200 * 200, 30 * 30, 30 * 30, 30 * 30), 33L));
    }
}
