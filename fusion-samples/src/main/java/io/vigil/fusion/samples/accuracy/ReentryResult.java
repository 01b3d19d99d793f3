package io.vigil.fusion.samples.accuracy;

import java.util.List;

/**
 * What one run of the {@link ReentryBenchmark} measured, per scan k = 0..STEPS (t = 2k s):
 * the posterior Cramer-Rao position bound with beta known, and for every tracker its position
 * RMSE, its average NEES over the four kinematic states, and, where it estimates beta, the
 * RMS error of ln beta. Scan 0 is the prior, before any plot.
 */
public final class ReentryResult {

    private final int runs;
    private final int boundTrajectories;
    private final long seed;
    private final double[] positionBound;
    private final List<String> trackers;
    private final double[][] rmse;
    private final double[][] nees;
    private final double[][] logBetaRmse;
    private final int[] failures;
    private final double neesLower;
    private final double neesUpper;

    ReentryResult(
        final int runs, final int boundTrajectories, final long seed, final double[] positionBound,
        final List<String> trackers, final double[][] rmse, final double[][] nees, final double[][] logBetaRmse,
        final int[] failures, final double neesLower, final double neesUpper) {
        this.runs = runs;
        this.boundTrajectories = boundTrajectories;
        this.seed = seed;
        this.positionBound = positionBound;
        this.trackers = List.copyOf(trackers);
        this.rmse = rmse;
        this.nees = nees;
        this.logBetaRmse = logBetaRmse;
        this.failures = failures;
        this.neesLower = neesLower;
        this.neesUpper = neesUpper;
    }

    /** @return Monte Carlo runs of the filters */
    public int runs() {
        return runs;
    }

    /** @return true trajectories averaged over in the bound */
    public int boundTrajectories() {
        return boundTrajectories;
    }

    /** @return the seed the run was made with */
    public long seed() {
        return seed;
    }

    /** @return number of scans including t = 0, STEPS + 1 */
    public int scans() {
        return positionBound.length;
    }

    /**
     * @param scan scan index
     * @return its time, s
     */
    public double timeSeconds(final int scan) {
        return ReentryScenario.timeSeconds(scan);
    }

    /**
     * @param scan scan index
     * @return the PCRLB on the position RMSE (beta known), m
     */
    public double positionBound(final int scan) {
        return positionBound[scan];
    }

    /** @return tracker labels, in index order */
    public List<String> trackers() {
        return trackers;
    }

    /**
     * @param tracker tracker label
     * @return its index
     */
    public int tracker(final String tracker) {
        final int index = trackers.indexOf(tracker);
        if (index < 0) {
            throw new IllegalArgumentException("no tracker " + tracker + " in " + trackers);
        }
        return index;
    }

    /**
     * @param tracker tracker index
     * @param scan scan index
     * @return position RMSE over the runs, m
     */
    public double positionRmse(final int tracker, final int scan) {
        return rmse[tracker][scan];
    }

    /**
     * @param tracker tracker index
     * @param scan scan index
     * @return NEES (4 kinematic states) averaged over the runs; 4 when consistent
     */
    public double averageNees(final int tracker, final int scan) {
        return nees[tracker][scan];
    }

    /**
     * @param tracker tracker index
     * @param scan scan index
     * @return RMS error of the ln beta estimate (about the relative error of beta), or NaN
     *     if the tracker is given beta
     */
    public double logBetaRmse(final int tracker, final int scan) {
        return logBetaRmse[tracker][scan];
    }

    /**
     * @param tracker tracker index
     * @return runs left out because the filter broke down
     */
    public int failures(final int tracker) {
        return failures[tracker];
    }

    /** @return lower two-sided 95 % bound of a scan's average NEES: chi2inv(0.025, 4N) / N */
    public double neesLower() {
        return neesLower;
    }

    /** @return upper two-sided 95 % bound of a scan's average NEES: chi2inv(0.975, 4N) / N */
    public double neesUpper() {
        return neesUpper;
    }
}
