package io.vigil.fusion.samples.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImpactMaturityTest {

    private static final long T0 = 1_780_000_000_000_000_000L;
    private static final long SECOND = 1_000_000_000L;

    private static ImpactAssessment at(final String object, final double sinceFirstS, final double miss,
        final double semiMajor, final double timeError, final Containment inside, final double timeToGo) {
        return new ImpactAssessment(T0 + Math.round(sinceFirstS * SECOND), 1L, object, timeToGo, miss, timeError,
            new ErrorEllipse(semiMajor, semiMajor / 2, 0.0), 100.0, inside, Containment.NOT_REPORTED, 0.0, Double.NaN,
            Double.NaN, new ErrorEllipse(Double.NaN, Double.NaN, Double.NaN), Containment.NOT_REPORTED);
    }

    @Test
    void binsByTimeSinceTheObjectsFirstPlotWithMediansAndContainment() {
        final List<ImpactAssessment> records = List.of(
            at("A", 10.0, 1_000.0, 5_000.0, -2.0, Containment.INSIDE, 500.0),
            at("A", 20.0, 3_000.0, 4_000.0, 4.0, Containment.OUTSIDE, 490.0),
            at("A", 25.0, 2_000.0, 3_000.0, 1.0, Containment.INSIDE, 485.0),
            // B was first seen 100 s later than A: 40 s after its own first plot.
            at("B", 140.0, 500.0, 900.0, 0.5, Containment.INSIDE, 300.0),
            at("A", 700.0, 50.0, 80.0, 0.1, Containment.NOT_REPORTED, 20.0),
            // After the impact: left out, as in the containment rates.
            at("A", 800.0, 10.0, 10.0, 0.0, Containment.INSIDE, -1.0),
            // An object never detected is left out.
            at("C", 10.0, 1.0, 1.0, 0.0, Containment.INSIDE, 10.0));
        final ImpactMaturity maturity = new ImpactMaturity(records, Map.of("A", T0, "B", T0 + 100 * SECOND));
        final List<ImpactMaturity.Bin> bins = maturity.bins();
        assertThat(bins).extracting(ImpactMaturity.Bin::label)
            .containsExactly("0-30 s", "30-60 s", "60-120 s", "120-300 s", "300-600 s", ">= 600 s");
        final ImpactMaturity.Bin first = bins.get(0);
        assertThat(first.records()).isEqualTo(3);
        assertThat(first.medianMissM()).isEqualTo(2_000.0);
        assertThat(first.medianSemiMajorM()).isEqualTo(4_000.0);
        assertThat(first.medianTimeErrorS()).isEqualTo(2.0);
        assertThat(first.insideEllipseRate()).isEqualTo(2.0 / 3.0);
        assertThat(first.medianLaunchMissM()).isNaN();
        assertThat(bins.get(1).records()).isEqualTo(1);
        assertThat(bins.get(1).medianMissM()).isEqualTo(500.0);
        assertThat(bins.get(2).records()).isZero();
        assertThat(bins.get(2).medianMissM()).isNaN();
        assertThat(bins.get(2).insideEllipseRate()).isNaN();
        assertThat(bins.get(5).records()).isEqualTo(1);
        assertThat(bins.get(5).insideEllipseRate()).isNaN(); // its only ellipse was not reported
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwoAndIgnoresNaN() {
        assertThat(ImpactMaturity.median(new double[] {4.0, Double.NaN, 1.0, 3.0, 2.0})).isEqualTo(2.5);
        assertThat(ImpactMaturity.median(new double[] {Double.NaN})).isNaN();
    }
}
