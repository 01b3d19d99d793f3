package io.vigil.fusion.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.fusion.geo.EarthRotation;
import io.vigil.fusion.geo.Geodetic;
import io.vigil.fusion.geo.LocalFrame;
import io.vigil.fusion.geo.Wgs84;
import io.vigil.fusion.math.ChiSquare;
import io.vigil.fusion.motion.ExponentialAtmosphere;
import io.vigil.fusion.motion.InertialReference;
import io.vigil.fusion.motion.Trajectories;
import io.vigil.fusion.testing.Measured;
import io.vigil.fusion.trajectory.ImpactEllipse;
import io.vigil.fusion.trajectory.ImpactPredictor;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Calibration of the reported impact ellipse: 200 seeded runs of one radar tracking an
 * object for 60 s of midcourse with the default engine, each scored at its last impact
 * prediction against the true impact point, flown by an independent integrator (Dormand-Prince
 * 5(4) in an inertial frame, J2, drag in an atmosphere turning with the Earth). The truth's
 * inverse ballistic coefficient is drawn per run from the engine's impact prior for it (the
 * builder's defaults, 1.5e-4 +- 7.5e-5 m^2/kg; a negative draw flies without drag, as the
 * model does): in midcourse kappa has seen no drag, so the ellipse is a statement about that
 * prior, and a
 * calibrated ellipse must hold the truth at the stated rate over the population the prior
 * describes. The true impact must fall inside the 95 % ellipse in 95 +- 3 % of the runs and
 * inside the CEP50 circle in about half (40 to 60 %), and the impact time's sigma must be
 * honest. Both covariance methods are held to it.
 */
class ImpactCalibrationTest {

    private static final long T0 = 1_780_000_000_000_000_000L;
    private static final long SECOND = 1_000_000_000L;
    private static final double SIGMA_RANGE = 30.0;
    private static final double SIGMA_ANGLE = 1e-3;
    private static final int RUNS = 200;
    private static final int TRACKED_S = 60;
    private static final double KAPPA_MEAN = FusionEngine.Builder.DEFAULT_IMPACT_KAPPA_MEAN;
    private static final double KAPPA_SIGMA = FusionEngine.Builder.DEFAULT_IMPACT_KAPPA_SIGMA;

    /** The last prediction of a run. */
    private static final class LastImpact {
        long stateTime = Long.MIN_VALUE;
        double latitudeDeg;
        double longitudeDeg;
        double ee;
        double en;
        double nn;
        double cep;
        long impactTime;
        double timeSigma;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ImpactPredictor.Method.class)
    void theTrueImpactFallsInsideThe95PercentEllipseAt95PercentAndInsideCep50InHalfTheRuns(
        final ImpactPredictor.Method method) {
        final Score score = calibrate(method, RUNS);
        final String name = "impact calibration, " + method + ": ";
        Measured.report(name + "truth inside the 95 % ellipse (fraction of " + RUNS + " runs)", score.inEllipse());
        Measured.report(name + "truth inside CEP50 (fraction)", score.inCep());
        Measured.report(name + "impact time normalised error squared (mean, 1 dof)", score.timeNees());
        Measured.report(name + "median miss distance (m)", score.medianMissM());
        assertThat(score.inEllipse()).isBetween(0.92, 0.98);
        assertThat(score.inCep()).isBetween(0.40, 0.60);
        // The impact time's sigma is honest too: the mean of 200 chi-square(1) values lies in
        // [0.75, 1.30] with probability 0.99.
        assertThat(score.timeNees()).isBetween(ChiSquare.quantile(0.005, RUNS) / RUNS,
            ChiSquare.quantile(0.995, RUNS) / RUNS);
    }

    private record Score(double inEllipse, double inCep, double timeNees, double medianMissM) {
    }

    private static Score calibrate(final ImpactPredictor.Method method, final int runs) {
        // 250 km up, 4.5 km/s east, climbing at 30 deg: about 1,900 km of range, 11 minutes of flight.
        final double[] start = Trajectories.at(39.0, 126.0, 250e3, 90.0, 30.0, 4_500.0);
        final EarthRotation rotation = new EarthRotation(T0);
        final LocalFrame site = new LocalFrame(Math.toRadians(37.5), Math.toRadians(128.5), 100.0);
        final Sensor radar = Sensor.radar("R", "KOR", site.latitudeRad(), site.longitudeRad(), site.heightM(),
            SIGMA_RANGE, SIGMA_ANGLE, SIGMA_ANGLE, Double.NaN, 1.0, 3_000_000.0);
        int inEllipse = 0;
        int inCep = 0;
        double timeNees = 0.0;
        final double[] misses = new double[runs];
        for (int run = 0; run < runs; run++) {
            final SplittableRandom random = new SplittableRandom(90_000L + run);
            final double kappa = KAPPA_MEAN + KAPPA_SIGMA * random.nextGaussian();
            final InertialReference truth = new InertialReference(Wgs84.GM_M3_PER_S2, Wgs84.J2,
                Wgs84.SEMI_MAJOR_AXIS_M, 1e-12, 1e-6).withDrag(new ExponentialAtmosphere(), Math.max(kappa, 0.0));
            final double[] eci = new double[6];
            rotation.stateToEci(T0, start, eci);
            final LastImpact last = new LastImpact();
            final FusionListener listener = new FusionListener() {
                @Override
                public void onImpact(final ImpactView impact) {
                    if (impact.stateTimeNanos() >= last.stateTime) {
                        last.stateTime = impact.stateTimeNanos();
                        last.latitudeDeg = impact.impactLatitudeDeg();
                        last.longitudeDeg = impact.impactLongitudeDeg();
                        last.ee = impact.impactCovariance(0, 0);
                        last.en = impact.impactCovariance(0, 1);
                        last.nn = impact.impactCovariance(1, 1);
                        last.cep = impact.cep50M();
                        last.impactTime = impact.impactTimeNanos();
                        last.timeSigma = impact.impactTimeSigmaS();
                    }
                }
            };
            try (FusionEngine engine = FusionEngine.builder().sensor(radar).listener(listener).ringSize(1 << 10)
                .maxTracks(8).impactCovariance(method).impactInterval(0).build()) {
                engine.start();
                final PlotPublisher publisher = engine.publisher();
                double[] state = eci;
                final double[] ecef = new double[6];
                for (int s = 0; s <= TRACKED_S; s++) {
                    if (s > 0) {
                        state = truth.propagate(state, 1.0);
                    }
                    rotation.stateToEcef(T0 + s * SECOND, state, ecef);
                    RadarPlots.publish(publisher, 0, site, ecef, T0 + s * SECOND, s, random, SIGMA_RANGE, SIGMA_ANGLE);
                }
                // A tick past the last plot: the maintenance pass predicts from the last update.
                publisher.tick(T0 + (TRACKED_S + 2) * SECOND);
                engine.close();
                final double[] impact = trueImpact(truth, rotation, state, T0 + TRACKED_S * SECOND);
                assertThat(last.stateTime).as("run %d: an impact was predicted", run)
                    .isEqualTo(T0 + TRACKED_S * SECOND);
                final LocalFrame reported = new LocalFrame(Math.toRadians(last.latitudeDeg),
                    Math.toRadians(last.longitudeDeg), 0.0);
                final double[] enu = new double[3];
                reported.ecefToEnu(impact[0], impact[1], impact[2], enu);
                final double det = last.ee * last.nn - last.en * last.en;
                final double mahalanobis = (last.nn * enu[0] * enu[0] - 2.0 * last.en * enu[0] * enu[1]
                    + last.ee * enu[1] * enu[1]) / det;
                final double miss = Math.hypot(enu[0], enu[1]);
                misses[run] = miss;
                if (mahalanobis <= ImpactEllipse.CHI2_95_2D) {
                    inEllipse++;
                }
                if (miss <= last.cep) {
                    inCep++;
                }
                final double timeError = (impact[3] - last.impactTime) * 1e-9 / last.timeSigma;
                timeNees += timeError * timeError;
            }
        }
        java.util.Arrays.sort(misses);
        return new Score((double) inEllipse / runs, (double) inCep / runs, timeNees / runs, misses[runs / 2]);
    }

    /** The ECEF point and time (as a double of ns in [3]) where the truth crosses height 0. */
    private static double[] trueImpact(final InertialReference truth, final EarthRotation rotation,
        final double[] eciStart, final long startNanos) {
        final double[] ecef = new double[6];
        final double[] geodetic = new double[3];
        double[] before = eciStart;
        double t = 0.0;
        while (true) {
            final double[] after = truth.propagate(before, 1.0);
            rotation.stateToEcef(startNanos + Math.round((t + 1.0) * 1e9), after, ecef);
            Geodetic.fromEcef(ecef[0], ecef[1], ecef[2], geodetic);
            if (geodetic[Geodetic.HEIGHT] <= 0.0) {
                break;
            }
            before = after;
            t += 1.0;
        }
        double lo = 0.0;
        double hi = 1.0;
        for (int k = 0; k < 40; k++) {
            final double mid = 0.5 * (lo + hi);
            rotation.stateToEcef(startNanos + Math.round((t + mid) * 1e9), truth.propagate(before, mid), ecef);
            Geodetic.fromEcef(ecef[0], ecef[1], ecef[2], geodetic);
            if (geodetic[Geodetic.HEIGHT] > 0.0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        rotation.stateToEcef(startNanos + Math.round((t + hi) * 1e9), truth.propagate(before, hi), ecef);
        return new double[] {ecef[0], ecef[1], ecef[2], startNanos + (t + hi) * 1e9};
    }
}
