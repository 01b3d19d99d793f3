package io.vigil.fusion.samples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class LongitudeWindowTest {

    @Test
    void aLineAcrossTheAntimeridianIsUnwrappedIntoOneContinuousLine() {
        final LongitudeWindow window = LongitudeWindow.centredOn(180.0);
        final List<GroundPoint> line = window.unwrap(List.of(
            new GroundPoint(10.0, 179.5), new GroundPoint(10.1, -179.5), new GroundPoint(10.2, -179.0),
            new GroundPoint(10.3, 179.9)));
        assertThat(line).extracting(GroundPoint::lonDeg).containsExactly(179.5, 180.5, 181.0, 179.9);
    }

    @Test
    void unwrappingFollowsTheLineNotTheWindow() {
        // A line that runs more than half a turn from the window's centre stays continuous.
        final LongitudeWindow window = LongitudeWindow.centredOn(0.0);
        final List<GroundPoint> line = window.unwrap(List.of(
            new GroundPoint(0.0, 170.0), new GroundPoint(0.0, 179.0), new GroundPoint(0.0, -172.0)));
        assertThat(line).extracting(GroundPoint::lonDeg).containsExactly(170.0, 179.0, 188.0);
    }

    @Test
    void invalidPointsAreDropped() {
        final List<GroundPoint> line = LongitudeWindow.centredOn(0.0).unwrap(List.of(
            new GroundPoint(1.0, 2.0), new GroundPoint(Double.NaN, 3.0), new GroundPoint(1.0, Double.NaN),
            new GroundPoint(91.0, 3.0), new GroundPoint(1.0, 4.0)));
        assertThat(line).containsExactly(new GroundPoint(1.0, 2.0), new GroundPoint(1.0, 4.0));
    }

    @Test
    void theWindowIsCentredOnTheCircularMeanOfTheLongitudes() {
        // Centred on the antimeridian (whether called 180 or -180 deg), 179 W is 2 deg east of 179 E.
        final LongitudeWindow acrossTheAntimeridian = LongitudeWindow.around(List.of(179.0, -179.0));
        assertThat(Math.abs(acrossTheAntimeridian.centreDeg())).isCloseTo(180.0, within(1e-9));
        assertThat(acrossTheAntimeridian.wrap(-179.0) - acrossTheAntimeridian.wrap(179.0)).isCloseTo(2.0, within(1e-9));
        assertThat(LongitudeWindow.around(List.of(10.0, 20.0, Double.NaN)).centreDeg()).isCloseTo(15.0, within(1e-9));
        assertThat(LongitudeWindow.around(List.of()).centreDeg()).isZero();
    }

    @Test
    void nearestMovesByWholeTurnsToWithinHalfATurn() {
        assertThat(LongitudeWindow.nearest(-170.0, 175.0)).isEqualTo(190.0);
        assertThat(LongitudeWindow.nearest(370.0, 0.0)).isEqualTo(10.0);
        assertThat(LongitudeWindow.nearest(180.0, 0.0)).isEqualTo(-180.0);
        assertThat(LongitudeWindow.nearest(Double.NaN, 0.0)).isNaN();
    }
}
