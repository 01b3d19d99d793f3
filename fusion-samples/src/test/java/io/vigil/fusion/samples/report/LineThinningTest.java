package io.vigil.fusion.samples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineThinningTest {

    @Test
    void dropsPointsWithinAStepOfTheLastKeptOneAndKeepsBothEnds() {
        final List<GroundPoint> line = new ArrayList<>();
        for (int k = 0; k <= 100; k++) {
            line.add(new GroundPoint(40.0, 130.0 + 0.001 * k)); // 0.1 deg in 1 mdeg steps
        }
        // A step just under ten spacings keeps every tenth point, clear of rounding.
        final List<GroundPoint> thinned = LineThinning.thin(line, 0.0095, 0.0095);
        assertThat(thinned).hasSize(11);
        assertThat(thinned.get(0)).isEqualTo(line.get(0));
        assertThat(thinned.get(10)).isEqualTo(line.get(100));
        for (int k = 1; k < thinned.size(); k++) {
            assertThat(thinned.get(k)).isEqualTo(line.get(10 * k));
        }
    }

    @Test
    void keepsAPointThatMovesInLatitudeOnly() {
        final List<GroundPoint> line = List.of(new GroundPoint(0.0, 0.0), new GroundPoint(0.5, 0.0),
            new GroundPoint(0.5, 0.0001), new GroundPoint(1.0, 0.0));
        assertThat(LineThinning.thin(line, 0.01, 0.01)).containsExactly(line.get(0), line.get(1), line.get(3));
    }

    @Test
    void shortLinesAndAZeroStepAreLeftAlone() {
        final List<GroundPoint> two = List.of(new GroundPoint(0.0, 0.0), new GroundPoint(0.0, 0.0));
        assertThat(LineThinning.thin(two, 1.0, 1.0)).isSameAs(two);
        final List<GroundPoint> three = List.of(new GroundPoint(0.0, 0.0), new GroundPoint(0.0, 1e-9),
            new GroundPoint(0.0, 2e-9));
        assertThat(LineThinning.thin(three, 0.0, 0.0)).isSameAs(three);
    }
}
