package io.vigil.fusion.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vigil.fusion.testing.AllocationMeter;
import io.vigil.fusion.testing.Measured;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GeodeticTest {

    private static final double MM_TENTH = 1e-4;

    @Test
    void matchesCartConvertForwardOnEveryReferenceRow() {
        final ReferenceTable table = ReferenceTable.load("/geodesy/geodetic_to_ecef.csv");
        assertThat(table.size()).isGreaterThan(2000);
        final double[] ecef = new double[3];
        final Measured.Worst worst = new Measured.Worst();
        for (int i = 0; i < table.size(); i++) {
            Geodetic.toEcef(
                Math.toRadians(table.get(i, "lat_deg")),
                Math.toRadians(table.get(i, "lon_deg")),
                table.get(i, "height_m"),
                ecef);
            // The reference is printed to 1e-6 m; 0.1 mm leaves room for that rounding only.
            assertThat(ecef[0]).as(table.where(i)).isCloseTo(table.get(i, "x_m"), within(MM_TENTH));
            assertThat(ecef[1]).as(table.where(i)).isCloseTo(table.get(i, "y_m"), within(MM_TENTH));
            assertThat(ecef[2]).as(table.where(i)).isCloseTo(table.get(i, "z_m"), within(MM_TENTH));
            for (int k = 0; k < 3; k++) {
                worst.of(ecef[k] - table.get(i, new String[] {"x_m", "y_m", "z_m"}[k]));
            }
        }
        worst.report("geodetic to ECEF vs CartConvert, worst coordinate difference (m)");
    }

    @Test
    void matchesCartConvertReverseOnEveryReferenceRow() {
        final ReferenceTable table = ReferenceTable.load("/geodesy/ecef_to_geodetic.csv");
        assertThat(table.size()).isGreaterThan(900);
        final double[] geodetic = new double[3];
        final Measured.Worst angle = new Measured.Worst();
        final Measured.Worst height = new Measured.Worst();
        for (int i = 0; i < table.size(); i++) {
            Geodetic.fromEcef(table.get(i, "x_m"), table.get(i, "y_m"), table.get(i, "z_m"), geodetic);
            assertThat(Math.toDegrees(geodetic[Geodetic.LATITUDE]))
                .as(table.where(i)).isCloseTo(table.get(i, "lat_deg"), within(1e-10));
            assertThat(Math.toDegrees(geodetic[Geodetic.LONGITUDE]))
                .as(table.where(i)).isCloseTo(table.get(i, "lon_deg"), within(1e-10));
            assertThat(geodetic[Geodetic.HEIGHT]).as(table.where(i)).isCloseTo(table.get(i, "height_m"), within(MM_TENTH));
            angle.of(Math.toDegrees(geodetic[Geodetic.LATITUDE]) - table.get(i, "lat_deg"));
            angle.of(Math.toDegrees(geodetic[Geodetic.LONGITUDE]) - table.get(i, "lon_deg"));
            height.of(geodetic[Geodetic.HEIGHT] - table.get(i, "height_m"));
        }
        angle.report("ECEF to geodetic vs CartConvert, worst latitude or longitude difference (deg)");
        height.report("ECEF to geodetic vs CartConvert, worst height difference (m)");
    }

    @Test
    void roundTripsGeodeticThroughEcefFromTheCentreToGeostationaryHeights() {
        final SplittableRandom random = new SplittableRandom(20261125L);
        final double[] ecef = new double[3];
        final double[] back = new double[3];
        for (int i = 0; i < 200_000; i++) {
            final double lat = (random.nextDouble() - 0.5) * Math.PI;
            final double lon = (random.nextDouble() - 0.5) * 2.0 * Math.PI;
            // Heights from just above the evolute (where the geodetic solution stops being
            // unique) up to 40,000 km, log-uniform above the surface.
            final double height = random.nextBoolean()
                ? -5_000_000.0 * random.nextDouble()
                : StrictMath.pow(10.0, 7.6 * random.nextDouble());
            Geodetic.toEcef(lat, lon, height, ecef);
            Geodetic.fromEcef(ecef[0], ecef[1], ecef[2], back);
            final String where = "lat " + lat + " lon " + lon + " h " + height;
            assertThat(back[Geodetic.LATITUDE]).as(where).isCloseTo(lat, within(2e-15));
            if (Math.abs(lat) < Math.PI / 2 - 1e-9) {
                assertThat(back[Geodetic.LONGITUDE]).as(where).isCloseTo(lon, within(1e-15 * (1 + Math.abs(lon))));
            }
            // Relative to the distance from the centre: a few ulps of a 4e7 m vector.
            assertThat(back[Geodetic.HEIGHT]).as(where).isCloseTo(height, within(1e-8 + 2e-15 * Math.abs(height)));
        }
    }

    @Test
    void placesThePolesAndTheEquatorOnTheAxes() {
        final double[] ecef = new double[3];
        Geodetic.toEcef(Math.PI / 2, 1.234, 0.0, ecef);
        assertThat(ecef[2]).isCloseTo(Wgs84.SEMI_MINOR_AXIS_M, within(1e-9));
        assertThat(Math.hypot(ecef[0], ecef[1])).isLessThan(1e-9);

        final double[] geodetic = new double[3];
        Geodetic.fromEcef(0.0, 0.0, -Wgs84.SEMI_MINOR_AXIS_M - 1000.0, geodetic);
        assertThat(geodetic[Geodetic.LATITUDE]).isEqualTo(-Math.PI / 2);
        assertThat(geodetic[Geodetic.LONGITUDE]).isZero();
        assertThat(geodetic[Geodetic.HEIGHT]).isCloseTo(1000.0, within(1e-9));

        Geodetic.fromEcef(Wgs84.SEMI_MAJOR_AXIS_M + 500.0, 0.0, 0.0, geodetic);
        assertThat(geodetic[Geodetic.LATITUDE]).isZero();
        assertThat(geodetic[Geodetic.HEIGHT]).isCloseTo(500.0, within(1e-9));
    }

    @Test
    void findsTheNearestSurfacePointForPointsNearTheCentre() {
        // At the centre the nearest surface points are the poles, b away.
        final double[] geodetic = new double[3];
        Geodetic.fromEcef(0.0, 0.0, 1e-3, geodetic);
        assertThat(geodetic[Geodetic.LATITUDE]).isCloseTo(Math.PI / 2, within(1e-12));
        assertThat(geodetic[Geodetic.HEIGHT]).isCloseTo(1e-3 - Wgs84.SEMI_MINOR_AXIS_M, within(1e-6));
        // On the equatorial plane inside the evolute: two nearest points, one each side.
        Geodetic.fromEcef(10_000.0, 0.0, 0.0, geodetic);
        final double height = geodetic[Geodetic.HEIGHT];
        final double[] surface = new double[3];
        Geodetic.toEcef(geodetic[Geodetic.LATITUDE], geodetic[Geodetic.LONGITUDE], 0.0, surface);
        assertThat(-Math.hypot(surface[0] - 10_000.0, surface[2])).isCloseTo(height, within(1e-6));
    }

    @Test
    void upIsTheUnitNormalOfTheEllipsoid() {
        final double[] up = new double[3];
        final double[] ecef0 = new double[3];
        final double[] ecef1 = new double[3];
        final double lat = Math.toRadians(37.5);
        final double lon = Math.toRadians(-122.25);
        Geodetic.up(lat, lon, up);
        assertThat(Math.sqrt(up[0] * up[0] + up[1] * up[1] + up[2] * up[2])).isCloseTo(1.0, within(1e-15));
        // Raising the height moves the point along the normal.
        Geodetic.toEcef(lat, lon, 0.0, ecef0);
        Geodetic.toEcef(lat, lon, 1000.0, ecef1);
        for (int i = 0; i < 3; i++) {
            assertThat((ecef1[i] - ecef0[i]) / 1000.0).isCloseTo(up[i], within(1e-12));
        }
    }

    @Test
    void conversionsAllocateNothing() {
        final double[] ecef = new double[3];
        final double[] geodetic = new double[3];
        final long bytes = AllocationMeter.bytesAllocated(() -> {
            Geodetic.toEcef(0.7, -1.9, 12_345.0, ecef);
            Geodetic.fromEcef(ecef[0], ecef[1], ecef[2], geodetic);
        }, 100_000, 100_000);
        assertThat(bytes).isZero();
    }
}
