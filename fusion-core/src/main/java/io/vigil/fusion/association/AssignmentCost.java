package io.vigil.fusion.association;

/**
 * The cost of a gated (plot, track) pair for {@link ScanAssignment}: the negative
 * log-likelihood ratio of "the plot comes from the track" against "the plot is new or false
 * and the track is not detected",
 * <pre>
 *   cost = NIS / 2 + (ln det S) / 2 + (m / 2) ln(2 pi) - ln P_D + ln beta + ln(1 - P_D P_G)
 * </pre>
 * for an innovation of dimension m with covariance S, where P_D is the sensor's detection
 * probability, P_G the gate probability and beta = beta_NT + beta_FA the spatial density of
 * new targets' and false plots per unit volume of the sensor's measurement space (for a
 * radar plot (range, azimuth, elevation): per m rad^2; with range rate, per m rad^2 m/s),
 * the units in which det S is taken (Blackman and Popoli, "Design and Analysis of Modern
 * Tracking Systems", Artech House, 1999, ch. 6). The derivation is in {@link ScanAssignment}.
 * Everything but NIS and ln det S is a constant of the sensor, computed here once per
 * measurement dimension, so a cost takes one multiply-add.
 *
 * <p>One instance per sensor (its P_D and density); immutable, allocation-free.
 */
public final class AssignmentCost {

    private static final double LOG_TWO_PI = StrictMath.log(2.0 * Math.PI);

    private final double[] offsets;

    /**
     * Creates the cost of one sensor.
     *
     * @param detectionProbability P_D, in (0, 1]
     * @param gateProbability P_G, in (0, 1], with P_D P_G &lt; 1
     * @param newOrFalseDensity beta = beta_NT + beta_FA, per unit volume of the measurement
     *     space, &gt; 0 and finite
     * @param maxMeasurementDimension the largest m the sensor's plots have, &gt;= 1
     * @throws IllegalArgumentException if a value is out of range
     */
    public AssignmentCost(final double detectionProbability, final double gateProbability,
        final double newOrFalseDensity, final int maxMeasurementDimension) {
        if (!(detectionProbability > 0.0 && detectionProbability <= 1.0)) {
            throw new IllegalArgumentException("detection probability must be in (0, 1], got " + detectionProbability);
        }
        if (!(gateProbability > 0.0 && gateProbability <= 1.0) || detectionProbability * gateProbability >= 1.0) {
            throw new IllegalArgumentException("gate probability must be in (0, 1] with P_D P_G < 1, got P_G = "
                + gateProbability + ", P_D = " + detectionProbability);
        }
        if (!(newOrFalseDensity > 0.0 && Double.isFinite(newOrFalseDensity))) {
            throw new IllegalArgumentException("new-or-false density must be finite and > 0, got " + newOrFalseDensity);
        }
        if (maxMeasurementDimension < 1) {
            throw new IllegalArgumentException("measurement dimension must be >= 1, got " + maxMeasurementDimension);
        }
        final double constant = StrictMath.log(newOrFalseDensity) - StrictMath.log(detectionProbability)
            + StrictMath.log1p(-detectionProbability * gateProbability);
        this.offsets = new double[maxMeasurementDimension + 1];
        for (int m = 1; m <= maxMeasurementDimension; m++) {
            offsets[m] = 0.5 * m * LOG_TWO_PI + constant;
        }
    }

    /**
     * Returns the cost of a pair.
     *
     * @param nis the normalised innovation squared y^T S^-1 y of the plot against the track
     *     predicted to the plot's time
     * @param logDetS ln det S, S in the measurement's units
     * @param measurementDimension m, 1 .. the maximum given at construction
     * @return the cost, dimensionless; negative when the pair is more likely than "new or false"
     */
    public double cost(final double nis, final double logDetS, final int measurementDimension) {
        return 0.5 * (nis + logDetS) + offsets[measurementDimension];
    }

    /**
     * Returns the part of the cost that does not depend on the pair:
     * (m / 2) ln(2 pi) - ln P_D + ln beta + ln(1 - P_D P_G).
     *
     * @param measurementDimension m, 1 .. the maximum given at construction
     * @return the constant, dimensionless
     */
    public double offset(final int measurementDimension) {
        return offsets[measurementDimension];
    }
}
