package io.vigil.fusion.track;

import io.vigil.fusion.filter.ExtendedKalmanFilter;
import io.vigil.fusion.filter.GaussianFilter;
import io.vigil.fusion.measurement.MeasurementModel;
import io.vigil.fusion.motion.MotionModel;

/**
 * Every track estimated with one motion model in an extended Kalman filter (Joseph form):
 * the track's arrays are the whole estimate. The choice for one kind of target, such as
 * constant-velocity air tracks or midcourse-only ballistic tracking; a missile seen through
 * boost and re-entry needs {@link ImmTrackFilter}.
 */
public final class SingleModelTrackFilter implements TrackFilter {

    /** Dimension of the initiators' kinematic state: ECEF position and velocity. */
    private static final int KINEMATIC = 6;

    private final MotionModel motion;
    private final GaussianFilter filter;

    /**
     * Creates the filter.
     *
     * @param motion the tracks' motion model, 6 states (ECEF position and velocity)
     * @param maxMeasurementDimension the largest plot dimension m
     * @throws IllegalArgumentException if the model does not have 6 states
     */
    public SingleModelTrackFilter(final MotionModel motion, final int maxMeasurementDimension) {
        if (motion.dimension() != KINEMATIC) {
            throw new IllegalArgumentException("a single-model track filter needs a 6-state motion model (the "
                + "initiators give position and velocity only), got dimension " + motion.dimension()
                + "; use an ImmTrackFilter for models with more states");
        }
        this.motion = motion;
        this.filter = new ExtendedKalmanFilter(KINEMATIC, maxMeasurementDimension);
    }

    @Override
    public int dimension() {
        return KINEMATIC;
    }

    @Override
    public TrackPrediction newPrediction() {
        return new TrackPrediction(KINEMATIC, null);
    }

    @Override
    public void initialise(final Track track, final double[] state, final double[] covariance) {
        System.arraycopy(state, 0, track.state(), 0, KINEMATIC);
        System.arraycopy(covariance, 0, track.covariance(), 0, KINEMATIC * KINEMATIC);
    }

    @Override
    public void save(final Track track, final TrackPrediction into) {
        System.arraycopy(track.state(), 0, into.state(), 0, KINEMATIC);
        System.arraycopy(track.covariance(), 0, into.covariance(), 0, KINEMATIC * KINEMATIC);
    }

    @Override
    public void restore(final Track track, final TrackPrediction from) {
        keep(track, from);
    }

    @Override
    public void predict(final Track track, final double dtSeconds, final TrackPrediction out) {
        save(track, out);
        filter.predict(motion, out.state(), out.covariance(), dtSeconds);
    }

    @Override
    public void predictFrom(final TrackPrediction saved, final double dtSeconds, final TrackPrediction out) {
        System.arraycopy(saved.state(), 0, out.state(), 0, KINEMATIC);
        System.arraycopy(saved.covariance(), 0, out.covariance(), 0, KINEMATIC * KINEMATIC);
        filter.predict(motion, out.state(), out.covariance(), dtSeconds);
    }

    private static void keep(final Track track, final TrackPrediction prediction) {
        System.arraycopy(prediction.state(), 0, track.state(), 0, KINEMATIC);
        System.arraycopy(prediction.covariance(), 0, track.covariance(), 0, KINEMATIC * KINEMATIC);
    }

    @Override
    public double nis(final MeasurementModel measurement, final TrackPrediction prediction) {
        return filter.nis(measurement, prediction.state(), prediction.covariance(), KINEMATIC);
    }

    @Override
    public double lastLogDeterminant() {
        return filter.lastInnovationLogDeterminant();
    }

    @Override
    public void update(final Track track, final TrackPrediction prediction, final MeasurementModel measurement) {
        filter.update(measurement, prediction.state(), prediction.covariance(), KINEMATIC);
        keep(track, prediction);
    }
}
