package io.vigil.fusion.engine;

import io.vigil.fusion.trajectory.FlightPhase;
import io.vigil.fusion.trajectory.ImpactEstimate;
import io.vigil.fusion.trajectory.ImpactPredictor;
import io.vigil.fusion.trajectory.LaunchEstimator;

/**
 * One track's trajectory prediction, taken at a maintenance pass and carried out a piece at a
 * time until the next pass reports it: a copy of the estimates it starts from (the track
 * keeps being updated meanwhile) and the launch and impact it finds. Preallocated and reused.
 */
final class PredictionJob {

    /** No launch is estimated. */
    static final int NO_LAUNCH = 0;
    /** The launch is searched back with the boost model from the boost mode's estimate. */
    static final int BOOST_LAUNCH = 1;
    /** The launch is searched back ballistically from the combined estimate. */
    static final int BALLISTIC_LAUNCH = 2;

    private static final int LAUNCHING = 0;
    private static final int IMPACTING = 1;
    private static final int FINISHED = 2;

    long trackId;
    int slot;
    /** The time of the estimate the prediction starts from, ns. */
    long estimateNanos;
    FlightPhase phase;
    /** {@link #NO_LAUNCH}, {@link #BOOST_LAUNCH} or {@link #BALLISTIC_LAUNCH}. */
    int launchKind;
    /** Whether the impact is predicted (not while the object may be thrusting). */
    boolean predictsImpact;
    /** False once the track has ended: nothing is reported. */
    boolean live;
    /** The launch search's start: the boost mode's 9-state or the combined 6-state, and its covariance. */
    final double[] launchState;
    final double[] launchCovariance;
    /** The impact's start: 7-state (position, velocity, kappa) and its covariance. */
    final double[] impactState;
    final double[] impactCovariance;
    final ImpactEstimate launch = new ImpactEstimate();
    final ImpactEstimate impact = new ImpactEstimate();
    private int progress = FINISHED;
    private boolean started;

    PredictionJob(final int launchDimension, final int impactDimension) {
        this.launchState = new double[launchDimension];
        this.launchCovariance = new double[launchDimension * launchDimension];
        this.impactState = new double[impactDimension];
        this.impactCovariance = new double[impactDimension * impactDimension];
    }

    /** The inputs are filled: the job is ready to run. */
    void ready() {
        live = true;
        started = false;
        launch.clear();
        impact.clear();
        progress = launchKind != NO_LAUNCH ? LAUNCHING : predictsImpact ? IMPACTING : FINISHED;
    }

    /**
     * Does the next piece of the job: one propagation step or one refinement of a crossing.
     * The estimators are shared by all jobs, which run one at a time, each to its end.
     *
     * @return true once the job is finished
     */
    boolean step(final LaunchEstimator boostLaunch, final LaunchEstimator ballisticLaunch,
        final ImpactPredictor impacts) {
        if (progress == LAUNCHING) {
            final LaunchEstimator estimator = launchKind == BOOST_LAUNCH ? boostLaunch : ballisticLaunch;
            if (!started) {
                estimator.begin(estimateNanos, launchState, launchCovariance, launch);
                started = true;
            } else if (estimator.step()) {
                started = false;
                progress = predictsImpact ? IMPACTING : FINISHED;
            }
        } else if (progress == IMPACTING) {
            if (!started) {
                impacts.begin(estimateNanos, impactState, impactCovariance, impact);
                started = true;
            } else if (impacts.step()) {
                started = false;
                progress = FINISHED;
            }
        }
        return progress == FINISHED;
    }
}
