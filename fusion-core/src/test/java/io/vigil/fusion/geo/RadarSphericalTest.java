package io.vigil.fusion.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RadarSphericalTest {

    @Test
    void roundTripsEnuThroughSphericalOverAllDirections() {
        final SplittableRandom random = new SplittableRandom(3L);
        final double[] spherical = new double[3];
        final double[] enu = new double[3];
        for (int i = 0; i < 200_000; i++) {
            final double e = random.nextDouble(-5e6, 5e6);
            final double n = random.nextDouble(-5e6, 5e6);
            final double u = random.nextDouble(-5e6, 5e6);
            RadarSpherical.fromEnu(e, n, u, spherical);
            assertThat(spherical[RadarSpherical.AZIMUTH]).isBetween(0.0, 2.0 * Math.PI).isNotEqualTo(2.0 * Math.PI);
            assertThat(spherical[RadarSpherical.ELEVATION]).isBetween(-Math.PI / 2, Math.PI / 2);
            RadarSpherical.toEnu(spherical[0], spherical[1], spherical[2], enu);
            assertThat(enu[0]).isCloseTo(e, within(1e-8));
            assertThat(enu[1]).isCloseTo(n, within(1e-8));
            assertThat(enu[2]).isCloseTo(u, within(1e-8));
        }
    }

    @Test
    void roundTripsSphericalThroughEnuIncludingAzimuthWrapAtNorth() {
        final double[] enu = new double[3];
        final double[] spherical = new double[3];
        final double[] azimuths = {0.0, 1e-12, 2.0 * Math.PI - 1e-12, Math.PI, Math.toRadians(359.9999)};
        for (final double azimuth : azimuths) {
            RadarSpherical.toEnu(1_000_000.0, azimuth, Math.toRadians(10.0), enu);
            RadarSpherical.fromEnu(enu[0], enu[1], enu[2], spherical);
            assertThat(spherical[RadarSpherical.AZIMUTH]).as("azimuth %s", azimuth).isCloseTo(azimuth, within(1e-14));
            assertThat(spherical[RadarSpherical.RANGE]).isCloseTo(1_000_000.0, within(1e-8));
        }
        // A hair west of north is just below 2pi, never negative and never 2pi itself.
        RadarSpherical.fromEnu(-1e-9, 1000.0, 0.0, spherical);
        assertThat(spherical[RadarSpherical.AZIMUTH]).isLessThan(2.0 * Math.PI).isGreaterThan(6.28);
        RadarSpherical.fromEnu(-1e-300, 1000.0, 0.0, spherical);
        assertThat(spherical[RadarSpherical.AZIMUTH]).isGreaterThanOrEqualTo(0.0).isLessThan(2.0 * Math.PI);
    }

    @Test
    void zenithAndNadirHaveElevationOfPlusMinusNinetyDegrees() {
        final double[] spherical = new double[3];
        final double[] enu = new double[3];
        RadarSpherical.fromEnu(0.0, 0.0, 5000.0, spherical);
        assertThat(spherical).containsExactly(5000.0, 0.0, Math.PI / 2);
        RadarSpherical.fromEnu(0.0, 0.0, -5000.0, spherical);
        assertThat(spherical).containsExactly(5000.0, 0.0, -Math.PI / 2);
        for (final double elevation : new double[] {Math.PI / 2, -Math.PI / 2}) {
            RadarSpherical.toEnu(5000.0, 1.0, elevation, enu);
            assertThat(Math.hypot(enu[0], enu[1])).isLessThan(1e-9);
            assertThat(enu[2]).isCloseTo(Math.signum(elevation) * 5000.0, within(1e-9));
        }
    }

    @Test
    void targetOnTheEquatorSeenFromTheEquatorFollowsChordGeometry() {
        // The equator is a circle of radius a: a surface target delta east is seen due east,
        // at range 2a sin(delta/2) and elevation -delta/2 (the chord's dip below the horizon).
        final double delta = Math.toRadians(7.0);
        final LocalFrame site = new LocalFrame(0.0, Math.toRadians(30.0), 0.0);
        final double[] target = new double[3];
        Geodetic.toEcef(0.0, Math.toRadians(30.0) + delta, 0.0, target);
        final double[] spherical = new double[3];
        site.ecefToRadar(target[0], target[1], target[2], spherical);
        assertThat(spherical[RadarSpherical.RANGE])
            .isCloseTo(2.0 * Wgs84.SEMI_MAJOR_AXIS_M * Math.sin(delta / 2), within(1e-6));
        assertThat(spherical[RadarSpherical.AZIMUTH]).isCloseTo(Math.PI / 2, within(1e-14));
        assertThat(spherical[RadarSpherical.ELEVATION]).isCloseTo(-delta / 2, within(1e-14));
    }

    @Test
    void normalisesAnyAngleIntoTheAzimuthInterval() {
        assertThat(RadarSpherical.normaliseAzimuth(-Math.PI / 2)).isCloseTo(1.5 * Math.PI, within(1e-15));
        assertThat(RadarSpherical.normaliseAzimuth(5 * Math.PI)).isCloseTo(Math.PI, within(1e-14));
        assertThat(RadarSpherical.normaliseAzimuth(-1e-18)).isZero();
        assertThat(RadarSpherical.normaliseAzimuth(2 * Math.PI)).isZero();
    }
}
