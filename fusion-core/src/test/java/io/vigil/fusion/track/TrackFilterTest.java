package io.vigil.fusion.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.fusion.filter.ExtendedKalmanFilter;
import io.vigil.fusion.filter.ImmEstimate;
import io.vigil.fusion.filter.InteractingMultipleModel;
import io.vigil.fusion.measurement.CartesianMeasurement;
import io.vigil.fusion.motion.BallisticMotion;
import io.vigil.fusion.motion.ReentryMotion;
import io.vigil.fusion.testing.AllocationMeter;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The engine's estimation seam: a prediction leaves the track as it was, an update makes the
 * track's arrays what the filter computed when run directly (the IMM on its own estimate, the
 * EKF on plain arrays), the IMM's per-slot estimates stay apart, and nothing allocates.
 */
class TrackFilterTest {

    /** A midcourse object 300 km up over the equator, moving east and up. */
    private static final double[] STATE = {6_678_137.0, 0.0, 0.0, 500.0, 6_500.0, 1_000.0};
    private static final double[] COVARIANCE = diagonal(100.0 * 100.0, 30.0 * 30.0);

    @Test
    void theImmFilterMatchesTheImmRunDirectlyAndLeavesTheTrackAloneWhenPredicting() {
        final TrackTable table = new TrackTable(4, 6, 4);
        final ImmTrackFilter filter = new ImmTrackFilter(FlightModes.standard(3), 4, 3);
        final InteractingMultipleModel reference = FlightModes.standard(3);
        final ImmEstimate direct = reference.newEstimate();
        final Track other = table.create(6, 0L);
        final Track track = table.create(6, 0L);
        filter.initialise(other, shifted(50e3), COVARIANCE);
        filter.initialise(track, STATE, COVARIANCE);
        reference.initialise(direct, STATE, COVARIANCE);
        final double[] stateBefore = track.state().clone();
        final double[] covarianceBefore = track.covariance().clone();

        final TrackPrediction prediction = filter.newPrediction();
        final TrackPrediction again = filter.newPrediction();
        filter.predict(track, 2.0, prediction);
        filter.predict(track, 2.0, again);
        assertThat(track.state()).containsExactly(stateBefore);
        assertThat(track.covariance()).containsExactly(covarianceBefore);
        assertThat(again.state()).containsExactly(prediction.state());
        reference.predict(direct, 2.0);
        final double[] expected = new double[6];
        direct.copyState(expected);
        assertThat(prediction.state()).containsExactly(expected);

        final CartesianMeasurement plot = new CartesianMeasurement()
            .position(prediction.state()[0] + 80.0, prediction.state()[1] - 40.0, prediction.state()[2] + 20.0)
            .covariance(diagonal3(50.0 * 50.0));
        // The gate's NIS is the combined prediction's, as an EKF on those arrays computes it.
        assertThat(filter.nis(plot, prediction)).isEqualTo(
            new ExtendedKalmanFilter(6, 3).nis(plot, prediction.state().clone(), prediction.covariance().clone(), 6));
        filter.update(track, prediction, plot);
        reference.update(direct, plot);
        direct.copyState(expected);
        assertThat(track.state()).containsExactly(expected);
        final double[] expectedCovariance = new double[36];
        direct.copyCovariance(expectedCovariance);
        assertThat(track.covariance()).containsExactly(expectedCovariance);
        for (int mode = 0; mode < 3; mode++) {
            assertThat(filter.probability(track, mode)).isEqualTo(direct.probability(mode));
        }
        // The other slot's estimate was not touched by this track's cycle.
        final ImmEstimate fresh = reference.newEstimate();
        reference.initialise(fresh, shifted(50e3), COVARIANCE);
        fresh.copyState(expected);
        assertThat(other.state()).containsExactly(expected);
    }

    @Test
    void theSingleModelFilterMatchesTheEkfOnPlainArrays() {
        final TrackTable table = new TrackTable(2, 6, 4);
        final BallisticMotion motion = new BallisticMotion(1.0);
        final SingleModelTrackFilter filter = new SingleModelTrackFilter(motion, 3);
        final Track track = table.create(6, 0L);
        filter.initialise(track, STATE, COVARIANCE);
        final TrackPrediction prediction = filter.newPrediction();
        filter.predict(track, 5.0, prediction);
        assertThat(track.state()).containsExactly(STATE);

        final ExtendedKalmanFilter ekf = new ExtendedKalmanFilter(6, 3);
        final double[] x = STATE.clone();
        final double[] p = COVARIANCE.clone();
        ekf.predict(motion, x, p, 5.0);
        assertThat(prediction.state()).containsExactly(x);
        final CartesianMeasurement plot = new CartesianMeasurement().position(x[0] + 30.0, x[1], x[2] - 60.0)
            .covariance(diagonal3(40.0 * 40.0));
        assertThat(filter.nis(plot, prediction)).isEqualTo(ekf.nis(plot, x, p, 6));
        filter.update(track, prediction, plot);
        ekf.update(plot, x, p, 6);
        assertThat(track.state()).containsExactly(x);
        assertThat(track.covariance()).containsExactly(p);
    }

    @Test
    void aSingleModelNeedsSixStates() {
        assertThatThrownBy(() -> new SingleModelTrackFilter(new ReentryMotion(1.0, 1e-9), 3))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("6-state").hasMessageContaining("dimension 7");
    }

    @Test
    void theImmCycleAllocatesNothing() {
        final TrackTable table = new TrackTable(1, 6, 1);
        final ImmTrackFilter filter = new ImmTrackFilter(FlightModes.standard(3), 1, 3);
        final Track track = table.create(6, 0L);
        filter.initialise(track, STATE, COVARIANCE);
        final TrackPrediction prediction = filter.newPrediction();
        final CartesianMeasurement plot = new CartesianMeasurement().covariance(diagonal3(50.0 * 50.0));
        final long bytes = AllocationMeter.bytesAllocated(() -> {
            filter.predict(track, 1.0, prediction);
            plot.position(prediction.state()[0], prediction.state()[1], prediction.state()[2]);
            filter.nis(plot, prediction);
            filter.update(track, prediction, plot);
        }, 2_000, 2_000);
        assertThat(bytes).isZero();
    }

    private static double[] shifted(final double metres) {
        final double[] x = STATE.clone();
        x[1] += metres;
        return x;
    }

    private static double[] diagonal(final double position, final double velocity) {
        final double[] p = new double[36];
        for (int i = 0; i < 6; i++) {
            p[i * 7] = i < 3 ? position : velocity;
        }
        return p;
    }

    private static double[] diagonal3(final double variance) {
        final double[] r = new double[9];
        Arrays.fill(r, 0.0);
        r[0] = variance;
        r[4] = variance;
        r[8] = variance;
        return r;
    }
}
