package io.vigil.fusion.track;

import io.vigil.fusion.filter.CovarianceException;
import io.vigil.fusion.measurement.MeasurementModel;

/**
 * How the engine estimates every track: one motion model in a Kalman filter
 * ({@link SingleModelTrackFilter}) or an interacting multiple model over flight phases
 * ({@link ImmTrackFilter}). The association and the engine see only this: a prediction of a
 * track to a plot's time (in a {@link TrackPrediction}, the track untouched, so that any
 * number of candidate tracks can be tried for one plot), its NIS against the plot, and the
 * update of the track from the prediction it won with.
 *
 * <p>The track's own {@link Track#state()} and {@link Track#covariance()} hold the estimate
 * that the spatial index, the coarse gate and the reports use: for a single model its full
 * state, for an IMM the moment-matched combination of the modes' kinematic states (ECEF
 * position m, velocity m/s; 6 elements). An implementation may keep more per track slot
 * (each mode's estimate and probability), always consistent with the track's arrays after
 * {@link #initialise} and {@link #update}.
 *
 * <p>One instance per fusion thread; allocation-free after construction, except
 * {@link #newPrediction()}.
 */
public interface TrackFilter {

    /**
     * Returns the dimension n of the state on the tracks.
     *
     * @return n: 6 or more, ECEF position and velocity first
     */
    int dimension();

    /**
     * Creates a workspace for one prediction. Allocates: call at construction only.
     *
     * @return a new prediction
     */
    TrackPrediction newPrediction();

    /**
     * Starts a track's estimate from a kinematic state, as initiators give it.
     *
     * @param track the new track
     * @param state ECEF position (m) and velocity (m/s), 6 elements
     * @param covariance their 6 x 6 covariance, row-major
     */
    void initialise(Track track, double[] state, double[] covariance);

    /**
     * Copies a track's whole estimate (for an IMM every mode's) into a workspace, to restore
     * it later: the checkpoints of out-of-sequence re-processing.
     *
     * @param track the track
     * @param into receives the estimate
     */
    void save(Track track, TrackPrediction into);

    /**
     * Makes a saved estimate the track's again (the track's time is the caller's).
     *
     * @param track the track it was saved from
     * @param from the saved estimate
     */
    void restore(Track track, TrackPrediction from);

    /**
     * Predicts a track over a time step into a prediction; the track is not changed.
     *
     * @param track the track
     * @param dtSeconds the step from the track's time, seconds (negative back in time)
     * @param out receives the prediction
     * @throws CovarianceException if the predicted covariance is not usable
     */
    void predict(Track track, double dtSeconds, TrackPrediction out);

    /**
     * Predicts a saved estimate over a time step into a prediction (the saved one unchanged).
     *
     * @param saved an estimate saved by {@link #save}
     * @param dtSeconds the step from the saved estimate's time, seconds
     * @param out receives the prediction
     * @throws CovarianceException if the predicted covariance is not usable
     */
    void predictFrom(TrackPrediction saved, double dtSeconds, TrackPrediction out);

    /**
     * The normalised innovation squared of a measurement against a prediction: the gate
     * statistic, chi-square with m degrees of freedom for a consistent filter.
     *
     * @param measurement the plot, configured as a measurement model
     * @param prediction a prediction to the plot's time
     * @return the NIS
     * @throws CovarianceException if the innovation covariance is not positive definite
     */
    double nis(MeasurementModel measurement, TrackPrediction prediction);

    /**
     * Returns ln det S of the innovation covariance of the last {@link #nis}, S in the
     * measurement's units: with the NIS, the plot's Gaussian likelihood.
     *
     * @return ln det S
     */
    double lastLogDeterminant();

    /**
     * Updates a prediction with a measurement and makes it the track's estimate. The track's
     * time and hit record are the caller's.
     *
     * @param track the track the prediction was made for
     * @param prediction its prediction to the measurement's time, consumed
     * @param measurement the plot, configured as a measurement model
     * @throws CovarianceException if the update fails; the track is then unchanged
     */
    void update(Track track, TrackPrediction prediction, MeasurementModel measurement);
}
