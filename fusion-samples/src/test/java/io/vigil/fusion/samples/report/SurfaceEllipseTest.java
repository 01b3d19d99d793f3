package io.vigil.fusion.samples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vigil.fusion.geo.Geodesic;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurfaceEllipseTest {

    private static final GroundPoint CENTRE = new GroundPoint(40.0, 140.0);

    /** Geodesic distance (m) and azimuth (deg, [0, 360)) from the centre to a point. */
    private static double[] fromCentre(final GroundPoint p) {
        final double[] out = new double[3];
        Geodesic.inverse(Math.toRadians(CENTRE.latDeg()), Math.toRadians(CENTRE.lonDeg()),
            Math.toRadians(p.latDeg()), Math.toRadians(p.lonDeg()), out);
        return new double[] {out[Geodesic.DISTANCE], Math.toDegrees(out[Geodesic.AZIMUTH_1])};
    }

    @Test
    void aTenByFiveKilometreEllipseAt40NorthHasItsAxisEndsAtTheRightGeodesicDistances() {
        // Major axis 30 deg clockwise from north: its ends at azimuths 30 and 210 deg, 10 km
        // out; the minor axis' ends at 120 and 300 deg, 5 km out.
        final List<GroundPoint> outline = SurfaceEllipse.outline(CENTRE, 10_000.0, 5_000.0, 30.0, 96);
        final double[][] expected = {{10_000.0, 30.0}, {5_000.0, 120.0}, {10_000.0, 210.0}, {5_000.0, 300.0}};
        for (int end = 0; end < 4; end++) {
            final double[] measured = fromCentre(outline.get(24 * end));
            assertThat(measured[0]).as("distance to axis end %d", end)
                .isCloseTo(expected[end][0], within(0.005 * expected[end][0]));
            assertThat(measured[1]).as("azimuth of axis end %d", end).isCloseTo(expected[end][1], within(0.1));
        }
    }

    @Test
    void everyVertexOfASmallEllipseLiesOnTheEllipse() {
        // In the tangent plane the vertex at parameter t is (a cos t, b sin t) in the axes'
        // frame: its distance from the centre is sqrt(a^2 cos^2 t + b^2 sin^2 t).
        final double a = 8_000.0;
        final double b = 2_000.0;
        final List<GroundPoint> outline = SurfaceEllipse.outline(CENTRE, a, b, 135.0, 72);
        for (int k = 0; k < outline.size(); k++) {
            final double t = 2.0 * Math.PI * k / outline.size();
            final double radius = Math.hypot(a * Math.cos(t), b * Math.sin(t));
            assertThat(fromCentre(outline.get(k))[0]).as("vertex %d", k).isCloseTo(radius, within(0.005 * radius));
        }
    }

    @Test
    void aCircleStartsDueNorthAndGoesClockwise() {
        final List<GroundPoint> circle = SurfaceEllipse.circle(CENTRE, 3_000.0, 8);
        assertThat(fromCentre(circle.get(0))[1]).isCloseTo(0.0, within(0.05));
        assertThat(fromCentre(circle.get(2))[1]).isCloseTo(90.0, within(0.05));
        assertThat(circle).allSatisfy(p -> assertThat(fromCentre(p)[0]).isCloseTo(3_000.0, within(15.0)));
    }

    @Test
    void metresPerDegreeMatchTheWgs84RadiiOfCurvature() {
        // Published WGS-84 values: 110,574.3 m per degree of latitude and 111,319.5 m per
        // degree of longitude at the equator, 111,693.9 m per degree of latitude at a pole.
        assertThat(SurfaceEllipse.metresPerDegreeLatitude(0.0)).isCloseTo(110_574.3, within(0.1));
        assertThat(SurfaceEllipse.metresPerDegreeLongitude(0.0)).isCloseTo(111_319.5, within(0.1));
        assertThat(SurfaceEllipse.metresPerDegreeLatitude(90.0)).isCloseTo(111_693.9, within(0.1));
        assertThat(SurfaceEllipse.metresPerDegreeLatitude(-45.0))
            .isEqualTo(SurfaceEllipse.metresPerDegreeLatitude(45.0));
    }

    @Test
    void anOffsetMovesByMetresOverMetresPerDegree() {
        final GroundPoint moved = SurfaceEllipse.offset(new GroundPoint(60.0, 10.0), 1_000.0, -2_000.0);
        assertThat(moved.lonDeg() - 10.0).isCloseTo(1_000.0 / SurfaceEllipse.metresPerDegreeLongitude(60.0),
            within(1e-12));
        assertThat(moved.latDeg() - 60.0).isCloseTo(-2_000.0 / SurfaceEllipse.metresPerDegreeLatitude(60.0),
            within(1e-12));
    }
}
