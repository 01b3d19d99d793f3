package io.vigil.fusion.engine;

import io.vigil.fusion.filter.ImmEstimate;
import io.vigil.fusion.filter.InteractingMultipleModel;
import io.vigil.fusion.geo.Geodetic;
import io.vigil.fusion.motion.ReentryMotion;
import io.vigil.fusion.track.ImmTrackFilter;
import io.vigil.fusion.track.Track;
import io.vigil.fusion.track.TrackStatus;
import io.vigil.fusion.trajectory.FlightPhase;
import io.vigil.fusion.trajectory.ImpactEstimate;
import io.vigil.fusion.trajectory.ImpactPredictor;
import io.vigil.fusion.trajectory.LaunchEstimator;
import io.vigil.fusion.trajectory.AreaWarnings;
import io.vigil.fusion.trajectory.WarningSink;
import io.vigil.fusion.trajectory.WarningState;

/**
 * The engine's trajectory step, on the fusion thread: for each confirmed track updated since
 * its last prediction, and at most once per configured interval, the flight phase, the launch
 * estimate and (outside boost) the impact prediction, reported through {@link
 * FusionListener#onImpact}.
 *
 * <p>A prediction costs tens to hundreds of microseconds, a plot's fusion a few: run at once,
 * predictions would hold up the plots behind them. A maintenance pass therefore only takes
 * them (copies of the estimates they start from, {@link PredictionJob}); they are carried out
 * a piece of a few microseconds at a time whenever the ring is empty ({@link #work}), and the
 * next pass (100 ms of engine time later) finishes what is left and reports them all, in
 * slot order. What is reported, and where among the other callbacks, is thus a function of
 * the plots alone, however the idle time fell (determinism); a plot that arrives during a
 * piece waits for that piece only.
 *
 * <p>It needs the flight-phase IMM: modes named BOOST (9 states), BALLISTIC (6) and
 * REENTRY (7, kappa last), as {@code FlightModes.standard} builds them; {@link #of} gives
 * null for any other filter, and the engine then predicts no impacts.
 *
 * <p>While the boost mode is more than {@link #MAY_BE_THRUSTING} likely, no impact is
 * predicted and the launch comes from the boost mode. The impact starts from the re-entry mode's own estimate (position, velocity, kappa and
 * their covariance) once that mode knows kappa better than the configured impact prior does
 * (its variance no larger: the object has been seen decelerating for a while), else from the
 * combined kinematic estimate with the impact prior on kappa, uncorrelated with it. Taking the
 * mode's estimate as soon as it had merely halved the sigma of its own wide prior made the
 * impact time of a re-entry vehicle jump by 3 s and its ellipse grow tenfold for the last
 * 35 s of its flight (`trilateral`, seed 1). The IMM's own prior on
 * kappa is wide, to let the re-entry mode follow light debris as well as re-entry vehicles;
 * an impact ellipse drawn from it would be a statement about every object at once, and a
 * Gaussian that wide puts a third of its mass on a negative (pushing) drag. The impact prior
 * describes the threat: re-entry vehicles. The launch is the boost mode's estimate propagated back with
 * the boost model while the track may be thrusting, kept once it has stopped; a track never
 * seen in boost is propagated back ballistically from its combined estimate, with the bias
 * that {@link LaunchEstimator} describes.
 *
 * <p>Allocation-free after construction.
 */
final class TrajectoryStage implements WarningSink {

    private static final int REENTRY_N = 7;
    private static final int BOOST_N = 9;
    private static final int N = InteractingMultipleModel.COMMON;
    /**
     * Above this boost-mode probability the object may still be thrusting: its launch is
     * propagated back with the boost model and no impact is predicted (a ballistic arc
     * through a thrusting state falls short). Measured on `trilateral` (seed 1), against 0.5
     * (the BOOST phase): RMS miss of all impact predictions 71 to 38 km, launch points inside
     * their 95 % ellipse 58 to 93 %, nothing worse.
     */
    private static final double MAY_BE_THRUSTING = 0.1;
    /** The longest flight searched back for a launch, s: an intercontinental missile's. */
    private static final double LAUNCH_HORIZON_S = 3600.0;
    /**
     * The longest boost searched back from a thrusting track, s: longer than any missile's
     * powered flight, so that a track that thrusts (or hovers) without having come from the
     * ground within it is not searched back for an hour at every prediction.
     */
    private static final double BOOST_HORIZON_S = 600.0;
    /**
     * The fewest predictions a maintenance pass may make. A pass makes as many as the
     * confirmed tracks' share of the time since the previous pass (plus one), so that each
     * track is predicted once per interval while no pass stalls the fusion thread with all of
     * them at once; tracks left over stay due and are taken at the next passes.
     */
    static final int MIN_PREDICTIONS_PER_PASS = 4;

    private final ImmTrackFilter filter;
    private final int boost;
    private final int reentry;
    private final long intervalNanos;
    private final double kappaMean;
    private final double kappaSigma;
    /** At or below this variance the re-entry mode knows kappa better than the impact prior. */
    private final double measuredKappaVariance;
    private final ImpactPredictor impacts;
    private final LaunchEstimator boostLaunch;
    private final LaunchEstimator ballisticLaunch;
    private final ImpactView view = new ImpactView();
    private final AreaWarnings warnings;
    private final WarningView warningView;
    private final FusionListener listener;
    private final EngineCounters counters;
    /** The engine's time of the step being run, for the warning events. */
    private long clockNanos;
    /** Predictions left in the current maintenance pass. */
    private int budget;
    /** The engine time of the previous maintenance pass. */
    private long lastPassNanos = Long.MIN_VALUE;
    private final double[] geodetic = new double[3];
    /**
     * The predictions taken at the last pass, in slot order; those before {@code running} are
     * finished. At most one per slot, so one per track the table can hold.
     */
    private final PredictionJob[] jobs;
    private int queued;
    private int running;
    /** Per slot: the index of its queued job, or -1. */
    private final int[] jobOfSlot;
    /** Per slot: the track id the slot's values belong to (0: none). */
    private final long[] owner;
    /** Per slot: the track's plot count at its last prediction (a late plot re-processed counts too). */
    private final int[] predictedHits;
    private final long[] predictedClockNanos;
    private final boolean[] hasLaunch;
    private final boolean[] launchFromBoost;
    private final long[] launchNanos;
    private final double[] launchLatitude;
    private final double[] launchLongitude;
    private final double[] launchMajor;
    private final double[] launchMinor;
    private final double[] launchOrientation;

    private TrajectoryStage(final ImmTrackFilter filter, final int boost, final int ballistic, final int reentry,
        final EngineConfiguration config, final EngineCounters counters) {
        this.filter = filter;
        this.listener = config.listener;
        this.counters = counters;
        this.boost = boost;
        this.reentry = reentry;
        this.intervalNanos = config.impactIntervalNanos;
        this.kappaMean = config.impactKappaMean;
        this.kappaSigma = config.impactKappaSigma;
        this.measuredKappaVariance = kappaSigma * kappaSigma;
        final InteractingMultipleModel imm = filter.imm();
        this.impacts = ImpactPredictor.standard(config.impactMethod, config.surfaceHeightM);
        this.boostLaunch = new LaunchEstimator(imm.mode(boost).motion(), config.surfaceHeightM, BOOST_HORIZON_S);
        this.ballisticLaunch = new LaunchEstimator(imm.mode(ballistic).motion(), config.surfaceHeightM,
            LAUNCH_HORIZON_S);
        final int slots = config.maxTracks;
        this.jobs = new PredictionJob[slots];
        for (int k = 0; k < slots; k++) {
            jobs[k] = new PredictionJob(BOOST_N, REENTRY_N);
        }
        this.jobOfSlot = new int[slots];
        java.util.Arrays.fill(jobOfSlot, -1);
        this.warnings = new AreaWarnings(config.areaIds.length, slots, config.warningRaise, config.warningClear);
        this.warningView = new WarningView(config.areaIds);
        this.owner = new long[slots];
        this.predictedHits = new int[slots];
        this.predictedClockNanos = new long[slots];
        this.hasLaunch = new boolean[slots];
        this.launchFromBoost = new boolean[slots];
        this.launchNanos = new long[slots];
        this.launchLatitude = new double[slots];
        this.launchLongitude = new double[slots];
        this.launchMajor = new double[slots];
        this.launchMinor = new double[slots];
        this.launchOrientation = new double[slots];
        for (int a = 0; a < config.areaIds.length; a++) {
            warnings.set(a, config.areaLatitudeRad[a], config.areaLongitudeRad[a], config.areaRadiusM[a], this);
        }
    }

    /**
     * Builds the stage for a filter, or returns null if the filter is not the flight-phase
     * IMM or impact prediction is off.
     */
    static TrajectoryStage of(final Object filter, final EngineConfiguration config, final EngineCounters counters) {
        if (!config.impacts || !(filter instanceof ImmTrackFilter)) {
            return null;
        }
        final ImmTrackFilter imm = (ImmTrackFilter) filter;
        final int boost = mode(imm.imm(), "BOOST", BOOST_N);
        final int ballistic = mode(imm.imm(), "BALLISTIC", N);
        final int reentry = mode(imm.imm(), "REENTRY", REENTRY_N);
        if (boost < 0 || ballistic < 0 || reentry < 0) {
            return null;
        }
        return new TrajectoryStage(imm, boost, ballistic, reentry, config, counters);
    }

    private static int mode(final InteractingMultipleModel imm, final String name, final int dimension) {
        for (int j = 0; j < imm.modes(); j++) {
            if (imm.mode(j).name().equals(name) && imm.mode(j).dimension() == dimension) {
                return j;
            }
        }
        return -1;
    }

    /**
     * Starts a maintenance pass: reports the predictions taken at the previous pass (finishing
     * what idle time left of them), then sets how many tracks this pass may predict: the
     * confirmed tracks' share of the engine time since the previous pass (plus one, at least
     * {@link #MIN_PREDICTIONS_PER_PASS}), so that every track can be predicted once per
     * interval however far apart the passes are (a pass needs a plot or a tick).
     *
     * @param confirmedTracks the live CONFIRMED and COASTING tracks
     * @param clockNanos the engine's time
     */
    void beginPass(final long confirmedTracks, final long clockNanos) {
        deliver(true, clockNanos);
        if (intervalNanos == 0 || lastPassNanos == Long.MIN_VALUE) {
            budget = Integer.MAX_VALUE;
        } else {
            final double share = (double) confirmedTracks * (clockNanos - lastPassNanos) / intervalNanos;
            budget = (int) Math.min(Integer.MAX_VALUE, Math.max(MIN_PREDICTIONS_PER_PASS, Math.ceil(share) + 1));
        }
        lastPassNanos = clockNanos;
    }

    /**
     * Carries the predictions forward by one piece (one propagation step or one refinement of
     * a crossing: a few microseconds), for the fusion thread's idle time. How the pieces fall
     * between plots changes nothing reported: the predictions start from copies taken at the
     * pass and are reported at the next one.
     *
     * @return true if work is left
     */
    boolean work() {
        if (running < queued) {
            final PredictionJob job = jobs[running];
            if (!job.live) {
                running++;
            } else {
                try {
                    if (job.step(boostLaunch, ballisticLaunch, impacts)) {
                        running++;
                    }
                } catch (final RuntimeException e) {
                    // A propagation that throws is a fault of the model on this state; the
                    // prediction is given up (counted) rather than retried at every turn.
                    job.live = false;
                    running++;
                    counters.incrementPredictionsFailed();
                }
            }
        }
        return running < queued;
    }

    /**
     * Finishes the predictions taken at the last pass and reports them in the order they were
     * taken (slot order), skipping those of tracks that have ended since.
     *
     * @param atPass true at a maintenance pass (plots may be waiting behind it), false at shutdown
     * @param clockNanos the engine's time
     */
    void deliver(final boolean atPass, final long clockNanos) {
        this.clockNanos = clockNanos;
        if (atPass) {
            long unfinished = 0;
            for (int k = running; k < queued; k++) {
                if (jobs[k].live) {
                    unfinished++;
                }
            }
            if (unfinished > 0) {
                counters.addPredictionsFinishedAtPass(unfinished);
            }
        }
        while (work()) {
            // the rest of the predictions, now: the pass reports them all
        }
        // The queue is emptied before any report, so that a report that throws loses its
        // pass's remaining predictions but can never repeat one or stall later passes.
        final int taken = queued;
        queued = 0;
        running = 0;
        for (int k = 0; k < taken; k++) {
            jobOfSlot[jobs[k].slot] = -1;
        }
        for (int k = 0; k < taken; k++) {
            if (jobs[k].live) {
                report(jobs[k]);
            }
        }
    }

    /**
     * Returns the probability that a track is thrusting (its boost mode's).
     *
     * @param track a live track
     * @return [0, 1]
     */
    double boostProbability(final Track track) {
        return filter.probability(track, boost);
    }

    /**
     * Takes a track's launch and impact prediction if it is confirmed, has been updated since
     * its last prediction, that prediction is at least the interval old and the pass has
     * budget left; the next pass reports it. Clears the track's warnings whose impact time has
     * passed.
     *
     * @param track a live track
     * @param clockNanos the engine's time
     */
    void refresh(final Track track, final long clockNanos) {
        final int slot = track.slot();
        this.clockNanos = clockNanos;
        if (owner[slot] == track.id()) {
            warnings.expire(slot, clockNanos, this);
        } else {
            owner[slot] = track.id();
            predictedHits[slot] = -1;
            predictedClockNanos[slot] = Long.MIN_VALUE;
            hasLaunch[slot] = false;
            launchFromBoost[slot] = false;
        }
        if (budget == 0 || track.status() != TrackStatus.CONFIRMED && track.status() != TrackStatus.COASTING
            || track.hits() == predictedHits[slot]
            || predictedClockNanos[slot] != Long.MIN_VALUE && clockNanos - predictedClockNanos[slot] < intervalNanos) {
            return;
        }
        predictedHits[slot] = track.hits();
        predictedClockNanos[slot] = clockNanos;
        budget--;
        take(track, slot);
    }

    /** Queues a track's prediction, from copies of its estimates (see the class comment). */
    private void take(final Track track, final int slot) {
        final ImmEstimate estimate = filter.estimate(track);
        final PredictionJob job = jobs[queued];
        jobOfSlot[slot] = queued++;
        counters.addPredictions(1);
        job.trackId = track.id();
        job.slot = slot;
        job.estimateNanos = track.timeNanos();
        final double boosting = boostProbability(track);
        Geodetic.fromEcef(track.state()[0], track.state()[1], track.state()[2], geodetic);
        job.phase = FlightPhase.of(boosting, geodetic, track.state());
        if (boosting > MAY_BE_THRUSTING) {
            job.launchKind = PredictionJob.BOOST_LAUNCH;
            job.predictsImpact = false;
            modeEstimate(estimate, boost, BOOST_N, job.launchState, job.launchCovariance);
            job.ready();
            return;
        }
        // Propagated back ballistically through drag, a re-entering state's arc is far too
        // short: the launch estimated before re-entry is kept.
        if (!launchFromBoost[slot] && !(job.phase == FlightPhase.REENTRY && hasLaunch[slot])) {
            job.launchKind = PredictionJob.BALLISTIC_LAUNCH;
            System.arraycopy(track.state(), 0, job.launchState, 0, N);
            estimate.copyCovariance(job.launchCovariance);
        } else {
            job.launchKind = PredictionJob.NO_LAUNCH;
        }
        job.predictsImpact = true;
        impactState(estimate, track.state(), job.impactState, job.impactCovariance);
        job.ready();
    }

    /** Reports a finished prediction: keeps its launch, calls onImpact, evaluates the areas. */
    private void report(final PredictionJob job) {
        final int slot = job.slot;
        if (job.launchKind != PredictionJob.NO_LAUNCH) {
            keepLaunch(slot, job.launchKind == PredictionJob.BOOST_LAUNCH, job.launch);
        }
        final ImpactEstimate impact = job.impact;
        if (!job.predictsImpact || !impact.valid()) {
            return;
        }
        view.bind(job.trackId, clockNanos, job.estimateNanos, job.phase, impact);
        if (hasLaunch[slot]) {
            view.launch(launchFromBoost[slot], launchNanos[slot], launchLatitude[slot], launchLongitude[slot],
                launchMajor[slot], launchMinor[slot], launchOrientation[slot]);
        }
        try {
            listener.onImpact(view);
        } catch (final RuntimeException e) {
            counters.incrementListenerExceptions();
        }
        // Predicted from the last update, an impact can already be behind the clock: it
        // warns no one (expire clears what it had raised).
        if (impact.crossingNanos() > clockNanos) {
            warnings.evaluate(slot, impact, this);
        }
    }

    /**
     * A track has ended: its raised warnings are CLEARED.
     *
     * @param track the track being dropped
     * @param clockNanos the engine's time
     */
    void dropped(final Track track, final long clockNanos) {
        final int job = jobOfSlot[track.slot()];
        if (job >= 0) {
            jobs[job].live = false;
        }
        if (owner[track.slot()] == track.id()) {
            this.clockNanos = clockNanos;
            warnings.clearTrack(track.slot(), this);
        }
    }

    /**
     * Applies a valid defended-area change ({@link AreaWarnings#valid}).
     */
    void area(final int index, final double latitudeRad, final double longitudeRad, final double radiusM,
        final long clockNanos) {
        this.clockNanos = clockNanos;
        warnings.set(index, latitudeRad, longitudeRad, radiusM, this);
    }

    @Override
    public void onWarning(final int area, final int slot, final WarningState state, final double probability,
        final long impactTimeNanos) {
        warningView.bind(area, owner[slot], state, probability, clockNanos, impactTimeNanos);
        try {
            listener.onWarning(warningView);
        } catch (final RuntimeException e) {
            counters.incrementListenerExceptions();
        }
    }

    private void keepLaunch(final int slot, final boolean fromBoost, final ImpactEstimate launch) {
        if (!launch.valid()) {
            return;
        }
        hasLaunch[slot] = true;
        launchFromBoost[slot] = fromBoost;
        launchNanos[slot] = launch.crossingNanos();
        launchLatitude[slot] = launch.latitudeRad();
        launchLongitude[slot] = launch.longitudeRad();
        launchMajor[slot] = launch.ellipse().semiMajor95M();
        launchMinor[slot] = launch.ellipse().semiMinor95M();
        launchOrientation[slot] = launch.ellipse().orientationRad();
    }

    /** The 7-state the impact is predicted from (see the class comment). */
    private void impactState(final ImmEstimate estimate, final double[] combined, final double[] reentryState,
        final double[] reentryCovariance) {
        final int kappa = ReentryMotion.INVERSE_BALLISTIC_COEFFICIENT;
        final double kappaVariance = estimate.modeCovariance(reentry, kappa, kappa);
        if (kappaVariance > 0.0 && kappaVariance <= measuredKappaVariance) {
            modeEstimate(estimate, reentry, REENTRY_N, reentryState, reentryCovariance);
            return;
        }
        java.util.Arrays.fill(reentryCovariance, 0.0);
        for (int i = 0; i < N; i++) {
            reentryState[i] = combined[i];
            for (int j = 0; j < N; j++) {
                reentryCovariance[i * REENTRY_N + j] = estimate.covariance(i, j);
            }
        }
        reentryState[kappa] = kappaMean;
        reentryCovariance[kappa * REENTRY_N + kappa] = kappaSigma * kappaSigma;
    }

    private static void modeEstimate(final ImmEstimate estimate, final int mode, final int n, final double[] state,
        final double[] covariance) {
        for (int i = 0; i < n; i++) {
            state[i] = estimate.modeState(mode, i);
            for (int j = 0; j < n; j++) {
                covariance[i * n + j] = estimate.modeCovariance(mode, i, j);
            }
        }
    }
}
