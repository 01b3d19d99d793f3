package io.vigil.fusion.samples.accuracy;

import static io.vigil.fusion.samples.accuracy.ReentryScenario.H;
import static io.vigil.fusion.samples.accuracy.ReentryScenario.KINEMATIC;
import static io.vigil.fusion.samples.accuracy.ReentryScenario.X;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Monte Carlo error statistics of one tracker, per scan: the sums over runs of the squared
 * position error, of the normalised estimation error squared (NEES, e^T P^-1 e over the four
 * kinematic states) and of the squared ln beta error. A run is scored scan by scan into a
 * buffer and added to the sums only when it completes: a run whose filter breaks down (a
 * covariance that is not positive definite, a non-finite estimate) is counted as a failure
 * and left out, rather than leaving half a run in the sums.
 */
final class TrackerScore {

    private final int scans;
    private final double[] squaredPosition;
    private final double[] nees;
    private final double[] squaredLogBeta;
    private final double[] runSquaredPosition;
    private final double[] runNees;
    private final double[] runSquaredLogBeta;
    private final DMatrixRMaj covariance = new DMatrixRMaj(KINEMATIC, KINEMATIC);
    private final DMatrixRMaj error = new DMatrixRMaj(KINEMATIC, 1);
    private final DMatrixRMaj whitened = new DMatrixRMaj(KINEMATIC, 1);
    private final LinearSolverDense<DMatrixRMaj> cholesky = LinearSolverFactory_DDRM.symmPosDef(KINEMATIC);
    private int runs;
    private int failures;

    /**
     * @param scans number of scored scans, including t = 0
     */
    TrackerScore(final int scans) {
        this.scans = scans;
        squaredPosition = new double[scans];
        nees = new double[scans];
        squaredLogBeta = new double[scans];
        runSquaredPosition = new double[scans];
        runNees = new double[scans];
        runSquaredLogBeta = new double[scans];
    }

    /**
     * Scores one scan of the current run.
     *
     * @param scan scan index
     * @param truth true state [x, xdot, h, hdot]
     * @param state estimate, same layout
     * @param estimateCovariance its 4 x 4 covariance, row-major
     * @param logBetaError estimated minus true ln beta (NaN if the tracker does not estimate it)
     * @return false if the estimate is unusable (non-finite, or covariance not positive definite)
     */
    boolean score(final int scan, final double[] truth, final double[] state, final double[] estimateCovariance,
        final double logBetaError) {
        for (int i = 0; i < KINEMATIC; i++) {
            error.data[i] = state[i] - truth[i];
        }
        System.arraycopy(estimateCovariance, 0, covariance.data, 0, KINEMATIC * KINEMATIC);
        if (!cholesky.setA(covariance)) {
            return false;
        }
        cholesky.solve(error, whitened);
        double value = 0.0;
        for (int i = 0; i < KINEMATIC; i++) {
            value += error.data[i] * whitened.data[i];
        }
        final double position = error.data[X] * error.data[X] + error.data[H] * error.data[H];
        if (!Double.isFinite(value) || !Double.isFinite(position)) {
            return false;
        }
        runSquaredPosition[scan] = position;
        runNees[scan] = value;
        runSquaredLogBeta[scan] = logBetaError * logBetaError;
        return true;
    }

    /** Adds the current run to the sums. */
    void commitRun() {
        for (int k = 0; k < scans; k++) {
            squaredPosition[k] += runSquaredPosition[k];
            nees[k] += runNees[k];
            squaredLogBeta[k] += runSquaredLogBeta[k];
        }
        runs++;
    }

    /** Drops the current run and counts a failure. */
    void failRun() {
        failures++;
    }

    /** @return runs added to the sums */
    int runs() {
        return runs;
    }

    /** @return runs dropped because the filter broke down */
    int failures() {
        return failures;
    }

    /**
     * @param scan scan index
     * @return the position RMSE sqrt(mean(ex^2 + eh^2)) over the completed runs, m
     */
    double positionRmse(final int scan) {
        return Math.sqrt(squaredPosition[scan] / runs);
    }

    /**
     * @param scan scan index
     * @return the NEES averaged over the completed runs (4 is consistent)
     */
    double averageNees(final int scan) {
        return nees[scan] / runs;
    }

    /**
     * @param scan scan index
     * @return the RMS error of ln beta (NaN if not estimated), dimensionless (relative error of beta)
     */
    double logBetaRmse(final int scan) {
        return Math.sqrt(squaredLogBeta[scan] / runs);
    }
}
