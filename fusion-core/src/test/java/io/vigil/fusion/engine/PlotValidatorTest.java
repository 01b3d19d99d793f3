package io.vigil.fusion.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class PlotValidatorTest {

    private static final long T0 = 1_780_000_000_000_000_000L;
    private static final long SECOND = 1_000_000_000L;

    private final Sensor radar = Sensor.radar("R", "JPN", Math.toRadians(40.88), Math.toRadians(140.33), 50.0,
        15.0, 1e-3, 1e-3, 2.0, 0.9, 3_000_000.0);
    private final Sensor ship = Sensor.movingRadar("S", "USA", 20.0, 2e-3, 2e-3, Double.NaN, 0.8, 1_000_000.0);
    private final Sensor satellite = Sensor.infrared("IR", "USA", 3e-5, 0.95);
    private final PlotValidator validator = new PlotValidator(new Sensor[] {radar, ship, satellite}, 2 * SECOND, 5 * SECOND);

    private static PlotSlot radarPlot(final Consumer<PlotSlot> change) {
        final PlotSlot slot = new PlotSlot();
        slot.clear();
        slot.kind = PlotSlot.RADAR;
        slot.sensorIndex = 0;
        slot.timeNanos = T0;
        slot.rangeM = 1_000_000.0;
        slot.azimuthRad = 5.5;
        slot.elevationRad = 0.6;
        slot.rangeRateMps = -3000.0;
        change.accept(slot);
        return slot;
    }

    private static PlotSlot losPlot(final Consumer<PlotSlot> change) {
        final PlotSlot slot = new PlotSlot();
        slot.clear();
        slot.kind = PlotSlot.LINE_OF_SIGHT;
        slot.sensorIndex = 2;
        slot.timeNanos = T0;
        slot.sensorX = 42_164_000.0;
        slot.sensorY = 0.0;
        slot.sensorZ = 0.0;
        slot.losX = -0.6;
        slot.losY = 0.8;
        slot.losZ = 0.0;
        change.accept(slot);
        return slot;
    }

    private RejectReason check(final PlotSlot slot) {
        return validator.validate(slot, T0);
    }

    @Test
    void acceptsValidPlotsOfEverySensorType() {
        assertThat(check(radarPlot(s -> { }))).isNull();
        assertThat(check(radarPlot(s -> s.rangeRateMps = Double.NaN))).as("range rate absent").isNull();
        assertThat(check(radarPlot(s -> {
            s.sensorIndex = 1;
            s.rangeRateMps = Double.NaN;
            s.sensorX = 4e6;
            s.sensorY = 3e6;
            s.sensorZ = 3.5e6;
        }))).isNull();
        assertThat(check(losPlot(s -> { }))).isNull();
    }

    @Test
    void rejectsEachRuleWithItsReason() {
        assertThat(check(radarPlot(s -> s.sensorIndex = 3))).isEqualTo(RejectReason.UNKNOWN_SENSOR);
        assertThat(check(radarPlot(s -> s.sensorIndex = -1))).isEqualTo(RejectReason.UNKNOWN_SENSOR);
        assertThat(check(radarPlot(s -> s.sensorIndex = 2))).isEqualTo(RejectReason.WRONG_KIND_FOR_SENSOR);
        assertThat(check(losPlot(s -> s.sensorIndex = 0))).isEqualTo(RejectReason.WRONG_KIND_FOR_SENSOR);
        assertThat(check(radarPlot(s -> s.rangeM = Double.NaN))).isEqualTo(RejectReason.NOT_FINITE);
        assertThat(check(radarPlot(s -> s.azimuthRad = Double.POSITIVE_INFINITY))).isEqualTo(RejectReason.NOT_FINITE);
        assertThat(check(radarPlot(s -> s.rangeRateMps = Double.NEGATIVE_INFINITY))).isEqualTo(RejectReason.NOT_FINITE);
        assertThat(check(radarPlot(s -> s.sensorIndex = 1))).as("moving radar without its position")
            .isEqualTo(RejectReason.NOT_FINITE);
        assertThat(check(losPlot(s -> s.losZ = Double.NaN))).isEqualTo(RejectReason.NOT_FINITE);
        assertThat(check(radarPlot(s -> s.rangeM = 0.0))).isEqualTo(RejectReason.RANGE_NOT_POSITIVE);
        assertThat(check(radarPlot(s -> s.rangeM = -5.0))).isEqualTo(RejectReason.RANGE_NOT_POSITIVE);
        assertThat(check(radarPlot(s -> s.rangeM = 3_000_000.5))).isEqualTo(RejectReason.RANGE_BEYOND_MAXIMUM);
        assertThat(check(radarPlot(s -> s.azimuthRad = 2.0 * Math.PI))).isEqualTo(RejectReason.AZIMUTH_OUT_OF_RANGE);
        assertThat(check(radarPlot(s -> s.azimuthRad = -1e-12))).isEqualTo(RejectReason.AZIMUTH_OUT_OF_RANGE);
        assertThat(check(radarPlot(s -> s.elevationRad = Math.nextUp(Math.PI / 2))))
            .isEqualTo(RejectReason.ELEVATION_OUT_OF_RANGE);
        assertThat(check(losPlot(s -> s.losX = -0.61))).isEqualTo(RejectReason.LINE_OF_SIGHT_NOT_UNIT);
        assertThat(check(radarPlot(s -> s.sigmaRangeM = 0.0))).isEqualTo(RejectReason.SIGMA_NOT_POSITIVE);
        assertThat(check(radarPlot(s -> s.sigmaAzimuthRad = Double.POSITIVE_INFINITY))).isEqualTo(RejectReason.NOT_FINITE);
        assertThat(check(radarPlot(s -> s.timeNanos = T0 + 2 * SECOND + 1))).isEqualTo(RejectReason.TIME_TOO_FAR_AHEAD);
        assertThat(check(radarPlot(s -> s.timeNanos = T0 - 5 * SECOND - 1))).isEqualTo(RejectReason.LATE);
    }

    @Test
    void acceptsTheBoundariesOfEveryRange() {
        assertThat(check(radarPlot(s -> s.rangeM = 3_000_000.0))).isNull();
        assertThat(check(radarPlot(s -> s.azimuthRad = 0.0))).isNull();
        assertThat(check(radarPlot(s -> s.azimuthRad = Math.nextDown(2.0 * Math.PI)))).isNull();
        assertThat(check(radarPlot(s -> s.elevationRad = Math.PI / 2))).isNull();
        assertThat(check(radarPlot(s -> s.elevationRad = -Math.PI / 2))).isNull();
        assertThat(check(radarPlot(s -> s.timeNanos = T0 + 2 * SECOND))).isNull();
        assertThat(check(radarPlot(s -> s.timeNanos = T0 - 5 * SECOND))).isNull();
        assertThat(check(losPlot(s -> s.losX = -0.6 * (1 + 5e-7)))).isNull();
    }

    @Test
    void reportsTheFirstFailingRuleWhenSeveralFail() {
        assertThat(check(radarPlot(s -> {
            s.rangeM = -1.0;
            s.timeNanos = T0 - 100 * SECOND;
        }))).isEqualTo(RejectReason.RANGE_NOT_POSITIVE);
    }
}
