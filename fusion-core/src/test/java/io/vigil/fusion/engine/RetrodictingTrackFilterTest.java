package io.vigil.fusion.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.fusion.measurement.CartesianMeasurement;
import io.vigil.fusion.motion.ConstantVelocityMotion;
import io.vigil.fusion.track.SingleModelTrackFilter;
import io.vigil.fusion.track.Track;
import io.vigil.fusion.track.TrackFilter;
import io.vigil.fusion.track.TrackPrediction;
import io.vigil.fusion.track.TrackTable;
import org.junit.jupiter.api.Test;

/**
 * A prediction back in time starts from the track's estimate just before that time, as kept
 * in its history: it equals predicting that checkpoint forward, not propagating the current
 * estimate back; beyond the history it falls back to propagating back; forward predictions
 * are the wrapped filter's.
 */
class RetrodictingTrackFilterTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void predictsALatePlotFromTheCheckpointBeforeIt() {
        final TrackFilter filter = new SingleModelTrackFilter(new ConstantVelocityMotion(1.0), 3);
        final TrackTable table = new TrackTable(1, 6, 1);
        final TrackHistory history = new TrackHistory(1, 4, filter);
        final RetrodictingTrackFilter retrodicting = new RetrodictingTrackFilter(filter, history);
        final Track track = table.create(6, 10 * SECOND);
        final double[] p = new double[36];
        for (int i = 0; i < 6; i++) {
            p[i * 7] = i < 3 ? 1e4 : 1e2;
        }
        filter.initialise(track, new double[] {7e6, 0, 0, 0, 7e3, 0}, p);
        history.start(track, filter);
        final TrackPrediction base = filter.newPrediction();
        filter.save(track, base);
        final TrackPrediction work = filter.newPrediction();
        final CartesianMeasurement plot = new CartesianMeasurement()
            .covariance(new double[] {100, 0, 0, 0, 100, 0, 0, 0, 100});
        // Two plots at 11 s and 12 s update the track in order.
        for (int k = 1; k <= 2; k++) {
            final PlotSlot slot = new PlotSlot();
            slot.clear();
            slot.timeNanos = (10 + k) * SECOND;
            filter.predict(track, 1.0, work);
            plot.position(work.state()[0] + 30.0, work.state()[1] - 20.0, work.state()[2]);
            filter.update(track, work, plot);
            track.recordHit(slot.timeNanos, 0, 0L);
            filter.save(track, history.after(track, history.insert(track, slot, filter)));
        }
        assertThat(track.timeNanos()).isEqualTo(12 * SECOND);

        // A late plot at 11.5 s: from the estimate after the 11 s plot, 0.5 s forward.
        final TrackPrediction late = filter.newPrediction();
        retrodicting.predict(track, -0.5, late);
        final TrackPrediction expected = filter.newPrediction();
        filter.predictFrom(history.after(track, 0), 0.5, expected);
        assertThat(late.state()).containsExactly(expected.state());
        assertThat(late.covariance()).containsExactly(expected.covariance());
        final TrackPrediction back = filter.newPrediction();
        filter.predict(track, -0.5, back);
        assertThat(late.state()).isNotEqualTo(back.state());

        // Older than the base (10 s): propagated back from the current estimate.
        retrodicting.predict(track, -3.0, late);
        filter.predict(track, -3.0, expected);
        assertThat(late.state()).containsExactly(expected.state());
        // Forward: the wrapped filter's prediction.
        retrodicting.predict(track, 1.0, late);
        filter.predict(track, 1.0, expected);
        assertThat(late.covariance()).containsExactly(expected.covariance());
    }
}
