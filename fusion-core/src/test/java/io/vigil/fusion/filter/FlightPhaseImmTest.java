package io.vigil.fusion.filter;

import static io.vigil.fusion.filter.ExtendedKalmanFilterTest.diagonal;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.fusion.geo.Geodetic;
import io.vigil.fusion.geo.LocalFrame;
import io.vigil.fusion.measurement.RadarMeasurement;
import io.vigil.fusion.motion.BallisticMotion;
import io.vigil.fusion.motion.BoostMotion;
import io.vigil.fusion.motion.ReentryMotion;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The IMM over Vigil's three flight-phase models (boost, 9 states; ballistic, 6; re-entry, 7)
 * follows a missile through its phase changes, seen by a radar: the mode that matches the
 * truth's physics takes the probability, and the covariances stay healthy.
 */
class FlightPhaseImmTest {

    private static final int BOOST = 0;
    private static final int BALLISTIC = 1;
    private static final int REENTRY = 2;
    private static final double SIGMA_RANGE = 10.0;
    private static final double SIGMA_ANGLE = 3e-4;
    private static final double SIGMA_RANGE_RATE = 1.0;

    private final LocalFrame site = new LocalFrame(Math.toRadians(40.0), Math.toRadians(125.0), 0.0);
    private final RadarMeasurement radar = new RadarMeasurement().site(site)
        .sigmas(SIGMA_RANGE, SIGMA_ANGLE, SIGMA_ANGLE, SIGMA_RANGE_RATE);
    private final SplittableRandom random = new SplittableRandom(1944L);
    private final double[] measured = new double[4];

    private static InteractingMultipleModel flightPhaseImm() {
        return new InteractingMultipleModel(new ImmMode[] {
            new ImmMode("BOOST", new BoostMotion(1.0), new ExtendedKalmanFilter(9, 4), new double[3],
                new double[] {400.0, 400.0, 400.0}),
            new ImmMode("BALLISTIC", new BallisticMotion(1e-2), new ExtendedKalmanFilter(9, 4), new double[0], new double[0]),
            new ImmMode("REENTRY", new ReentryMotion(1e-2, 1e-12), new ExtendedKalmanFilter(9, 4),
                new double[] {1e-4}, new double[] {1e-8})},
            // Boost ends in ballistic flight; ballistic flight ends in re-entry; no way back.
            new double[][] {{0, 0.02, 0}, {0, 0, 0.01}, {0, 0, 0}}, new double[] {0.4, 0.4, 0.2});
    }

    private RadarMeasurement plot(final double[] truth) {
        site.ecefToRadar(truth[0], truth[1], truth[2], measured);
        final double rangeRate = ((truth[0] - site.originX()) * truth[3] + (truth[1] - site.originY()) * truth[4]
            + (truth[2] - site.originZ()) * truth[5]) / measured[0];
        double azimuth = measured[1] + SIGMA_ANGLE * random.nextGaussian();
        azimuth = azimuth < 0 ? azimuth + 2 * Math.PI : azimuth >= 2 * Math.PI ? azimuth - 2 * Math.PI : azimuth;
        return radar.plot(measured[0] + SIGMA_RANGE * random.nextGaussian(), azimuth,
            measured[2] + SIGMA_ANGLE * random.nextGaussian(), rangeRate + SIGMA_RANGE_RATE * random.nextGaussian());
    }

    private static double[] start(final double latDeg, final double lonDeg, final double heightM,
        final double east, final double north, final double up) {
        final double[] state = new double[9];
        Geodetic.toEcef(Math.toRadians(latDeg), Math.toRadians(lonDeg), heightM, state);
        final double[] velocity = new double[3];
        new LocalFrame(Math.toRadians(latDeg), Math.toRadians(lonDeg), heightM).enuVectorToEcef(east, north, up, velocity);
        System.arraycopy(velocity, 0, state, 3, 3);
        return state;
    }

    @Test
    void boostModeLeadsWhileTheEngineBurnsAndBallisticAfterBurnout() {
        final InteractingMultipleModel imm = flightPhaseImm();
        final ImmEstimate estimate = imm.newEstimate();
        // A rocket 60 km up, 300 km from the radar, climbing at 1.5 km/s, thrusting at 25 m/s^2
        // along its initial velocity for 40 s, then coasting.
        final double[] truth = start(41.5, 127.5, 60_000.0, 800.0, 600.0, 1100.0);
        final double speed = Math.sqrt(truth[3] * truth[3] + truth[4] * truth[4] + truth[5] * truth[5]);
        for (int i = 0; i < 3; i++) {
            truth[6 + i] = 25.0 * truth[3 + i] / speed;
        }
        final double[] initialCovariance = diagonal(200 * 200, 200 * 200, 200 * 200, 50 * 50, 50 * 50, 50 * 50);
        final double[] initialState = new double[6];
        for (int i = 0; i < 6; i++) {
            initialState[i] = truth[i] + Math.sqrt(initialCovariance[7 * i]) * 0.5 * random.nextGaussian();
        }
        imm.initialise(estimate, initialState, initialCovariance);
        final BoostMotion truthMotion = new BoostMotion(0.0);
        final CovarianceCheck check = new CovarianceCheck(9, CovarianceCheck.DEFAULT_SYMMETRY_TOLERANCE);
        double boostWhileBurning = 0.0;
        double ballisticAfterBurnout = 0.0;
        for (int second = 1; second <= 100; second++) {
            if (second == 41) {
                truth[6] = 0.0;
                truth[7] = 0.0;
                truth[8] = 0.0;
            }
            truthMotion.propagate(truth, 1.0, null);
            imm.predict(estimate, 1.0);
            imm.update(estimate, plot(truth));
            if (second > 15 && second <= 40) {
                boostWhileBurning += estimate.probability(BOOST) / 25;
            }
            if (second > 70) {
                ballisticAfterBurnout += estimate.probability(BALLISTIC) / 30;
            }
            for (int mode = 0; mode < 3; mode++) {
                assertThat(check.check(estimate.modeCovariance[mode], imm.mode(mode).dimension()))
                    .as("mode %d at %d s", mode, second).isEqualTo(CovarianceHealth.HEALTHY);
            }
        }
        assertThat(boostWhileBurning).as("mean boost probability while burning").isGreaterThan(0.8);
        assertThat(ballisticAfterBurnout).as("mean ballistic probability 30 s after burnout").isGreaterThan(0.5);
        assertThat(distance(estimate, truth)).as("position error at the end, m").isLessThan(100.0);
    }

    @Test
    void reentryModeTakesOverWhenDragBecomesVisible() {
        final InteractingMultipleModel imm = flightPhaseImm();
        final ImmEstimate estimate = imm.newEstimate();
        // A re-entry vehicle at 100 km, 250 km from the radar, diving at 6 km/s, 30 deg down,
        // beta 2,000 kg/m^2 (kappa 5e-4 m^2/kg): drag is negligible above 70 km and tens of g
        // below 30 km.
        final double[] state9 = start(41.0, 127.0, 100_000.0, -5196.0 * 0.7, -5196.0 * 0.7, -3000.0);
        final double[] truth = new double[7];
        System.arraycopy(state9, 0, truth, 0, 6);
        truth[ReentryMotion.INVERSE_BALLISTIC_COEFFICIENT] = 5e-4;
        final double[] initialCovariance = diagonal(200 * 200, 200 * 200, 200 * 200, 50 * 50, 50 * 50, 50 * 50);
        imm.initialise(estimate, truth, initialCovariance);
        final ReentryMotion truthMotion = new ReentryMotion(0.0, 0.0);
        final double[] geodetic = new double[3];
        double reentryLow = 0.0;
        int lowSamples = 0;
        double worstLowError = 0.0;
        for (int second = 1; second <= 60; second++) {
            truthMotion.propagate(truth, 1.0, null);
            Geodetic.fromEcef(truth[0], truth[1], truth[2], geodetic);
            if (geodetic[Geodetic.HEIGHT] < 15_000.0) {
                break;
            }
            imm.predict(estimate, 1.0);
            imm.update(estimate, plot(truth));
            if (geodetic[Geodetic.HEIGHT] < 40_000.0) {
                reentryLow += estimate.probability(REENTRY);
                lowSamples++;
                worstLowError = Math.max(worstLowError, distance(estimate, truth));
            }
        }
        assertThat(lowSamples).isGreaterThan(3);
        assertThat(reentryLow / lowSamples).as("mean re-entry probability below 40 km").isGreaterThan(0.8);
        assertThat(estimate.modeState(REENTRY, ReentryMotion.INVERSE_BALLISTIC_COEFFICIENT))
            .as("estimated kappa = 1/beta, m^2/kg (truth 5e-4)").isBetween(3e-4, 7e-4);
        assertThat(worstLowError).as("worst position error below 40 km, m").isLessThan(100.0);
    }

    private static double distance(final ImmEstimate estimate, final double[] truth) {
        double sum = 0.0;
        for (int i = 0; i < 3; i++) {
            final double d = estimate.state(i) - truth[i];
            sum += d * d;
        }
        return Math.sqrt(sum);
    }
}
