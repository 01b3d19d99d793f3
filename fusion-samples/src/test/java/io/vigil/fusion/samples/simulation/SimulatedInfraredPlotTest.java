package io.vigil.fusion.samples.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vigil.fusion.geo.EarthRotation;
import io.vigil.fusion.geo.Geodetic;
import io.vigil.fusion.io.PlotRecord;
import io.vigil.fusion.io.TruthRecord;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Space-based infrared plots: only in boost, above the weather, unit lines of sight toward the truth. */
class SimulatedInfraredPlotTest {

    @Test
    void plotsComeOnlyFromBoostingMissilesWithUnitLinesOfSight() {
        final Scenario scenario = TestScenarios.parse(TestScenarios.ALIGNED);
        final ScenarioRecording recording = TestScenarios.run(scenario, 11L);
        final Map<String, Map<Long, TruthRecord>> truth = TestScenarios.truthByObject(recording);
        final EarthRotation rotation = new EarthRotation(scenario.epochNanos());
        // The end of each launch's boost: the aim solution does not depend on the seed.
        final Map<String, Long> thrustEnd = new HashMap<>();
        final Map<String, Long> launch = new HashMap<>();
        for (final LaunchSpec spec : scenario.launches()) {
            final MissileFlight flight = MissileFlight.fly(spec, rotation, 1.0, new NoiseSource(new SplittableRandom(1L)));
            thrustEnd.put(spec.id() + "-RV", scenario.epochNanos() + Math.round(flight.thrustEndS() * 1e9));
            launch.put(spec.id() + "-RV", scenario.epochNanos() + Math.round(spec.launchOffsetS() * 1e9));
        }
        final double sigmaRad = Math.toRadians(0.006);
        final double[] geodetic = new double[3];
        final Map<String, Integer> perObject = new HashMap<>();
        int plots = 0;
        for (final SimulatedPlot arrived : recording.plots()) {
            final PlotRecord plot = arrived.plot();
            if (!plot.sensorId().equals("USA-IR")) {
                continue;
            }
            plots++;
            assertThat(arrived.isClutter()).isFalse();
            assertThat(plot.isLineOfSight()).isTrue();
            assertThat(plot.rangeM()).isNaN();
            assertThat(plot.azimuthDeg()).isNaN();
            assertThat(plot.elevationDeg()).isNaN();
            final double length = Math.sqrt(plot.losX() * plot.losX() + plot.losY() * plot.losY() + plot.losZ() * plot.losZ());
            assertThat(length).as("|los|").isCloseTo(1.0, within(1e-12));
            // Geostationary: the satellite sits 42,164 km from the centre, over 110E.
            assertThat(Math.sqrt(plot.sensorXM() * plot.sensorXM() + plot.sensorYM() * plot.sensorYM()))
                .isCloseTo(42_164_170.0, within(100.0));
            // Only the stack, only in boost.
            final String object = arrived.objectId();
            assertThat(thrustEnd).containsKey(object);
            assertThat(plot.timeNanos()).isGreaterThanOrEqualTo(launch.get(object)).isLessThan(thrustEnd.get(object));
            // Above the weather, and seen where the truth is: within 6 sigma on each axis.
            final TruthRecord state = truth.get(object).get(plot.timeNanos());
            Geodetic.fromEcef(state.xM(), state.yM(), state.zM(), geodetic);
            assertThat(geodetic[Geodetic.HEIGHT]).isGreaterThanOrEqualTo(InfraredSensor.PLUME_FLOOR_M);
            final double dx = state.xM() - plot.sensorXM();
            final double dy = state.yM() - plot.sensorYM();
            final double dz = state.zM() - plot.sensorZM();
            final double cos = (dx * plot.losX() + dy * plot.losY() + dz * plot.losZ()) / Math.sqrt(dx * dx + dy * dy + dz * dz);
            assertThat(Math.acos(Math.min(1.0, cos))).as("angle to the truth, rad").isLessThan(6.0 * sigmaRad);
            perObject.merge(object, 1, Integer::sum);
        }
        // Each boost is seen for most of the time between 12 km and burnout (pd 1, one frame a second).
        assertThat(plots).isGreaterThan(100);
        assertThat(perObject).containsOnlyKeys("L1-RV", "L2-RV");
    }

    @Test
    void theEarthHidesWhatIsBehindIt() {
        final double[] satellite = {42_164_170.0, 0.0, 0.0};
        final double[] near = SiteGeometry.ecef(0.0, Math.toRadians(10.0), 20_000.0);
        final double[] far = SiteGeometry.ecef(0.0, Math.toRadians(170.0), 20_000.0);
        final double[] limb = SiteGeometry.ecef(0.0, Math.toRadians(95.0), 20_000.0);
        assertThat(InfraredSensor.hiddenByEarth(satellite, near)).isFalse();
        assertThat(InfraredSensor.hiddenByEarth(satellite, far)).isTrue();
        assertThat(InfraredSensor.hiddenByEarth(satellite, limb)).isTrue();
    }
}
