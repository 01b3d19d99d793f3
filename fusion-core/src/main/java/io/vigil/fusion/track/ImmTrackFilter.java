package io.vigil.fusion.track;

import io.vigil.fusion.filter.ExtendedKalmanFilter;
import io.vigil.fusion.filter.GaussianFilter;
import io.vigil.fusion.filter.ImmEstimate;
import io.vigil.fusion.filter.InteractingMultipleModel;
import io.vigil.fusion.measurement.MeasurementModel;

/**
 * Every track estimated by an {@link InteractingMultipleModel}, for targets that change
 * their motion: a missile in boost, midcourse and re-entry ({@link FlightModes}). Each track
 * slot has its own {@link ImmEstimate} (every mode's state, covariance and probability),
 * preallocated for the table's capacity; the track's arrays hold the combined kinematic
 * estimate (ECEF position m, velocity m/s), which is what the index, the reports and the gate
 * use.
 *
 * <p><b>Gate.</b> The NIS is the one of the combined, moment-matched Gaussian prediction: a
 * plot that fits any likely mode falls inside it, because the combined covariance includes
 * the spread of the modes' means. The update then runs every mode and re-weighs them.
 */
public final class ImmTrackFilter implements TrackFilter {

    private static final int N = InteractingMultipleModel.COMMON;

    private final InteractingMultipleModel imm;
    private final ImmEstimate[] estimates;
    private final GaussianFilter combined;

    /**
     * Creates the filter with an estimate for every track slot.
     *
     * @param imm the modes (one instance per filter: it has a workspace)
     * @param maxTracks the track table's capacity
     * @param maxMeasurementDimension the largest plot dimension m
     */
    public ImmTrackFilter(final InteractingMultipleModel imm, final int maxTracks, final int maxMeasurementDimension) {
        this.imm = imm;
        this.estimates = new ImmEstimate[maxTracks];
        for (int i = 0; i < maxTracks; i++) {
            estimates[i] = imm.newEstimate();
        }
        this.combined = new ExtendedKalmanFilter(N, maxMeasurementDimension);
    }

    @Override
    public int dimension() {
        return N;
    }

    @Override
    public TrackPrediction newPrediction() {
        return new TrackPrediction(N, imm.newEstimate());
    }

    @Override
    public void initialise(final Track track, final double[] state, final double[] covariance) {
        final ImmEstimate estimate = estimates[track.slot()];
        imm.initialise(estimate, state, covariance);
        estimate.copyState(track.state());
        estimate.copyCovariance(track.covariance());
    }

    @Override
    public void save(final Track track, final TrackPrediction into) {
        into.modes().copyFrom(estimates[track.slot()]);
        into.modes().copyState(into.state());
        into.modes().copyCovariance(into.covariance());
    }

    @Override
    public void restore(final Track track, final TrackPrediction from) {
        keep(track, from);
    }

    @Override
    public void predict(final Track track, final double dtSeconds, final TrackPrediction out) {
        predict(estimates[track.slot()], dtSeconds, out);
    }

    @Override
    public void predictFrom(final TrackPrediction saved, final double dtSeconds, final TrackPrediction out) {
        predict(saved.modes(), dtSeconds, out);
    }

    private void predict(final ImmEstimate from, final double dtSeconds, final TrackPrediction out) {
        final ImmEstimate modes = out.modes();
        modes.copyFrom(from);
        imm.predict(modes, dtSeconds);
        modes.copyState(out.state());
        modes.copyCovariance(out.covariance());
    }

    private void keep(final Track track, final TrackPrediction prediction) {
        final ImmEstimate modes = prediction.modes();
        estimates[track.slot()].copyFrom(modes);
        modes.copyState(track.state());
        modes.copyCovariance(track.covariance());
    }

    @Override
    public double nis(final MeasurementModel measurement, final TrackPrediction prediction) {
        return combined.nis(measurement, prediction.state(), prediction.covariance(), N);
    }

    @Override
    public double lastLogDeterminant() {
        return combined.lastInnovationLogDeterminant();
    }

    @Override
    public void update(final Track track, final TrackPrediction prediction, final MeasurementModel measurement) {
        final ImmEstimate modes = prediction.modes();
        imm.update(modes, measurement);
        keep(track, prediction);
    }

    /**
     * Returns a track's current mode probabilities (the estimate after its last update).
     *
     * @param track a live track
     * @param mode a mode index of the IMM
     * @return the probability, in [0, 1]
     */
    public double probability(final Track track, final int mode) {
        return estimates[track.slot()].probability(mode);
    }

    /**
     * Returns a track's estimate: every mode's state, covariance and probability after its
     * last update. Read it only; it changes with the track's next update.
     *
     * @param track a live track
     * @return the estimate (owned by this filter)
     */
    public ImmEstimate estimate(final Track track) {
        return estimates[track.slot()];
    }

    /**
     * Returns the IMM.
     *
     * @return the modes and their switching
     */
    public InteractingMultipleModel imm() {
        return imm;
    }
}
