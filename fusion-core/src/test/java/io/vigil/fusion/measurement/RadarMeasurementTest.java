package io.vigil.fusion.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vigil.fusion.geo.Geodetic;
import io.vigil.fusion.geo.LocalFrame;
import io.vigil.fusion.testing.AllocationMeter;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RadarMeasurementTest {

    /**
     * Row-relative tolerance of the analytic Jacobian against fourth-order central
     * differences (see {@link JacobianCheck}). The position step is chosen per geometry as
     * (1e-9 m * L^4)^(1/5), L the smaller of the range and the horizontal distance (the
     * length over which azimuth and elevation bend), which balances the truncation error,
     * about (h / L)^4, against the rounding of the predicted values, about 1e-9 m (the ulp
     * of ECEF coordinates) over the step: both are at most about (1e-9 m / L)^(4/5) of the
     * row, 1e-7 for a target 0.1 m off the site's vertical and 1e-11 at 50 km. A wrong term,
     * sign or rotation gives errors of order 1, so 1e-6 separates the two with orders of
     * magnitude on either side.
     */
    private static final double JACOBIAN_TOLERANCE = 1e-6;
    private static final double SIGMA_RANGE = 15.0;
    private static final double SIGMA_AZIMUTH = 1e-3;
    private static final double SIGMA_ELEVATION = 1.5e-3;
    private static final double SIGMA_RANGE_RATE = 2.0;

    @Test
    void analyticJacobianMatchesCentralDifferencesFromFixedSites() {
        final SplittableRandom random = new SplittableRandom(11L);
        final RadarMeasurement radar = new RadarMeasurement();
        final LocalFrame site = new LocalFrame();
        final double[] state8 = new double[8];
        double worst = 0.0;
        for (int i = 0; i < 20_000; i++) {
            randomSite(random, site);
            radar.site(site.latitudeRad(), site.longitudeRad(), site.heightM());
            final int n = i % 2 == 0 ? 6 : 8;
            randomTarget(random, site, state8);
            state8[6] = random.nextDouble(1e3, 1e5); // extras, for example a ballistic coefficient
            state8[7] = random.nextDouble(-5.0, 5.0);
            configurePlot(radar, i % 3 != 0);
            worst = Math.max(worst, checkJacobian(radar, state8, n, site));
        }
        assertThat(worst).isLessThan(JACOBIAN_TOLERANCE);
    }

    @Test
    void analyticJacobianMatchesCentralDifferencesFromMovingPlatforms() {
        final SplittableRandom random = new SplittableRandom(12L);
        final RadarMeasurement radar = new RadarMeasurement();
        final LocalFrame place = new LocalFrame();
        final double[] state = new double[6];
        double worst = 0.0;
        for (int i = 0; i < 20_000; i++) {
            // Aircraft and ships: up to 20 km altitude, up to 300 m/s.
            place.at(randomLatitude(random), random.nextDouble(-Math.PI, Math.PI), random.nextDouble(0.0, 20_000.0));
            radar.platform(
                place.originX(), place.originY(), place.originZ(),
                random.nextDouble(-300.0, 300.0), random.nextDouble(-300.0, 300.0), random.nextDouble(-30.0, 30.0));
            randomTarget(random, place, state);
            configurePlot(radar, true);
            worst = Math.max(worst, checkJacobian(radar, state, 6, place));
        }
        assertThat(worst).isLessThan(JACOBIAN_TOLERANCE);
    }

    @Test
    void analyticJacobianStaysRightCloseToTheZenith() {
        final LocalFrame site = new LocalFrame(Math.toRadians(-20.0), Math.toRadians(130.0), 300.0);
        final RadarMeasurement radar = new RadarMeasurement().site(site).plot(1e6, 0.0, 1.5, 0.0);
        final double[] state = new double[6];
        // 1,000 km up, 1 km, 10 m, 1 m and 0.1 m off the vertical, on every side of it.
        for (final double offAngle : new double[] {1e-3, 1e-5, 1e-6, 1e-7}) {
            for (int k = 0; k < 8; k++) {
                site.radarToEcef(1e6, k * Math.PI / 4 + 0.1, Math.PI / 2 - offAngle, state);
                state[3] = 1000.0 * k;
                state[4] = -3000.0;
                state[5] = 2000.0;
                checkJacobian(radar, state, 6, site);
            }
        }
    }

    @Test
    void predictsTheRangeAzimuthElevationItWasBuiltFromAndAgreesWithLocalFrame() {
        final SplittableRandom random = new SplittableRandom(13L);
        final RadarMeasurement radar = new RadarMeasurement();
        final LocalFrame site = new LocalFrame();
        final double[] state = new double[6];
        final double[] predicted = new double[3];
        final double[] reference = new double[3];
        for (int i = 0; i < 50_000; i++) {
            randomSite(random, site);
            radar.site(site);
            final double range = random.nextDouble(50e3, 3000e3);
            final double azimuth = random.nextDouble(0.0, 2.0 * Math.PI);
            final double elevation = random.nextDouble(-0.1, 1.5);
            site.radarToEcef(range, azimuth, elevation, state);
            radar.predict(state, 6, predicted, null);
            assertThat(predicted[RadarMeasurement.RANGE]).isCloseTo(range, within(1e-6));
            assertThat(predicted[RadarMeasurement.AZIMUTH]).isCloseTo(azimuth, within(1e-11));
            assertThat(predicted[RadarMeasurement.ELEVATION]).isCloseTo(elevation, within(1e-11));
            site.ecefToRadar(state[0], state[1], state[2], reference);
            assertThat(predicted).containsExactly(reference, within(1e-12));
        }
    }

    @Test
    void targetStraightAboveTheSiteIsAtNinetyDegreesElevation() {
        final LocalFrame site = new LocalFrame(Math.toRadians(52.3), Math.toRadians(4.8), 12.0);
        final RadarMeasurement radar = new RadarMeasurement().site(site);
        final double[] state = new double[6];
        final double[] predicted = new double[3];
        site.enuToEcef(0.0, 0.0, 800e3, state);
        radar.predict(state, 6, predicted, new double[18]);
        assertThat(predicted[RadarMeasurement.RANGE]).isCloseTo(800e3, within(1e-6));
        assertThat(predicted[RadarMeasurement.ELEVATION]).isCloseTo(Math.PI / 2, within(1e-12));
    }

    @Test
    void exactlyOnTheVerticalAzimuthIsZeroWithAZeroRowAndElevationKeepsAFiniteRow() {
        // At latitude 0, longitude 0 the ENU axes are ECEF axes permuted, so a target on the
        // x axis has east and north exactly zero.
        final RadarMeasurement radar = new RadarMeasurement().site(0.0, 0.0, 0.0);
        final double[] state = {6_378_137.0 + 500e3, 0.0, 0.0, 10.0, 20.0, 30.0};
        final double[] predicted = new double[4];
        final double[] jacobian = new double[24];
        radar.plot(500e3, 0.0, Math.PI / 2, 30.0).sigmas(SIGMA_RANGE, SIGMA_AZIMUTH, SIGMA_ELEVATION, SIGMA_RANGE_RATE);
        radar.predict(state, 6, predicted, jacobian);
        assertThat(predicted).containsExactly(500e3, 0.0, Math.PI / 2, 10.0);
        assertThat(Arrays.copyOfRange(jacobian, 6, 12)).containsOnly(0.0);
        // Elevation falls at 1/r per metre of horizontal offset, here toward north = ECEF z.
        assertThat(Arrays.copyOfRange(jacobian, 12, 18))
            .containsExactly(new double[] {0.0, 0.0, -1.0 / 500e3, 0.0, 0.0, 0.0}, within(1e-20));
        for (final double element : jacobian) {
            assertThat(element).isFinite();
        }
        final double[] noise = new double[16];
        radar.noise(noise);
        assertThat(noise[5]).isFinite().isGreaterThan(1e20 * SIGMA_AZIMUTH * SIGMA_AZIMUTH);
    }

    @Test
    void rangeRateIsTheDerivativeOfRangeAlongStraightLineMotionFromFixedAndMovingSensors() {
        final SplittableRandom random = new SplittableRandom(14L);
        final RadarMeasurement radar = new RadarMeasurement();
        final LocalFrame site = new LocalFrame();
        final double[] state = new double[6];
        final double[] moved = new double[6];
        final double[] predicted = new double[4];
        final double[] later = new double[4];
        final double[] earlier = new double[4];
        final double dt = 5e-4;
        for (int i = 0; i < 5_000; i++) {
            randomSite(random, site);
            randomTarget(random, site, state);
            final boolean moving = i % 2 == 1;
            final double svx = moving ? random.nextDouble(-250.0, 250.0) : 0.0;
            final double svy = moving ? random.nextDouble(-250.0, 250.0) : 0.0;
            final double svz = moving ? random.nextDouble(-250.0, 250.0) : 0.0;
            placeSensor(radar, site, moving, 0.0, svx, svy, svz);
            radar.plot(1.0, 0.0, 0.0, 0.0);
            radar.predict(state, 6, predicted, null);
            for (int side = -1; side <= 1; side += 2) {
                final double t = side * dt;
                for (int k = 0; k < 3; k++) {
                    moved[k] = state[k] + state[3 + k] * t;
                    moved[3 + k] = state[3 + k];
                }
                placeSensor(radar, site, moving, t, svx, svy, svz);
                radar.predict(moved, 6, side > 0 ? later : earlier, null);
            }
            final double numeric = (later[RadarMeasurement.RANGE] - earlier[RadarMeasurement.RANGE]) / (2.0 * dt);
            assertThat(predicted[RadarMeasurement.RANGE_RATE]).as("case %d", i).isCloseTo(numeric, within(1e-4));
        }
    }

    @Test
    void rangeRateIsPositiveWhenOpeningAndZeroForAPlatformMovingWithTheTarget() {
        final LocalFrame site = new LocalFrame(Math.toRadians(30.0), Math.toRadians(-60.0), 0.0);
        final RadarMeasurement radar = new RadarMeasurement().site(site).plot(1.0, 0.0, 0.0, 0.0);
        final double[] state = new double[6];
        site.radarToEcef(1000e3, 1.0, 0.3, state);
        // Velocity 3 km/s straight away from the site.
        final double dx = state[0] - site.originX();
        final double dy = state[1] - site.originY();
        final double dz = state[2] - site.originZ();
        final double range = Math.sqrt(dx * dx + dy * dy + dz * dz);
        state[3] = 3000.0 * dx / range;
        state[4] = 3000.0 * dy / range;
        state[5] = 3000.0 * dz / range;
        final double[] predicted = new double[4];
        radar.predict(state, 6, predicted, null);
        assertThat(predicted[RadarMeasurement.RANGE_RATE]).isCloseTo(3000.0, within(1e-9));
        state[3] = -state[3];
        state[4] = -state[4];
        state[5] = -state[5];
        radar.predict(state, 6, predicted, null);
        assertThat(predicted[RadarMeasurement.RANGE_RATE]).isCloseTo(-3000.0, within(1e-9));
        radar.platform(site.originX(), site.originY(), site.originZ(), state[3], state[4], state[5]);
        radar.predict(state, 6, predicted, null);
        assertThat(predicted[RadarMeasurement.RANGE_RATE]).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void movingRadarAtRestOnASiteMatchesTheFixedSite() {
        final SplittableRandom random = new SplittableRandom(15L);
        final RadarMeasurement fixed = new RadarMeasurement();
        final RadarMeasurement moving = new RadarMeasurement();
        final LocalFrame site = new LocalFrame();
        final double[] state = new double[6];
        final double[] fromSite = new double[4];
        final double[] fromPlatform = new double[4];
        final double[] siteJacobian = new double[24];
        final double[] platformJacobian = new double[24];
        for (int i = 0; i < 20_000; i++) {
            randomSite(random, site);
            randomTarget(random, site, state);
            fixed.site(site.latitudeRad(), site.longitudeRad(), site.heightM()).plot(1.0, 0.0, 0.0, 0.0);
            moving.platform(site.originX(), site.originY(), site.originZ(), 0.0, 0.0, 0.0).plot(1.0, 0.0, 0.0, 0.0);
            fixed.predict(state, 6, fromSite, siteJacobian);
            moving.predict(state, 6, fromPlatform, platformJacobian);
            assertThat(fromPlatform[0]).isCloseTo(fromSite[0], within(1e-6));
            assertThat(RadarMeasurement.wrapAngle(fromPlatform[1] - fromSite[1])).isCloseTo(0.0, within(1e-12));
            assertThat(fromPlatform[2]).isCloseTo(fromSite[2], within(1e-12));
            assertThat(fromPlatform[3]).isCloseTo(fromSite[3], within(1e-9));
            for (int row = 0; row < 4; row++) {
                final double scale = maxAbs(siteJacobian, row * 6, row * 6 + 6);
                for (int j = 0; j < 6; j++) {
                    assertThat(platformJacobian[row * 6 + j])
                        .as("case %d row %d column %d", i, row, j)
                        .isCloseTo(siteJacobian[row * 6 + j], within(1e-10 * scale));
                }
            }
        }
    }

    @Test
    void azimuthResidualWrapsAcrossNorthBothWays() {
        final RadarMeasurement radar = new RadarMeasurement().site(0.5, 0.5, 0.0).plot(1.0, 0.0, 0.0);
        final double[] z = {100e3, Math.toRadians(359.9), 0.2};
        final double[] h = {100e3, Math.toRadians(0.1), 0.2};
        final double[] residual = new double[3];
        radar.residual(z, h, residual);
        assertThat(residual[RadarMeasurement.AZIMUTH]).isCloseTo(Math.toRadians(-0.2), within(1e-12));
        radar.residual(h, z, residual);
        assertThat(residual[RadarMeasurement.AZIMUTH]).isCloseTo(Math.toRadians(0.2), within(1e-12));
        // The output may be one of the inputs.
        radar.residual(z, h, z);
        assertThat(z[RadarMeasurement.AZIMUTH]).isCloseTo(Math.toRadians(-0.2), within(1e-12));
        assertThat(z[RadarMeasurement.RANGE]).isZero();
    }

    @Test
    void angleWrapLandsInMinusPiExcludedToPiIncluded() {
        assertThat(RadarMeasurement.wrapAngle(Math.PI)).isEqualTo(Math.PI);
        assertThat(RadarMeasurement.wrapAngle(-Math.PI)).isEqualTo(Math.PI);
        assertThat(RadarMeasurement.wrapAngle(3.0 * Math.PI)).isCloseTo(Math.PI, within(1e-15));
        assertThat(RadarMeasurement.wrapAngle(2.0 * Math.PI - 1e-3)).isCloseTo(-1e-3, within(1e-15));
        assertThat(RadarMeasurement.wrapAngle(-2.0 * Math.PI + 1e-3)).isCloseTo(1e-3, within(1e-15));
        assertThat(RadarMeasurement.wrapAngle(0.25)).isEqualTo(0.25);
        final SplittableRandom random = new SplittableRandom(16L);
        for (int i = 0; i < 100_000; i++) {
            final double angle = random.nextDouble(-100.0, 100.0);
            final double wrapped = RadarMeasurement.wrapAngle(angle);
            assertThat(wrapped).isGreaterThan(-Math.PI).isLessThanOrEqualTo(Math.PI);
            final double turns = (angle - wrapped) / (2.0 * Math.PI);
            assertThat(turns).isCloseTo(Math.rint(turns), within(1e-12));
        }
    }

    @Test
    void elevationResidualIsAPlainDifferenceInsideItsRangeAndRangeRateIsNotWrapped() {
        final RadarMeasurement radar = new RadarMeasurement().site(0.5, 0.5, 0.0).plot(1.0, 0.0, 0.0, 0.0);
        final double[] residual = new double[4];
        radar.residual(new double[] {10.0, 1.0, 1.5, 7000.0}, new double[] {4.0, 1.0, -1.5, -7000.0}, residual);
        assertThat(residual).containsExactly(new double[] {6.0, 0.0, 3.0, 14000.0}, within(1e-15));
    }

    @Test
    void azimuthNoiseIsInflatedContinuouslyAboveTheZenithGuardAndAtTheNadir() {
        final RadarMeasurement radar = new RadarMeasurement().site(0.5, 0.5, 0.0)
            .sigmas(SIGMA_RANGE, SIGMA_AZIMUTH, SIGMA_ELEVATION);
        final double guard = RadarMeasurement.DEFAULT_ZENITH_GUARD_RAD;
        assertThat(radar.zenithGuardRad()).isEqualTo(Math.toRadians(80.0));
        radar.plot(1e5, 1.0, Math.toRadians(45.0));
        assertThat(radar.effectiveAzimuthSigmaRad()).isEqualTo(SIGMA_AZIMUTH);
        radar.plot(1e5, 1.0, guard - 1e-9);
        assertThat(radar.effectiveAzimuthSigmaRad()).isEqualTo(SIGMA_AZIMUTH);
        // Continuous at the guard: 1e-9 rad above it the factor is 1 + tan(g) 1e-9.
        radar.plot(1e5, 1.0, guard + 1e-9);
        assertThat(radar.effectiveAzimuthSigmaRad())
            .isGreaterThan(SIGMA_AZIMUTH).isCloseTo(SIGMA_AZIMUTH * (1.0 + Math.tan(guard) * 1e-9), within(1e-15));
        for (final double degrees : new double[] {85.0, 89.0, 89.99, -85.0, -89.99}) {
            final double elevation = Math.toRadians(degrees);
            radar.plot(1e5, 1.0, elevation);
            final double expected = SIGMA_AZIMUTH * Math.cos(guard) / Math.cos(elevation);
            assertThat(radar.effectiveAzimuthSigmaRad()).as("%s deg", degrees).isCloseTo(expected, within(1e-12 * expected));
            // Cross-range accuracy r sigma cos(el) stays at its value at the guard.
            assertThat(radar.effectiveAzimuthSigmaRad() * Math.cos(elevation))
                .isCloseTo(SIGMA_AZIMUTH * Math.cos(guard), within(1e-15));
            final double[] noise = new double[9];
            radar.noise(noise);
            assertThat(noise[4]).isCloseTo(expected * expected, within(1e-12 * expected * expected));
            noise[4] = 0.0;
            assertThat(noise).containsExactly(
                SIGMA_RANGE * SIGMA_RANGE, 0.0, 0.0,
                0.0, 0.0, 0.0,
                0.0, 0.0, SIGMA_ELEVATION * SIGMA_ELEVATION);
        }
    }

    @Test
    void zenithGuardOfZeroInflatesEverywhereAndOfNinetyDegreesNowhere() {
        final RadarMeasurement radar = new RadarMeasurement().sigmas(SIGMA_RANGE, SIGMA_AZIMUTH, SIGMA_ELEVATION)
            .plot(1e5, 1.0, Math.toRadians(60.0));
        radar.zenithGuard(0.0);
        assertThat(radar.effectiveAzimuthSigmaRad()).isCloseTo(2.0 * SIGMA_AZIMUTH, within(1e-15));
        radar.zenithGuard(Math.PI / 2).plot(1e5, 1.0, Math.toRadians(89.999));
        assertThat(radar.effectiveAzimuthSigmaRad()).isEqualTo(SIGMA_AZIMUTH);
    }

    @Test
    void noiseIsDiagonalInTheUnitsOfEachElementWithRangeRate() {
        final RadarMeasurement radar = new RadarMeasurement().site(0.5, 0.5, 0.0)
            .plot(1e5, 1.0, 0.1, -250.0).sigmas(SIGMA_RANGE, SIGMA_AZIMUTH, SIGMA_ELEVATION, SIGMA_RANGE_RATE);
        assertThat(radar.dimension()).isEqualTo(4);
        final double[] noise = new double[16];
        radar.noise(noise);
        assertThat(noise).containsExactly(
            225.0, 0.0, 0.0, 0.0,
            0.0, 1e-6, 0.0, 0.0,
            0.0, 0.0, 2.25e-6, 0.0,
            0.0, 0.0, 0.0, 4.0);
        final double[] z = new double[4];
        radar.measurement(z);
        assertThat(z).containsExactly(1e5, 1.0, 0.1, -250.0);
    }

    @Test
    void aPlotWithoutRangeRateDropsTheRangeRateOfThePreviousPlot() {
        final RadarMeasurement radar = new RadarMeasurement().site(0.5, 0.5, 0.0)
            .sigmas(SIGMA_RANGE, SIGMA_AZIMUTH, SIGMA_ELEVATION, SIGMA_RANGE_RATE);
        radar.plot(1e5, 1.0, 0.1, -250.0);
        assertThat(radar.dimension()).isEqualTo(4);
        radar.plot(1e5, 1.0, 0.1);
        assertThat(radar.dimension()).isEqualTo(3);
        final double[] noise = new double[9];
        radar.noise(noise);
        assertThat(noise[8]).isEqualTo(SIGMA_ELEVATION * SIGMA_ELEVATION);
    }

    @Test
    void aCallersSiteFrameIsUsedByReferenceAndNotCopied() {
        final LocalFrame site = new LocalFrame(0.3, 0.4, 0.0);
        final RadarMeasurement radar = new RadarMeasurement().site(site).plot(1.0, 0.0, 0.0);
        final double[] state = new double[6];
        site.radarToEcef(400e3, 2.0, 0.5, state);
        final double[] predicted = new double[3];
        radar.predict(state, 6, predicted, null);
        assertThat(predicted[RadarMeasurement.AZIMUTH]).isCloseTo(2.0, within(1e-12));
        site.at(0.3, 0.5, 0.0);
        radar.predict(state, 6, predicted, null);
        assertThat(predicted[RadarMeasurement.AZIMUTH]).isNotCloseTo(2.0, within(1e-3));
    }

    @Test
    void placingTheSameSiteAgainGivesIdenticalPredictionsAndAnotherSiteMovesThem() {
        final RadarMeasurement radar = new RadarMeasurement().plot(1.0, 0.0, 0.0);
        final double[] state = {7e6, 1e5, 2e5, 0.0, 0.0, 0.0};
        final double[] first = new double[3];
        final double[] second = new double[3];
        radar.site(0.01, 0.02, 10.0).predict(state, 6, first, null);
        radar.platform(1e7, 0.0, 0.0, 0.0, 0.0, 0.0).site(0.01, 0.02, 10.0).predict(state, 6, second, null);
        assertThat(second).containsExactly(first);
        radar.site(0.01, 0.02, 10.0).predict(state, 6, second, null);
        assertThat(second).containsExactly(first);
        radar.site(0.01, 0.021, 10.0).predict(state, 6, second, null);
        assertThat(second[RadarMeasurement.AZIMUTH]).isNotEqualTo(first[RadarMeasurement.AZIMUTH]);
    }

    @Test
    void validationErrorsNameTheBadValue() {
        final RadarMeasurement radar = new RadarMeasurement();
        assertThatThrownBy(() -> radar.plot(-5.0, 1.0, 0.1))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("range (m)").hasMessageContaining("-5.0");
        assertThatThrownBy(() -> radar.plot(1e5, 359.9, 0.1))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("azimuth").hasMessageContaining("359.9");
        assertThatThrownBy(() -> radar.plot(1e5, 2.0 * Math.PI, 0.1))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0, 2pi)");
        assertThatThrownBy(() -> radar.plot(1e5, 1.0, 1.6))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("elevation").hasMessageContaining("1.6");
        assertThatThrownBy(() -> radar.plot(1e5, 1.0, 0.1, Double.NaN))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("range rate").hasMessageContaining("NaN");
        assertThatThrownBy(() -> radar.plot(Double.POSITIVE_INFINITY, 1.0, 0.1))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Infinity");
        assertThatThrownBy(() -> radar.sigmas(0.0, 1e-3, 1e-3))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("range sigma").hasMessageContaining("0.0");
        assertThatThrownBy(() -> radar.sigmas(10.0, -1e-3, 1e-3))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("azimuth sigma").hasMessageContaining("-0.001");
        assertThatThrownBy(() -> radar.sigmas(10.0, 1e-3, Double.NaN))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("elevation sigma").hasMessageContaining("NaN");
        assertThatThrownBy(() -> radar.sigmas(10.0, 1e-3, 1e-3, 0.0))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("range-rate sigma");
        assertThatThrownBy(() -> radar.site(1.7, 0.0, 0.0))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("latitude").hasMessageContaining("1.7");
        assertThatThrownBy(() -> radar.site(0.0, Double.NaN, 0.0))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("longitude");
        assertThatThrownBy(() -> radar.site(null))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("null");
        assertThatThrownBy(() -> radar.platform(7e6, 0.0, 0.0, 0.0, Double.NEGATIVE_INFINITY, 0.0))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vy").hasMessageContaining("-Infinity");
        assertThatThrownBy(() -> radar.zenithGuard(-0.1))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zenith guard").hasMessageContaining("-0.1");
    }

    @Test
    void usingAnUnconfiguredModelOrATooShortStateFails() {
        final RadarMeasurement radar = new RadarMeasurement();
        final double[] out = new double[16];
        assertThatThrownBy(() -> radar.measurement(out)).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("plot");
        assertThatThrownBy(() -> radar.predict(new double[6], 6, out, null)).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("site");
        radar.plot(1e5, 1.0, 0.1, 5.0);
        assertThatThrownBy(() -> radar.noise(out)).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("sigmas");
        radar.sigmas(10.0, 1e-3, 1e-3);
        assertThatThrownBy(() -> radar.noise(out)).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("range-rate sigma");
        radar.site(0.1, 0.2, 0.0);
        assertThatThrownBy(() -> radar.predict(new double[6], 5, out, null)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("got 5");
    }

    @Test
    void configuringPredictingAndUpdatingAllocatesNothing() {
        final RadarMeasurement fixed = new RadarMeasurement();
        final RadarMeasurement moving = new RadarMeasurement();
        final LocalFrame site = new LocalFrame(0.9, -1.2, 150.0);
        final double[] state = new double[7];
        site.radarToEcef(900e3, 3.0, 0.4, state);
        state[3] = 2000.0;
        state[4] = -4000.0;
        state[5] = 1000.0;
        state[6] = 5e3;
        final double[] z = new double[4];
        final double[] h = new double[4];
        final double[] jacobian = new double[28];
        final double[] residual = new double[4];
        final double[] noise = new double[16];
        final double[] sink = new double[1];
        final int[] counter = new int[1];
        final long bytes = AllocationMeter.bytesAllocated(() -> {
            final int k = counter[0]++ & 1023;
            fixed.site(0.9, -1.2, 150.0)
                .plot(900e3 + k, 3.0, 0.4 + 1e-4 * k, 10.0)
                .sigmas(SIGMA_RANGE, SIGMA_AZIMUTH, SIGMA_ELEVATION, SIGMA_RANGE_RATE);
            run(fixed, state, z, h, jacobian, residual, noise);
            sink[0] += residual[1] + noise[5];
            moving.platform(site.originX() + k, site.originY(), site.originZ(), 100.0, 50.0, 0.0)
                .plot(900e3, 3.0, 1.5 - 1e-4 * k)
                .sigmas(SIGMA_RANGE, SIGMA_AZIMUTH, SIGMA_ELEVATION);
            run(moving, state, z, h, jacobian, residual, noise);
            sink[0] += residual[1] + noise[4] + moving.effectiveAzimuthSigmaRad();
        }, 100_000, 100_000);
        assertThat(bytes).isZero();
        assertThat(sink[0]).isFinite().isNotZero();
    }

    private static void run(
        final MeasurementModel model, final double[] state, final double[] z, final double[] h,
        final double[] jacobian, final double[] residual, final double[] noise) {
        model.measurement(z);
        model.predict(state, 7, h, jacobian);
        model.residual(z, h, residual);
        model.noise(noise);
    }

    /** Checks one geometry, with the step scaled to it (see {@link #JACOBIAN_TOLERANCE}). */
    private static double checkJacobian(
        final RadarMeasurement radar, final double[] state, final int n, final LocalFrame sensor) {
        final double[] enu = new double[3];
        sensor.ecefToEnu(state[0], state[1], state[2], enu);
        final double horizontal = Math.hypot(enu[0], enu[1]);
        final double range = Math.hypot(horizontal, enu[2]);
        final double scale = Math.min(range, horizontal);
        final double step = StrictMath.pow(1e-9 * scale * scale * scale * scale, 0.2);
        final JacobianCheck check = new JacobianCheck(radar, n);
        final double worst = check.worstRowError(state, step, 1.0);
        assertThat(worst).as("state %s, sensor at %s %s %s", Arrays.toString(state),
            sensor.latitudeRad(), sensor.longitudeRad(), sensor.heightM()).isLessThan(JACOBIAN_TOLERANCE);
        final double[] jacobian = check.analytic();
        for (int row = 0; row < radar.dimension(); row++) {
            for (int j = 6; j < n; j++) {
                assertThat(jacobian[row * n + j]).isZero();
            }
        }
        return worst;
    }

    private static void configurePlot(final RadarMeasurement radar, final boolean withRangeRate) {
        if (withRangeRate) {
            radar.plot(1e5, 1.0, 0.1, 0.0);
        } else {
            radar.plot(1e5, 1.0, 0.1);
        }
    }

    private static void placeSensor(
        final RadarMeasurement radar, final LocalFrame site, final boolean moving, final double t,
        final double vx, final double vy, final double vz) {
        if (moving) {
            radar.platform(site.originX() + vx * t, site.originY() + vy * t, site.originZ() + vz * t, vx, vy, vz);
        } else {
            radar.site(site);
        }
    }

    /** A site uniform over the ellipsoid's surface (by area, near enough), 0 to 3 km high. */
    static void randomSite(final SplittableRandom random, final LocalFrame site) {
        site.at(randomLatitude(random), random.nextDouble(-Math.PI, Math.PI), random.nextDouble(0.0, 3000.0));
    }

    static double randomLatitude(final SplittableRandom random) {
        return StrictMath.asin(random.nextDouble(-1.0, 1.0));
    }

    /**
     * A target 50 to 3,000 km from the sensor (log-uniform), in any direction from 5 deg below
     * the horizon to the zenith, at a height of 0 to 1,500 km, moving at up to 7.5 km/s.
     */
    static void randomTarget(final SplittableRandom random, final LocalFrame sensor, final double[] state) {
        final double[] geodetic = new double[3];
        do {
            final double range = 50e3 * StrictMath.exp(random.nextDouble(0.0, StrictMath.log(60.0)));
            final double elevation = random.nextDouble(Math.toRadians(-5.0), Math.PI / 2);
            sensor.radarToEcef(range, random.nextDouble(0.0, 2.0 * Math.PI), elevation, state);
            Geodetic.fromEcef(state[0], state[1], state[2], geodetic);
        } while (geodetic[Geodetic.HEIGHT] < 0.0 || geodetic[Geodetic.HEIGHT] > 1_500e3);
        final double speed = random.nextDouble(0.0, 7500.0);
        double vx;
        double vy;
        double vz;
        double norm;
        do {
            vx = random.nextDouble(-1.0, 1.0);
            vy = random.nextDouble(-1.0, 1.0);
            vz = random.nextDouble(-1.0, 1.0);
            norm = Math.sqrt(vx * vx + vy * vy + vz * vz);
        } while (norm > 1.0 || norm < 1e-3);
        state[3] = speed * vx / norm;
        state[4] = speed * vy / norm;
        state[5] = speed * vz / norm;
    }

    private static double maxAbs(final double[] values, final int from, final int to) {
        double max = 0.0;
        for (int i = from; i < to; i++) {
            max = Math.max(max, Math.abs(values[i]));
        }
        return max;
    }
}
