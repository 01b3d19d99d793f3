package io.vigil.fusion.samples.metrics;

import io.vigil.fusion.math.ChiSquare;

/**
 * Covariance consistency of the assigned tracks: the average NEES of position and velocity
 * (6 dof) and of position alone (3 dof) over all assigned samples, each with its two-sided
 * 95 % acceptance interval.
 *
 * <p>If the tracker's covariance is right, N independent NEES values of k dof sum to a
 * chi-square variable of N k dof, so their average lies in
 * [chi2(0.025; N k) / N, chi2(0.975; N k) / N] with probability 0.95 (Bar-Shalom, Li and
 * Kirubarajan, "Estimation with Applications to Tracking and Navigation", section 5.4).
 * Samples of one track at successive times are correlated, so over a long scenario the
 * interval is narrower than the average's real spread: an average just outside it is a
 * hint, one far outside (a factor of two) is a verdict. Samples whose covariance is not
 * positive definite are left out and counted.
 */
public final class CovarianceConsistency {

    /** Degrees of freedom of the position-velocity NEES. */
    public static final int STATE_DOF = 6;
    /** Degrees of freedom of the position NEES. */
    public static final int POSITION_DOF = 3;
    /** Probability of the acceptance interval. */
    public static final double CONFIDENCE = 0.95;

    private long samples;
    private double sumNees;
    private long positionSamples;
    private double sumPositionNees;
    private long invalid;

    /** Creates an empty accumulator. */
    CovarianceConsistency() {
    }

    /** Adds one assigned sample's NEES values (NaN: covariance not positive definite). */
    void add(final AssignedSample sample) {
        if (Double.isNaN(sample.nees()) || Double.isNaN(sample.positionNees())) {
            invalid++;
        }
        if (!Double.isNaN(sample.nees())) {
            samples++;
            sumNees += sample.nees();
        }
        if (!Double.isNaN(sample.positionNees())) {
            positionSamples++;
            sumPositionNees += sample.positionNees();
        }
    }

    /**
     * Returns the number of position-velocity NEES samples.
     *
     * @return samples with a positive definite 6 x 6 covariance
     */
    public long samples() {
        return samples;
    }

    /**
     * Returns the number of position NEES samples.
     *
     * @return samples with a positive definite position covariance
     */
    public long positionSamples() {
        return positionSamples;
    }

    /**
     * Returns the number of samples left out for a covariance that is not positive definite.
     *
     * @return samples
     */
    public long invalidCovariances() {
        return invalid;
    }

    /**
     * Returns the average position-velocity NEES; 6 for a consistent tracker.
     *
     * @return the average, NaN if there is no sample
     */
    public double averageNees() {
        return samples == 0 ? Double.NaN : sumNees / samples;
    }

    /**
     * Returns the lower end of the 95 % interval of the average position-velocity NEES.
     *
     * @return chi2(0.025; 6 N) / N, NaN if there is no sample
     */
    public double neesLower() {
        return bound(0.5 * (1.0 - CONFIDENCE), samples, STATE_DOF);
    }

    /**
     * Returns the upper end of the 95 % interval of the average position-velocity NEES.
     *
     * @return chi2(0.975; 6 N) / N, NaN if there is no sample
     */
    public double neesUpper() {
        return bound(0.5 * (1.0 + CONFIDENCE), samples, STATE_DOF);
    }

    /**
     * Returns the average position NEES; 3 for a consistent tracker.
     *
     * @return the average, NaN if there is no sample
     */
    public double averagePositionNees() {
        return positionSamples == 0 ? Double.NaN : sumPositionNees / positionSamples;
    }

    /**
     * Returns the lower end of the 95 % interval of the average position NEES.
     *
     * @return chi2(0.025; 3 N) / N, NaN if there is no sample
     */
    public double positionNeesLower() {
        return bound(0.5 * (1.0 - CONFIDENCE), positionSamples, POSITION_DOF);
    }

    /**
     * Returns the upper end of the 95 % interval of the average position NEES.
     *
     * @return chi2(0.975; 3 N) / N, NaN if there is no sample
     */
    public double positionNeesUpper() {
        return bound(0.5 * (1.0 + CONFIDENCE), positionSamples, POSITION_DOF);
    }

    private static double bound(final double probability, final long count, final int dof) {
        return count == 0 ? Double.NaN : ChiSquare.quantile(probability, (double) count * dof) / count;
    }
}
