package io.vigil.fusion.samples.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.junit.jupiter.api.Test;

class DegreeFormatTest {

    private static String label(final boolean longitude, final double spacing, final double value) {
        final TickUnitSource units = DegreeFormat.tickUnits(longitude);
        return ((NumberTickUnit) units.getCeilingTickUnit(spacing)).valueToString(value);
    }

    @Test
    void latitudesCarryTheirHemisphere() {
        assertThat(label(false, 0.5, 35.5)).isEqualTo("35.5\u00b0N");
        assertThat(label(false, 5.0, -40.0)).isEqualTo("40\u00b0S");
        assertThat(label(false, 0.25, 0.0)).isEqualTo("0.00\u00b0");
    }

    @Test
    void longitudesAreReducedSoTheAntimeridianReadsNaturally() {
        assertThat(label(true, 5.0, 175.0)).isEqualTo("175\u00b0E");
        assertThat(label(true, 5.0, 180.0)).isEqualTo("180\u00b0");
        assertThat(label(true, 5.0, 185.0)).isEqualTo("175\u00b0W");
        assertThat(label(true, 5.0, -180.0)).isEqualTo("180\u00b0");
        assertThat(label(true, 0.1, -10.2)).isEqualTo("10.2\u00b0W");
    }
}
