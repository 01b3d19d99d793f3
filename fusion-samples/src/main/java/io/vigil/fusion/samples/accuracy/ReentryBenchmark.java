package io.vigil.fusion.samples.accuracy;

import static io.vigil.fusion.samples.accuracy.ReentryScenario.KINEMATIC;
import static io.vigil.fusion.samples.accuracy.ReentryScenario.STEPS;
import static io.vigil.fusion.samples.accuracy.ReentryScenario.STEP_SECONDS;

import io.vigil.fusion.filter.CovarianceException;
import io.vigil.fusion.filter.ExtendedKalmanFilter;
import io.vigil.fusion.filter.UnscentedKalmanFilter;
import io.vigil.fusion.math.ChiSquare;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The re-entry benchmark of Farina, Ristic and Benvenuti (IEEE Trans. AES 38(3), 2002) run
 * with Vigil's filters: Monte Carlo runs of an EKF and a UKF that know beta, of an EKF and a
 * UKF that estimate u = ln beta as a fifth state, and of Vigil's IMM over three betas,
 * scored against the posterior Cramer-Rao bound for known beta
 * ({@link PosteriorCramerRaoBound}).
 *
 * <p>Deterministic: a seed fixes every trajectory, plot and result. The filter runs and the
 * bound's trajectories draw from two independent streams split from the seed, and every run
 * from its own stream split in order, so changing the number of bound trajectories does not
 * change the filter runs.
 */
public final class ReentryBenchmark {

    /** Label of the EKF with beta known. */
    public static final String EKF = "EKF";
    /** Label of the UKF with beta known. */
    public static final String UKF = "UKF";
    /** Label of the EKF estimating ln beta. */
    public static final String EKF_LOG_BETA = "EKF ln beta";
    /** Label of the UKF estimating ln beta. */
    public static final String UKF_LOG_BETA = "UKF ln beta";
    /** Label of the IMM over {@link #IMM_BETAS}. */
    public static final String IMM = "IMM";

    /**
     * Prior mean of beta for the filters that estimate it, kg m^-1 s^-2: the geometric mean
     * of 1e4 and 5e4 (22,361), so the prior knows the span of plausible values, not 40,000.
     */
    public static final double PRIOR_BETA = Math.sqrt(1e4 * 5e4);
    /**
     * Prior standard deviation of ln beta: ln(5) / 2 = 0.80, which puts 1e4 and 5e4 at
     * minus and plus one sigma; the true 40,000 is 0.72 sigma above the mean.
     */
    public static final double PRIOR_LOG_BETA_SIGMA = 0.5 * StrictMath.log(5.0);
    /** Betas of the IMM's modes, kg m^-1 s^-2 (none of them the true 40,000). */
    private static final double[] IMM_BETAS = {1e4, 3e4, 5e4};

    private final int runs;
    private final int boundTrajectories;
    private final long seed;
    private final double maxSubstepSeconds;

    /**
     * @param runs Monte Carlo runs of the filters, >= 1
     * @param boundTrajectories true trajectories for the bound's expectations, >= 1
     * @param seed the seed of every random draw
     */
    public ReentryBenchmark(final int runs, final int boundTrajectories, final long seed) {
        this(runs, boundTrajectories, seed, PlanarReentryMotion.DEFAULT_MAX_SUBSTEP_SECONDS);
    }

    ReentryBenchmark(final int runs, final int boundTrajectories, final long seed, final double maxSubstepSeconds) {
        if (runs < 1 || boundTrajectories < 1) {
            throw new IllegalArgumentException("need at least one run and one bound trajectory, got "
                + runs + " and " + boundTrajectories);
        }
        this.runs = runs;
        this.boundTrajectories = boundTrajectories;
        this.seed = seed;
        this.maxSubstepSeconds = maxSubstepSeconds;
    }

    /**
     * Runs the benchmark.
     *
     * @return per-scan bound, RMSE and NEES
     */
    public ReentryResult run() {
        final SplittableRandom root = new SplittableRandom(seed);
        final SplittableRandom filterStream = root.split();
        final SplittableRandom boundStream = root.split();
        final ReentrySimulator simulator = new ReentrySimulator(maxSubstepSeconds);

        final List<double[][]> boundTruths = new ArrayList<>(boundTrajectories);
        for (int i = 0; i < boundTrajectories; i++) {
            boundTruths.add(simulator.trajectory(boundStream.split()));
        }
        final double[][] inverseInformation =
            PosteriorCramerRaoBound.inverseInformation(boundTruths, maxSubstepSeconds);
        final double[] bound = new double[STEPS + 1];
        for (int k = 0; k <= STEPS; k++) {
            bound[k] = PosteriorCramerRaoBound.positionBound(inverseInformation[k]);
        }

        final List<PlanarTracker> trackers = trackers(maxSubstepSeconds);
        final List<TrackerScore> scores = new ArrayList<>();
        for (int t = 0; t < trackers.size(); t++) {
            scores.add(new TrackerScore(STEPS + 1));
        }
        final RangeElevationMeasurement plot =
            new RangeElevationMeasurement(ReentryScenario.RANGE_SIGMA_M, ReentryScenario.ELEVATION_SIGMA_RAD);
        final double trueLogBeta = StrictMath.log(ReentryScenario.BALLISTIC_COEFFICIENT);
        final double[] state = new double[KINEMATIC];
        final double[] covariance = new double[KINEMATIC * KINEMATIC];
        for (int r = 0; r < runs; r++) {
            final SplittableRandom random = filterStream.split();
            final double[][] truth = simulator.trajectory(random);
            final double[][] z = ReentrySimulator.measurements(truth, random);
            for (int t = 0; t < trackers.size(); t++) {
                final PlanarTracker tracker = trackers.get(t);
                final TrackerScore score = scores.get(t);
                boolean healthy;
                try {
                    tracker.start();
                    tracker.estimate(state, covariance);
                    healthy = score.score(0, truth[0], state, covariance, tracker.logBallisticCoefficient() - trueLogBeta);
                    for (int k = 1; k <= STEPS && healthy; k++) {
                        tracker.step(STEP_SECONDS, plot.set(z[k][RangeElevationMeasurement.RANGE],
                            z[k][RangeElevationMeasurement.ELEVATION]));
                        tracker.estimate(state, covariance);
                        healthy = score.score(k, truth[k], state, covariance,
                            tracker.logBallisticCoefficient() - trueLogBeta);
                    }
                } catch (final CovarianceException e) {
                    healthy = false;
                }
                if (healthy) {
                    score.commitRun();
                } else {
                    score.failRun();
                }
            }
        }

        final List<String> names = new ArrayList<>();
        final double[][] rmse = new double[trackers.size()][STEPS + 1];
        final double[][] nees = new double[trackers.size()][STEPS + 1];
        final double[][] logBeta = new double[trackers.size()][STEPS + 1];
        final int[] failures = new int[trackers.size()];
        for (int t = 0; t < trackers.size(); t++) {
            names.add(trackers.get(t).name());
            final TrackerScore score = scores.get(t);
            failures[t] = score.failures();
            for (int k = 0; k <= STEPS; k++) {
                rmse[t][k] = score.positionRmse(k);
                nees[t][k] = score.averageNees(k);
                logBeta[t][k] = score.logBetaRmse(k);
            }
        }
        // The average of N independent NEES values of 4 dof is chi-square(4N) / N.
        final double dof = KINEMATIC * (double) runs;
        return new ReentryResult(runs, boundTrajectories, seed, bound, names, rmse, nees, logBeta, failures,
            ChiSquare.quantile(0.025, dof) / runs, ChiSquare.quantile(0.975, dof) / runs);
    }

    /** The filter configurations, each with its own filter instance and models. */
    private static List<PlanarTracker> trackers(final double maxSubstepSeconds) {
        final double q = ReentryScenario.PROCESS_NOISE_INTENSITY;
        final double[] mean = ReentryScenario.priorMean();
        final double[] covariance = ReentryScenario.priorCovariance();
        final double[] augmentedMean = new double[KINEMATIC + 1];
        final double[] augmentedCovariance = new double[(KINEMATIC + 1) * (KINEMATIC + 1)];
        System.arraycopy(mean, 0, augmentedMean, 0, KINEMATIC);
        augmentedMean[KINEMATIC] = StrictMath.log(PRIOR_BETA);
        for (int a = 0; a < KINEMATIC; a++) {
            System.arraycopy(covariance, a * KINEMATIC, augmentedCovariance, a * (KINEMATIC + 1), KINEMATIC);
        }
        augmentedCovariance[(KINEMATIC + 1) * (KINEMATIC + 1) - 1] = PRIOR_LOG_BETA_SIGMA * PRIOR_LOG_BETA_SIGMA;
        final List<PlanarTracker> trackers = new ArrayList<>();
        trackers.add(new GaussianTracker(EKF, new ExtendedKalmanFilter(KINEMATIC, 2),
            PlanarReentryMotion.knownBeta(ReentryScenario.BALLISTIC_COEFFICIENT, q, maxSubstepSeconds), mean, covariance));
        trackers.add(new GaussianTracker(UKF, new UnscentedKalmanFilter(KINEMATIC, 2),
            PlanarReentryMotion.knownBeta(ReentryScenario.BALLISTIC_COEFFICIENT, q, maxSubstepSeconds), mean, covariance));
        // Beta is constant in truth, so no random walk on ln beta.
        trackers.add(new GaussianTracker(EKF_LOG_BETA, new ExtendedKalmanFilter(KINEMATIC + 1, 2),
            PlanarReentryMotion.logBeta(q, 0.0, maxSubstepSeconds), augmentedMean, augmentedCovariance));
        trackers.add(new GaussianTracker(UKF_LOG_BETA, new UnscentedKalmanFilter(KINEMATIC + 1, 2),
            PlanarReentryMotion.logBeta(q, 0.0, maxSubstepSeconds), augmentedMean, augmentedCovariance));
        trackers.add(new ImmTracker(IMM, IMM_BETAS, q, maxSubstepSeconds, mean, covariance));
        return trackers;
    }
}
