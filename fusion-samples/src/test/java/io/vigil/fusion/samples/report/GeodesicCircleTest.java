package io.vigil.fusion.samples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vigil.fusion.geo.Geodesic;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GeodesicCircleTest {

    @Test
    void everyVertexIsAtTheRadiusOnItsAzimuth() {
        // Random centres over the globe (latitudes up to 85 deg) and radii from 1 km to 5,000 km.
        final Random random = new Random(7L);
        final double[] out = new double[3];
        for (int trial = 0; trial < 40; trial++) {
            final GroundPoint centre = new GroundPoint(170.0 * random.nextDouble() - 85.0,
                360.0 * random.nextDouble() - 180.0);
            final double radius = Math.pow(10.0, 3.0 + 3.7 * random.nextDouble());
            final List<GroundPoint> outline = GeodesicCircle.outline(centre, radius, 36);
            for (int k = 0; k < outline.size(); k++) {
                final GroundPoint p = outline.get(k);
                Geodesic.inverse(Math.toRadians(centre.latDeg()), Math.toRadians(centre.lonDeg()),
                    Math.toRadians(p.latDeg()), Math.toRadians(p.lonDeg()), out);
                assertThat(out[Geodesic.DISTANCE]).as("trial %d vertex %d", trial, k).isCloseTo(radius, within(1e-3));
                final double azimuthError =
                    Math.IEEEremainder(Math.toDegrees(out[Geodesic.AZIMUTH_1]) - 10.0 * k, 360.0);
                assertThat(azimuthError * Math.toRadians(1.0) * radius).as("trial %d vertex %d cross-track", trial, k)
                    .isCloseTo(0.0, within(1e-3));
            }
        }
    }

    @Test
    void anOutlineAcrossTheAntimeridianKeepsItsLongitudesNextToTheCentre() {
        final List<GroundPoint> outline = GeodesicCircle.outline(new GroundPoint(-16.0, 179.8), 100_000.0, 24);
        assertThat(outline).allSatisfy(p -> assertThat(p.lonDeg()).isBetween(178.5, 181.1));
        assertThat(outline.get(6).lonDeg()).as("due east").isGreaterThan(180.0);
    }

    @Test
    void aCircleOfZeroRadiusIsItsCentre() {
        final GroundPoint centre = new GroundPoint(35.0, 139.0);
        assertThat(GeodesicCircle.outline(centre, 0.0, 8)).containsOnly(centre);
    }

    @Test
    void rejectsANegativeOrHugeRadius() {
        final GroundPoint centre = new GroundPoint(0.0, 0.0);
        assertThatThrownBy(() -> GeodesicCircle.outline(centre, -1.0, 8)).hasMessageContaining("radius");
        assertThatThrownBy(() -> GeodesicCircle.outline(centre, 2.0e7, 8)).hasMessageContaining("radius");
        assertThatThrownBy(() -> GeodesicCircle.outline(centre, Double.NaN, 8)).hasMessageContaining("radius");
    }
}
