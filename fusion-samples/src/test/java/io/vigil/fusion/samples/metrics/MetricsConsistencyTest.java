package io.vigil.fusion.samples.metrics;

import static io.vigil.fusion.samples.metrics.MetricFixtures.ecef;
import static io.vigil.fusion.samples.metrics.MetricFixtures.plus;
import static io.vigil.fusion.samples.metrics.MetricFixtures.track;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.fusion.io.TrackRecord;
import io.vigil.fusion.io.TruthRecord;
import io.vigil.fusion.samples.metrics.MetricFixtures.Line;
import io.vigil.fusion.track.TrackStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A seeded Monte Carlo run: tracks are the truth plus Gaussian errors drawn with exactly the
 * covariance they report (full, correlated), reported 0.3 s before each evaluation time. A
 * consistent tracker's average NEES must then land inside its 95 % interval, in 6 dof and
 * in 3, and the RMSE must match the reported position sigma.
 */
class MetricsConsistencyTest {

    private static final long SEED = 20_250_101L;
    private static final int SECONDS = 300;

    @Test
    void tracksDrawnFromTheirOwnCovarianceAreConsistent() {
        final SplittableRandom random = new SplittableRandom(SEED);
        final Line[] objects = {
            new Line("A", ecef(38.0, 140.0, 200e3), new double[] {1000.0, -2000.0, 1500.0}),
            new Line("B", ecef(39.0, 141.0, 300e3), new double[] {-1500.0, 500.0, 2500.0}),
            new Line("C", ecef(40.0, 139.0, 150e3), new double[] {200.0, 2200.0, -900.0})};
        final List<TruthRecord> truth = new ArrayList<>();
        final List<TrackRecord> tracks = new ArrayList<>();
        double expectedSquaredPosition = 0.0;
        for (int o = 0; o < objects.length; o++) {
            truth.addAll(objects[o].truth(0, SECONDS));
            final double[] lower = randomFactor(random);
            final double[] covariance = product(lower);
            // Expected squared position error after carrying the report 0.3 s: trace of the
            // position block of F P F^T.
            for (int k = 0; k < 3; k++) {
                expectedSquaredPosition += covariance[7 * k] + 0.6 * covariance[6 * k + k + 3]
                    + 0.09 * covariance[6 * (k + 3) + k + 3];
            }
            for (int s = 0; s < SECONDS; s++) {
                final double reportS = s + 0.7;
                final double[] error = correlatedNormal(random, lower);
                tracks.add(track(reportS, 100L + o, TrackStatus.CONFIRMED, plus(objects[o].stateAt(reportS), error),
                    covariance));
            }
        }
        final ScenarioMetrics m = new ScenarioEvaluator(MetricsConfiguration.defaults())
            .evaluate(ScenarioRecords.of(truth, List.of(), tracks, List.of()));
        final CovarianceConsistency c = m.consistency();

        // Every evaluation time from 1 s has its three tracks: 3 x 300 samples.
        assertThat(c.samples()).isEqualTo(3L * SECONDS);
        assertThat(m.continuity().idSwitches()).isZero();
        assertThat(m.attribution().falseTrackIds()).isEmpty();
        assertThat(c.averageNees()).isBetween(c.neesLower(), c.neesUpper());
        assertThat(c.averagePositionNees()).isBetween(c.positionNeesLower(), c.positionNeesUpper());
        // The interval itself: chi-square(5400) / 900 is 6 +- 0.23 or so.
        assertThat(c.neesLower()).isBetween(5.7, 5.8);
        assertThat(c.neesUpper()).isBetween(6.2, 6.3);
        // RMSE: the mean squared error estimates the mean trace within a few per cent
        // (relative standard error about 3.5 % here); 10 % is a failure, not chance.
        final double expectedRmse = Math.sqrt(expectedSquaredPosition / objects.length);
        assertThat(m.accuracy().positionRmseM()).isBetween(0.9 * expectedRmse, 1.1 * expectedRmse);
    }

    /** A random lower-triangular factor: position sigmas 30-150 m, velocity 3-15 m/s, correlated. */
    private static double[] randomFactor(final SplittableRandom random) {
        final double[] lower = new double[36];
        for (int i = 0; i < 6; i++) {
            final double scale = i < 3 ? random.nextDouble(30.0, 150.0) : random.nextDouble(3.0, 15.0);
            lower[7 * i] = scale;
            for (int j = 0; j < i; j++) {
                lower[6 * i + j] = random.nextDouble(-0.5, 0.5) * scale;
            }
        }
        return lower;
    }

    /** L L^T. */
    private static double[] product(final double[] lower) {
        final double[] p = new double[36];
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                double sum = 0.0;
                for (int k = 0; k < 6; k++) {
                    sum += lower[6 * i + k] * lower[6 * j + k];
                }
                p[6 * i + j] = sum;
            }
        }
        return p;
    }

    /** L z for z standard normal: a draw with covariance L L^T. */
    private static double[] correlatedNormal(final SplittableRandom random, final double[] lower) {
        final double[] z = new double[6];
        for (int k = 0; k < 6; k++) {
            z[k] = random.nextGaussian();
        }
        final double[] x = new double[6];
        for (int i = 0; i < 6; i++) {
            for (int k = 0; k <= i; k++) {
                x[i] += lower[6 * i + k] * z[k];
            }
        }
        return x;
    }
}
