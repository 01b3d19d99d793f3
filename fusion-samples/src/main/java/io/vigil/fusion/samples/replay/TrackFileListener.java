package io.vigil.fusion.samples.replay;

import io.vigil.fusion.engine.EngineConfiguration;
import io.vigil.fusion.engine.FusionListener;
import io.vigil.fusion.engine.ImpactView;
import io.vigil.fusion.engine.TrackView;
import io.vigil.fusion.engine.WarningView;
import io.vigil.fusion.io.ImpactRecord;
import io.vigil.fusion.io.ImpactWriter;
import io.vigil.fusion.io.TrackRecord;
import io.vigil.fusion.io.TrackWriter;
import io.vigil.fusion.io.WarningRecord;
import io.vigil.fusion.io.WarningWriter;
import io.vigil.fusion.track.TrackStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Writes every track callback as a row of {@code tracks.csv}, every impact callback as a row
 * of {@code impacts.csv} and every warning as a row of {@code warnings.csv}, and counts the
 * track ids seen.
 * Runs on the fusion thread. A write failure is kept and rethrown by {@link #finish()}, so
 * a replay whose output is incomplete fails instead of reporting success.
 */
final class TrackFileListener implements FusionListener {

    private final TrackWriter tracks;
    private final ImpactWriter impacts;
    private final WarningWriter warnings;
    private EngineConfiguration configuration;
    private final Set<Long> initiated = new HashSet<>();
    private final Set<Long> confirmed = new HashSet<>();
    private long rows;
    private IOException failure;

    /**
     * Creates the listener.
     *
     * @param tracks the open tracks.csv writer (closed by {@link #finish()})
     */
    TrackFileListener(final TrackWriter tracks, final ImpactWriter impacts, final WarningWriter warnings) {
        this.tracks = tracks;
        this.impacts = impacts;
        this.warnings = warnings;
    }

    /**
     * Binds the engine's configuration (sensor ids and nations); call before the engine
     * starts, which publishes it to the fusion thread.
     *
     * @param engineConfiguration the configuration of the engine this listener serves
     */
    void bind(final EngineConfiguration engineConfiguration) {
        this.configuration = engineConfiguration;
    }

    @Override
    public void onTrack(final TrackView track) {
        write(track);
        initiated.add(track.trackId());
        if (track.status() == TrackStatus.CONFIRMED) {
            confirmed.add(track.trackId());
        }
    }

    @Override
    public void onTrackDropped(final TrackView track) {
        write(track);
    }

    @Override
    public void onImpact(final ImpactView impact) {
        if (failure != null) {
            return;
        }
        try {
            impacts.write(ImpactRecord.of(impact));
        } catch (final IOException e) {
            failure = e;
        }
    }

    @Override
    public void onWarning(final WarningView warning) {
        if (failure != null) {
            return;
        }
        try {
            warnings.write(WarningRecord.of(warning));
        } catch (final IOException e) {
            failure = e;
        }
    }

    private void write(final TrackView track) {
        if (failure != null) {
            return;
        }
        try {
            tracks.write(TrackRecord.of(track, configuration));
            rows++;
        } catch (final IOException e) {
            failure = e;
        }
    }

    /**
     * Closes tracks.csv; call after the engine has stopped.
     *
     * @throws UncheckedIOException if a row could not be written or the file not closed
     */
    void finish() {
        try (impacts; warnings) {
            tracks.close();
        } catch (final IOException e) {
            if (failure == null) {
                failure = e;
            }
        }
        if (failure != null) {
            throw new UncheckedIOException("tracks.csv, impacts.csv or warnings.csv could not be written: "
                + failure.getMessage(), failure);
        }
    }

    /**
     * Returns the rows written.
     *
     * @return rows
     */
    long rows() {
        return rows;
    }

    /**
     * Returns the number of distinct tracks reported.
     *
     * @return tracks initiated
     */
    int tracksInitiated() {
        return initiated.size();
    }

    /**
     * Returns the number of distinct tracks reported as confirmed at least once.
     *
     * @return tracks confirmed
     */
    int tracksConfirmed() {
        return confirmed.size();
    }
}
