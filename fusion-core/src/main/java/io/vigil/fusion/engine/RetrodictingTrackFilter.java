package io.vigil.fusion.engine;

import io.vigil.fusion.measurement.MeasurementModel;
import io.vigil.fusion.track.Track;
import io.vigil.fusion.track.TrackFilter;
import io.vigil.fusion.track.TrackPrediction;

/**
 * The engine's track filter as the association sees it: a prediction to a time before the
 * track's own (a late plot) starts from the track's estimate just before that time, kept in
 * its {@link TrackHistory}, instead of propagating the track's current estimate back. So a
 * late plot is gated against the estimate an in-order engine would have gated it against
 * (the track as it was, without the plots that came after), and its NIS and likelihood are
 * those of time order. Beyond the history, the track is propagated back as before. Every other
 * operation is the wrapped filter's.
 */
final class RetrodictingTrackFilter implements TrackFilter {

    private final TrackFilter filter;
    private final TrackHistory history;

    RetrodictingTrackFilter(final TrackFilter filter, final TrackHistory history) {
        this.filter = filter;
        this.history = history;
    }

    @Override
    public void predict(final Track track, final double dtSeconds, final TrackPrediction out) {
        if (dtSeconds < 0.0) {
            final long time = track.timeNanos() + Math.round(dtSeconds * 1e9);
            if (history.covers(track, time)) {
                final int before = history.lastAtOrBefore(track, time);
                filter.predictFrom(history.after(track, before), (time - history.timeAfter(track, before)) * 1e-9, out);
                return;
            }
        }
        filter.predict(track, dtSeconds, out);
    }

    @Override
    public int dimension() {
        return filter.dimension();
    }

    @Override
    public TrackPrediction newPrediction() {
        return filter.newPrediction();
    }

    @Override
    public void initialise(final Track track, final double[] state, final double[] covariance) {
        filter.initialise(track, state, covariance);
    }

    @Override
    public void save(final Track track, final TrackPrediction into) {
        filter.save(track, into);
    }

    @Override
    public void restore(final Track track, final TrackPrediction from) {
        filter.restore(track, from);
    }

    @Override
    public void predictFrom(final TrackPrediction saved, final double dtSeconds, final TrackPrediction out) {
        filter.predictFrom(saved, dtSeconds, out);
    }

    @Override
    public double nis(final MeasurementModel measurement, final TrackPrediction prediction) {
        return filter.nis(measurement, prediction);
    }

    @Override
    public double lastLogDeterminant() {
        return filter.lastLogDeterminant();
    }

    @Override
    public void update(final Track track, final TrackPrediction prediction, final MeasurementModel measurement) {
        filter.update(track, prediction, measurement);
    }
}
