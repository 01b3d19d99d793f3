package io.vigil.fusion.samples.metrics;

import static io.vigil.fusion.samples.metrics.MetricFixtures.at;
import static io.vigil.fusion.samples.metrics.MetricFixtures.track;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vigil.fusion.io.TrackRecord;
import io.vigil.fusion.io.TruthRecord;
import io.vigil.fusion.track.TrackStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/**
 * What the metrics are computed on: the truth interpolated between its records, and the
 * tracker's picture (which tracks count, carried to the evaluation time).
 */
class MetricInputsTest {

    private static final double[] ZERO = new double[6];

    @Test
    void hermiteInterpolationIsExactForCubicMotion() {
        // x(t) = a + b t + c t^2 + d t^3 per axis, sampled every 2 s with exact velocities:
        // the cubic Hermite interpolant is the cubic itself, position and velocity.
        final double[][] coefficients = {{6.0e6, 2000.0, -4.9, 0.01}, {-1.2e6, -300.0, 3.0, -0.02}, {3.1e6, 50.0, 0.5, 0.003}};
        final List<TruthRecord> records = new ArrayList<>();
        for (int s = 20; s >= 0; s -= 2) { // out of order on purpose
            final double[] x = cubic(coefficients, s);
            records.add(new TruthRecord(at(s), "A", x[0], x[1], x[2], x[3], x[4], x[5]));
        }
        final TruthTrajectory trajectory = TruthTrajectory.of("A", records);
        final double[] state = new double[6];
        for (double t = 0.0; t <= 20.0; t += 0.37) {
            trajectory.stateAt(at(t), state);
            final double[] expected = cubic(coefficients, t);
            for (int k = 0; k < 3; k++) {
                assertThat(state[k]).as("position %d at %.2f s", k, t).isCloseTo(expected[k], within(1e-6));
                assertThat(state[3 + k]).as("velocity %d at %.2f s", k, t).isCloseTo(expected[3 + k], within(1e-8));
            }
        }
        assertThat(trajectory.firstTimeNanos()).isEqualTo(at(0));
        assertThat(trajectory.lastTimeNanos()).isEqualTo(at(20));
    }

    @Test
    void anObjectExistsOnlyBetweenItsFirstAndLastRecord() {
        final SortedMap<String, TruthTrajectory> truth = TruthTrajectory.byObject(List.of(
            new TruthRecord(at(10), "B", 1, 2, 3, 0, 0, 0), new TruthRecord(at(12), "B", 1, 2, 3, 0, 0, 0),
            new TruthRecord(at(5), "A", 7, 8, 9, 1, 1, 1)));
        assertThat(truth.keySet()).containsExactly("A", "B");
        final TruthTrajectory b = truth.get("B");
        assertThat(b.covers(at(10))).isTrue();
        assertThat(b.covers(at(12))).isTrue();
        assertThat(b.covers(at(12) + 1)).isFalse();
        assertThat(b.covers(at(10) - 1)).isFalse();
        final TruthTrajectory a = truth.get("A");
        assertThat(a.covers(at(5))).isTrue();
        final double[] state = new double[6];
        a.stateAt(at(5), state);
        assertThat(state).containsExactly(7, 8, 9, 1, 1, 1);
        assertThatThrownBy(() -> a.stateAt(at(6), state)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TruthTrajectory.of("A", List.of(new TruthRecord(at(5), "A", 7, 8, 9, 1, 1, 1),
            new TruthRecord(at(5), "A", 7, 8, 10, 1, 1, 1)))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void extrapolationMovesTheStateAndGrowsTheCovarianceAlongTheLine() {
        final double[] state = {1000.0, 2000.0, 3000.0, 10.0, -20.0, 30.0};
        final TrackRecord report = track(0.0, 7L, TrackStatus.CONFIRMED, state, 100.0, 5.0);
        final TrackEstimate e = TrackEstimate.extrapolate(report, at(2.0));
        assertThat(e.trackId()).isEqualTo(7L);
        assertThat(e.reportTimeNanos()).isEqualTo(at(0));
        assertThat(e.timeNanos()).isEqualTo(at(2.0));
        assertThat(new double[] {e.state(0), e.state(1), e.state(2), e.state(3), e.state(4), e.state(5)})
            .containsExactly(1020.0, 1960.0, 3060.0, 10.0, -20.0, 30.0);
        // Ppp = 100^2 + 2^2 5^2, Ppv = 2 * 5^2, Pvv = 5^2; no cross-axis terms.
        assertThat(e.covariance(0, 0)).isCloseTo(10_000.0 + 4.0 * 25.0, within(1e-9));
        assertThat(e.covariance(1, 4)).isCloseTo(50.0, within(1e-12));
        assertThat(e.covariance(4, 1)).isCloseTo(50.0, within(1e-12));
        assertThat(e.covariance(5, 5)).isCloseTo(25.0, within(1e-12));
        assertThat(e.covariance(0, 1)).isZero();
        assertThat(e.covariance(0, 4)).isZero();
    }

    @Test
    void thePictureHoldsConfirmedAndCoastingTracksThatAreNotStale() {
        final List<TrackRecord> records = List.of(
            track(0.0, 1L, TrackStatus.TENTATIVE, ZERO, 1.0, 1.0),
            track(2.0, 1L, TrackStatus.CONFIRMED, ZERO, 1.0, 1.0),
            track(4.0, 1L, TrackStatus.COASTING, ZERO, 1.0, 1.0),
            track(6.0, 1L, TrackStatus.CONFIRMED, ZERO, 1.0, 1.0),
            track(6.0, 1L, TrackStatus.DROPPED, ZERO, 1.0, 1.0), // same instant: the drop wins
            track(1.0, 2L, TrackStatus.CONFIRMED, ZERO, 1.0, 1.0));
        final TrackHistory history = new TrackHistory(records, 5 * MetricFixtures.SECOND);
        assertThat(history.trackIds()).containsExactly(1L, 2L);
        assertThat(history.firstTimeNanos()).isEqualTo(at(0));
        assertThat(history.lastTimeNanos()).isEqualTo(at(6));
        assertThat(ids(history.pictureAt(at(0) - 1))).isEmpty();
        assertThat(ids(history.pictureAt(at(0.5)))).isEmpty(); // tentative
        assertThat(ids(history.pictureAt(at(1.0)))).containsExactly(2L);
        assertThat(ids(history.pictureAt(at(3.0)))).containsExactly(1L, 2L);
        assertThat(ids(history.pictureAt(at(5.0)))).containsExactly(1L, 2L); // coasting counts
        assertThat(history.pictureAt(at(5.0)).get(0).status()).isEqualTo(TrackStatus.COASTING);
        assertThat(ids(history.pictureAt(at(6.0)))).containsExactly(2L); // dropped; track 2 exactly 5 s old
        assertThat(ids(history.pictureAt(at(6.0) + 1))).isEmpty(); // track 2 stale
    }

    @Test
    void aDroppedTrackLeavesThePictureAfterItsLastPredictedReportNotFiveSecondsLater() {
        // As the engine issues them: an update at 10 s, predictions at 11 and 12 s, then the
        // drop, which carries the state of the last update.
        final List<TrackRecord> records = List.of(
            track(10.0, 3L, TrackStatus.CONFIRMED, ZERO, 1.0, 1.0),
            track(11.0, 3L, TrackStatus.COASTING, ZERO, 1.0, 1.0),
            track(12.0, 3L, TrackStatus.COASTING, ZERO, 1.0, 1.0),
            track(10.0, 3L, TrackStatus.DROPPED, ZERO, 1.0, 1.0));
        final TrackHistory history = new TrackHistory(records, 5 * MetricFixtures.SECOND);
        assertThat(ids(history.pictureAt(at(10.5)))).containsExactly(3L);
        assertThat(history.pictureAt(at(11.5)).get(0).status()).isEqualTo(TrackStatus.COASTING);
        assertThat(ids(history.pictureAt(at(12.0) - 1))).containsExactly(3L);
        assertThat(ids(history.pictureAt(at(12.0)))).isEmpty();
        assertThat(ids(history.pictureAt(at(14.0)))).isEmpty();
    }

    private static List<Long> ids(final List<TrackEstimate> picture) {
        return picture.stream().map(TrackEstimate::trackId).toList();
    }

    private static double[] cubic(final double[][] coefficients, final double t) {
        final double[] x = new double[6];
        for (int k = 0; k < 3; k++) {
            final double[] c = coefficients[k];
            x[k] = c[0] + c[1] * t + c[2] * t * t + c[3] * t * t * t;
            x[3 + k] = c[1] + 2.0 * c[2] * t + 3.0 * c[3] * t * t;
        }
        return x;
    }
}
