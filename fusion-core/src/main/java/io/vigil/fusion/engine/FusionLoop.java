package io.vigil.fusion.engine;

import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.RingBuffer;
import io.vigil.fusion.association.NearestGateAssociator;
import io.vigil.fusion.association.PlotAssociator;
import io.vigil.fusion.association.SpatialTrackIndex;
import io.vigil.fusion.filter.CovarianceException;
import io.vigil.fusion.filter.ExtendedKalmanFilter;
import io.vigil.fusion.filter.GaussianFilter;
import io.vigil.fusion.measurement.MeasurementModel;
import io.vigil.fusion.motion.MotionModel;
import io.vigil.fusion.track.Track;
import io.vigil.fusion.track.TrackStatus;
import io.vigil.fusion.track.TrackTable;

/**
 * The fusion thread's work on each ring slot, in DESIGN.md's order: validate, register to
 * ECEF, associate, predict and update (or initiate), confirm, report; and on engine-time
 * steps, maintenance: coasting, reporting at the interval, deletion. The only writer of
 * track state. Allocation-free in steady state.
 *
 * <p>This first engine associates each plot alone ({@link NearestGateAssociator}); a plot
 * older than its track's last update is fused by propagating the track back to it (its
 * covariance grows by the process noise either way, so this errs on the cautious side)
 * until the out-of-sequence handling of the tracking layer replaces it. Line-of-sight plots
 * update tracks they gate with and never initiate one (an angle alone gives no range).
 *
 * <p>The associator takes its coarse candidates from a {@link SpatialTrackIndex}, which this
 * loop keeps current: every created or updated track is placed again, every dropped one
 * removed, and at each maintenance pass the index's epoch moves to the engine clock and every
 * track is re-placed, so that plot times stay within the index's horizon of it.
 */
final class FusionLoop implements EventHandler<PlotSlot> {

    private static final long UNSET = Long.MIN_VALUE;
    private static final int MAX_MEASUREMENT = 4;
    /** Engine-time interval between maintenance passes over the track table. */
    private static final long MAINTENANCE_NANOS = 100_000_000L;

    private final EngineConfiguration config;
    private final RingBuffer<PlotSlot> ring;
    private final EngineCounters counters;
    private final FusionListener listener;
    private final PlotValidator validator;
    private final PlotRegistration registration;
    private final MotionModel motion;
    private final GaussianFilter filter;
    private final PlotAssociator associator;
    private final TrackTable tracks;
    private final SpatialTrackIndex index;
    private final TrackView trackView;
    private final RejectView rejectView = new RejectView();
    private final double[] predictedState;
    private final double[] predictedCovariance;
    private long clockNanos = UNSET;
    private long nextMaintenanceNanos = UNSET;
    /** Live tracks that are CONFIRMED or COASTING, kept as statuses change. */
    private long confirmed;

    FusionLoop(final EngineConfiguration config, final RingBuffer<PlotSlot> ring, final EngineCounters counters) {
        this.config = config;
        this.ring = ring;
        this.counters = counters;
        this.listener = config.listener;
        this.validator = new PlotValidator(config.sensors, config.maxSkewNanos, config.outOfSequenceNanos);
        this.registration = new PlotRegistration(config.sensors);
        this.motion = config.motion.get();
        final int n = motion.dimension();
        this.filter = new ExtendedKalmanFilter(n, MAX_MEASUREMENT);
        this.tracks = new TrackTable(config.maxTracks, n, config.maxSensors);
        this.index = new SpatialTrackIndex(config.maxTracks, indexHorizonNanos(config));
        this.associator = new NearestGateAssociator(new ExtendedKalmanFilter(n, MAX_MEASUREMENT), config.motion.get(),
            config.gateProbability, MAX_MEASUREMENT, index);
        this.trackView = new TrackView(config.sensors);
        this.predictedState = new double[n];
        this.predictedCovariance = new double[n * n];
    }

    /**
     * The largest |plot time - index epoch| a fused plot can have. The epoch is the clock at
     * the last maintenance pass, and the clock is then less than one interval past it: a plot
     * accepted against the clock is at most the out-of-sequence bound behind the epoch, and at
     * most the interval plus the skew bound ahead of it.
     */
    private static long indexHorizonNanos(final EngineConfiguration config) {
        final long ahead = config.maxSkewNanos > Long.MAX_VALUE - MAINTENANCE_NANOS
            ? Long.MAX_VALUE : config.maxSkewNanos + MAINTENANCE_NANOS;
        return Math.max(config.outOfSequenceNanos, ahead);
    }

    /** Returns the track table (for tests: the fusion thread's, not thread-safe). */
    TrackTable tracks() {
        return tracks;
    }

    /** Returns the spatial index over the tracks (for tests: the fusion thread's). */
    SpatialTrackIndex index() {
        return index;
    }

    @Override
    public void onEvent(final PlotSlot slot, final long sequence, final boolean endOfBatch) {
        counters.ringBacklog(ring.getCursor() - sequence);
        if (slot.kind == PlotSlot.TICK) {
            counters.incrementFused();
            advanceClock(slot.timeNanos);
            return;
        }
        final RejectReason reason = validator.validate(slot, clockNanos == UNSET ? slot.timeNanos : clockNanos);
        if (reason != null) {
            counters.incrementRejected(reason);
            notifyReject(reason, slot);
            return;
        }
        counters.incrementFused();
        fuse(slot);
        advanceClock(slot.timeNanos);
    }

    private void fuse(final PlotSlot slot) {
        final MeasurementModel measurement = registration.register(slot);
        final Track track = associator.associate(tracks, measurement, slot.timeNanos, registration.position());
        if (track != null) {
            update(track, measurement, slot);
        } else if (slot.kind == PlotSlot.RADAR) {
            initiate(slot);
        }
    }

    private void update(final Track track, final MeasurementModel measurement, final PlotSlot slot) {
        final int n = track.dimension();
        // The associator has already predicted this track to the plot's time for its gate test.
        System.arraycopy(associator.predictedState(), 0, track.state(), 0, n);
        System.arraycopy(associator.predictedCovariance(), 0, track.covariance(), 0, n * n);
        try {
            filter.update(measurement, track.state(), track.covariance(), n);
        } catch (final CovarianceException broken) {
            drop(track);
            return;
        }
        track.recordHit(slot.timeNanos, slot.sensorIndex, slot.tag);
        index.place(track);
        if (track.status() == TrackStatus.TENTATIVE && track.hits() >= config.confirmationHits) {
            track.status(TrackStatus.CONFIRMED);
            confirmed++;
            counters.tracks(tracks.alive(), confirmed);
        } else if (track.status() == TrackStatus.COASTING) {
            track.status(TrackStatus.CONFIRMED);
        }
        report(track, track.status(), track.state(), track.covariance(), track.timeNanos());
    }

    private void initiate(final PlotSlot slot) {
        final int n = motion.dimension();
        final Track track = tracks.create(n, slot.timeNanos);
        if (track == null) {
            counters.incrementTrackTableFull();
            return;
        }
        final double[] x = track.state();
        final double[] p = track.covariance();
        final double[] position = registration.position();
        final double[] positionCovariance = registration.positionCovariance();
        java.util.Arrays.fill(x, 0, n, 0.0);
        java.util.Arrays.fill(p, 0, n * n, 0.0);
        final double velocityVariance = config.initialVelocitySigmaMps * config.initialVelocitySigmaMps;
        for (int i = 0; i < 3; i++) {
            x[i] = position[i];
            for (int j = 0; j < 3; j++) {
                p[i * n + j] = positionCovariance[3 * i + j];
            }
            p[(3 + i) * n + 3 + i] = velocityVariance;
        }
        track.recordHit(slot.timeNanos, slot.sensorIndex, slot.tag);
        index.place(track);
        counters.tracks(tracks.alive(), confirmed);
        report(track, track.status(), x, p, slot.timeNanos);
    }

    /** Moves engine time forward (never back) and runs maintenance when it is due. */
    private void advanceClock(final long timeNanos) {
        if (clockNanos == UNSET || timeNanos > clockNanos) {
            clockNanos = timeNanos;
        }
        if (nextMaintenanceNanos == UNSET) {
            index.reindex(tracks, clockNanos);
            nextMaintenanceNanos = clockNanos + MAINTENANCE_NANOS;
        } else if (clockNanos >= nextMaintenanceNanos) {
            maintain();
            index.reindex(tracks, clockNanos);
            nextMaintenanceNanos = clockNanos + MAINTENANCE_NANOS;
        }
    }

    /** Coasts, reports at the interval and deletes, in slot order (deterministic). */
    private void maintain() {
        for (int i = 0; i < tracks.limit(); i++) {
            final Track track = tracks.slot(i);
            if (!track.alive()) {
                continue;
            }
            final long silent = clockNanos - track.lastUpdateNanos();
            if (track.status() == TrackStatus.TENTATIVE && clockNanos - track.createdNanos() > config.tentativeTimeoutNanos) {
                drop(track);
                continue;
            }
            if (silent > config.maxCoastNanos) {
                drop(track);
                continue;
            }
            if (track.status() == TrackStatus.CONFIRMED && silent > config.coastAfterNanos) {
                track.status(TrackStatus.COASTING);
            }
            if (clockNanos - track.lastReportNanos() >= config.reportIntervalNanos
                && track.status() != TrackStatus.TENTATIVE) {
                reportPredicted(track);
            }
        }
    }

    private void reportPredicted(final Track track) {
        final int n = track.dimension();
        System.arraycopy(track.state(), 0, predictedState, 0, n);
        System.arraycopy(track.covariance(), 0, predictedCovariance, 0, n * n);
        try {
            filter.predict(motion, predictedState, predictedCovariance, (clockNanos - track.timeNanos()) * 1e-9);
        } catch (final CovarianceException broken) {
            drop(track);
            return;
        }
        report(track, track.status(), predictedState, predictedCovariance, clockNanos);
    }

    private void drop(final Track track) {
        if (track.status() == TrackStatus.CONFIRMED || track.status() == TrackStatus.COASTING) {
            confirmed--;
        }
        tracks.drop(track);
        index.remove(track);
        counters.incrementTracksDropped();
        counters.tracks(tracks.alive(), confirmed);
        trackView.bind(track, TrackStatus.DROPPED, track.state(), track.covariance(), track.timeNanos());
        try {
            listener.onTrackDropped(trackView);
        } catch (final RuntimeException e) {
            counters.incrementListenerExceptions();
        }
    }

    private void report(final Track track, final TrackStatus status, final double[] state, final double[] covariance,
        final long timeNanos) {
        track.reported(clockNanos == UNSET ? timeNanos : Math.max(clockNanos, timeNanos));
        trackView.bind(track, status, state, covariance, timeNanos);
        try {
            listener.onTrack(trackView);
        } catch (final RuntimeException e) {
            counters.incrementListenerExceptions();
        }
    }

    private void notifyReject(final RejectReason reason, final PlotSlot slot) {
        rejectView.bind(reason, slot, clockNanos);
        try {
            listener.onReject(rejectView);
        } catch (final RuntimeException e) {
            counters.incrementListenerExceptions();
        }
    }
}
