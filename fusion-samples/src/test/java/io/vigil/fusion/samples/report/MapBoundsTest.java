package io.vigil.fusion.samples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MapBoundsTest {

    @Test
    void fittingWidensLongitudeSoThatKilometresLookTheSameBothWays() {
        // At 60 N a degree of longitude is half a degree of latitude long: a 2 x 2 deg box
        // on a 2:1 plot must show 8 deg of longitude.
        final MapBounds fitted = new MapBounds(59.0, 61.0, 10.0, 12.0).fittedTo(1000.0, 500.0);
        assertThat(fitted.northDeg() - fitted.southDeg()).isEqualTo(2.0);
        assertThat(fitted.eastDeg() - fitted.westDeg()).isCloseTo(8.0, within(1e-9));
        assertThat(fitted.centreLonDeg()).isCloseTo(11.0, within(1e-12));
    }

    @Test
    void fittingWidensLatitudeWhenTheBoxIsTooWide() {
        final MapBounds fitted = new MapBounds(-1.0, 1.0, 0.0, 20.0).fittedTo(400.0, 400.0);
        assertThat(fitted.westDeg()).isZero();
        assertThat(fitted.eastDeg()).isEqualTo(20.0);
        assertThat(fitted.northDeg() - fitted.southDeg()).isCloseTo(20.0, within(1e-9));
        assertThat(fitted.centreLatDeg()).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void fittingNeverPassesAPole() {
        // A polar cap, all longitudes: at 87 N 360 deg of longitude is as long as 18.8 deg of
        // latitude, so a square plot needs 18.8 deg of latitude, which would reach 96.4 N.
        final MapBounds fitted = new MapBounds(85.0, 89.0, -180.0, 180.0).fittedTo(400.0, 400.0);
        final double height = 360.0 * Math.cos(Math.toRadians(87.0));
        assertThat(fitted.northDeg()).isEqualTo(90.0);
        assertThat(fitted.southDeg()).isCloseTo(90.0 - height, within(1e-9));
        assertThat(fitted.eastDeg() - fitted.westDeg()).isEqualTo(360.0);
    }

    @Test
    void aSinglePointGetsAReadableNeighbourhood() {
        final MapBounds bounds = MapBounds.enclosing(List.of(new GroundPoint(60.0, 25.0)), 0.1, 0.25).orElseThrow();
        assertThat(bounds.centreLatDeg()).isCloseTo(60.0, within(1e-12));
        assertThat(bounds.centreLonDeg()).isCloseTo(25.0, within(1e-12));
        assertThat(bounds.northDeg() - bounds.southDeg()).isCloseTo(0.5, within(1e-12));
        assertThat(bounds.eastDeg() - bounds.westDeg()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void enclosingIgnoresInvalidPointsAndAddsTheMargin() {
        final MapBounds bounds = MapBounds.enclosing(List.of(new GroundPoint(10.0, 100.0), new GroundPoint(20.0, 140.0),
            new GroundPoint(Double.NaN, 0.0)), 0.1, 0.25).orElseThrow();
        assertThat(bounds.southDeg()).isCloseTo(9.0, within(1e-12));
        assertThat(bounds.northDeg()).isCloseTo(21.0, within(1e-12));
        assertThat(bounds.westDeg()).isCloseTo(96.0, within(1e-12));
        assertThat(bounds.eastDeg()).isCloseTo(144.0, within(1e-12));
        assertThat(MapBounds.enclosing(List.of(new GroundPoint(Double.NaN, 1.0)), 0.1, 0.25)).isEmpty();
    }

    @Test
    void rejectsAnEmptyOrImpossibleRectangle() {
        assertThatThrownBy(() -> new MapBounds(10.0, 10.0, 0.0, 1.0)).hasMessageContaining("south < north");
        assertThatThrownBy(() -> new MapBounds(-91.0, 10.0, 0.0, 1.0)).hasMessageContaining("-90");
        assertThatThrownBy(() -> new MapBounds(0.0, 10.0, 5.0, 1.0)).hasMessageContaining("west < east");
        assertThatThrownBy(() -> new MapBounds(0.0, 10.0, 0.0, 361.0)).hasMessageContaining("west + 360");
        assertThatThrownBy(() -> new MapBounds(0.0, Double.NaN, 0.0, 1.0)).hasMessageContaining("finite");
    }
}
