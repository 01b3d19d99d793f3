package io.vigil.fusion.association;

import io.vigil.fusion.measurement.MeasurementModel;
import io.vigil.fusion.track.Track;
import io.vigil.fusion.track.TrackPrediction;
import io.vigil.fusion.track.TrackTable;

/**
 * Decides which live track a plot updates, one plot at a time: the best track inside the
 * gate ({@link NearestGateAssociator}). The engine uses it for plots without a scan id; the
 * plots of a scan are assigned jointly by {@link ScanAssignment} over the pairs
 * {@link NearestGateAssociator#gateAll} finds.
 */
public interface PlotAssociator {

    /**
     * Finds the track a plot should update.
     *
     * @param tracks the live tracks
     * @param measurement the plot, configured as a measurement model
     * @param plotTimeNanos the plot's time, nanoseconds since the Unix epoch
     * @param plotPosition the plot's ECEF position x, y, z (m) and the trace of its position
     *     covariance (m^2) at index 3, where it has one (radar); NaN at index 0 otherwise
     * @return the track, or null if the plot gates with none
     */
    Track associate(TrackTable tracks, MeasurementModel measurement, long plotTimeNanos, double[] plotPosition);

    /**
     * Returns the prediction of the track returned by the last {@link #associate} to the
     * plot's time (the engine updates from it instead of predicting again).
     *
     * @return the prediction; undefined if no track was returned
     */
    TrackPrediction prediction();

    /**
     * Returns the NIS of the plot against the track returned by the last {@link #associate}.
     *
     * @return the NIS, or NaN if no track was returned
     */
    double lastNis();
}
