package io.vigil.fusion.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SensorTest {

    @Test
    void describesARadarWithItsSiteAndSigmas() {
        final Sensor radar = Sensor.radar("TPY2-SHARIKI", "JPN", Math.toRadians(40.88), Math.toRadians(140.33), 50.0,
            15.0, 1e-3, 1e-3, 2.0, 0.9, 3_000_000.0);
        assertThat(radar.type()).isEqualTo(SensorType.RADAR);
        assertThat(radar.measuresRangeRate()).isTrue();
        assertThat(radar.maxRangeM()).isEqualTo(3_000_000.0);
        assertThat(Sensor.movingRadar("AEGIS-1", "USA", 20, 2e-3, 2e-3, Double.NaN, 0.8, 1e6).measuresRangeRate()).isFalse();
        assertThat(Sensor.infrared("SBIRS-1", "USA", 3e-5, 0.95).maxRangeM()).isInfinite();
    }

    @Test
    void rejectsABadConfigurationNamingSensorAndValue() {
        assertThatThrownBy(() -> Sensor.radar("R1", "JPN", 2.0, 0.0, 0.0, 15.0, 1e-3, 1e-3, 2.0, 0.9, 1e6))
            .hasMessageContaining("sensor R1: site must be a finite latitude");
        assertThatThrownBy(() -> Sensor.radar("R2", "JPN", 0.5, 0.0, 0.0, -1.0, 1e-3, 1e-3, 2.0, 0.9, 1e6))
            .hasMessageContaining("sensor R2: sigma range (m) must be > 0, got -1.0");
        assertThatThrownBy(() -> Sensor.radar("R3", "JPN", 0.5, 0.0, 0.0, 15.0, 1e-3, 1e-3, 2.0, 1.5, 1e6))
            .hasMessageContaining("sensor R3: detection probability must be in (0, 1], got 1.5");
        assertThatThrownBy(() -> Sensor.infrared("IR", "USA", 0.0, 0.9))
            .hasMessageContaining("sensor IR: line-of-sight sigma (rad) must be > 0, got 0.0");
        assertThatThrownBy(() -> Sensor.infrared(" ", "USA", 1e-5, 0.9)).hasMessageContaining("sensor id must not be empty");
    }
}
