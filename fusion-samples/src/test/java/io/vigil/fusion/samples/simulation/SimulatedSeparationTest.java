package io.vigil.fusion.samples.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.fusion.geo.Geodesic;
import io.vigil.fusion.geo.Geodetic;
import io.vigil.fusion.io.TruthEventRecord;
import io.vigil.fusion.io.TruthRecord;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What separates after burnout drifts apart slowly in midcourse and strongly in re-entry. */
class SimulatedSeparationTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 2L, 3L})
    void piecesDriftTensToHundredsOfMetresInAMinuteAndLandApart(final long seed) {
        final ScenarioRecording recording = TestScenarios.run(TestScenarios.parse(TestScenarios.ALIGNED), seed);
        final Map<String, Map<Long, TruthRecord>> truth = TestScenarios.truthByObject(recording);
        final Map<Long, TruthRecord> rv = truth.get("L1-RV");
        // Separation: the first truth time at which the tank is not where the vehicle is.
        long separation = Long.MAX_VALUE;
        for (final TruthRecord state : truth.get("L1-TANK").values()) {
            final TruthRecord vehicle = rv.get(state.timeNanos());
            if (vehicle != null && distance(state, vehicle) > 0.0) {
                separation = Math.min(separation, state.timeNanos());
            }
        }
        assertThat(separation).isLessThan(Long.MAX_VALUE);
        final long aMinuteLater = separation + 60_000_000_000L;
        final TruthRecord vehicle = rv.get(aMinuteLater);
        final double[] geodetic = new double[3];
        Geodetic.fromEcef(vehicle.xM(), vehicle.yM(), vehicle.zM(), geodetic);
        assertThat(geodetic[Geodetic.HEIGHT]).as("in midcourse").isGreaterThan(150_000.0);
        for (final String piece : new String[] {"L1-TANK", "L1-DEB1", "L1-DEB2"}) {
            assertThat(distance(truth.get(piece).get(aMinuteLater), vehicle)).as("%s from the vehicle, m", piece)
                .isBetween(10.0, 500.0);
        }

        final Map<String, TruthEventRecord> events = new HashMap<>();
        for (final TruthEventRecord event : recording.events()) {
            events.put(event.objectId(), event);
        }
        final TruthEventRecord rvImpact = events.get("L1-RV");
        final double[] inverse = new double[3];
        for (final String piece : new String[] {"L1-TANK", "L1-DEB1", "L1-DEB2"}) {
            final TruthEventRecord impact = events.get(piece);
            Geodesic.inverse(Math.toRadians(rvImpact.impactLatDeg()), Math.toRadians(rvImpact.impactLonDeg()),
                Math.toRadians(impact.impactLatDeg()), Math.toRadians(impact.impactLonDeg()), inverse);
            // The air sorts them in re-entry: lighter pieces fall short and late.
            assertThat(inverse[Geodesic.DISTANCE]).as("%s impact from the vehicle's, m", piece).isGreaterThan(1_000.0);
            assertThat(impact.impactTimeNanos()).as("%s lands after the vehicle", piece)
                .isGreaterThan(rvImpact.impactTimeNanos());
            assertThat(impact.launchTimeNanos()).isEqualTo(rvImpact.launchTimeNanos());
        }
    }

    private static double distance(final TruthRecord a, final TruthRecord b) {
        return Math.sqrt(square(a.xM() - b.xM()) + square(a.yM() - b.yM()) + square(a.zM() - b.zM()));
    }

    private static double square(final double x) {
        return x * x;
    }
}
