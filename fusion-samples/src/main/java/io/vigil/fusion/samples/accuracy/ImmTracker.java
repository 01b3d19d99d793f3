package io.vigil.fusion.samples.accuracy;

import static io.vigil.fusion.samples.accuracy.ReentryScenario.KINEMATIC;

import io.vigil.fusion.filter.ExtendedKalmanFilter;
import io.vigil.fusion.filter.ImmEstimate;
import io.vigil.fusion.filter.ImmMode;
import io.vigil.fusion.filter.InteractingMultipleModel;

/**
 * Vigil's {@link InteractingMultipleModel} over a set of ballistic coefficients, one EKF mode
 * per beta, each mode the four-state model padded to six states ({@link SixStatePadding}).
 *
 * <p>Beta is constant in truth, but the true 40,000 is none of the modes' betas, so the modes
 * have to mix: a switching rate of {@link #SWITCH_RATE_PER_SECOND} to each other mode (a mean
 * sojourn of 5 s with three modes) lets the mixture follow an intermediate beta and keeps the
 * spread of the mode means in the combined covariance. Measured on the benchmark: at
 * 0.005/s the IMM commits to one wrong mode in the deceleration and its average NEES reaches
 * 16 to 18 with an RMSE of 3 times the bound; at 0.1/s the NEES stays between 3 and 5.5 and
 * the RMSE within 2.2 times the bound. The IMM's floor keeps every mode alive. Its ln beta
 * estimate is the probability-weighted mean of the modes' ln beta.
 */
final class ImmTracker implements PlanarTracker {

    /** Rate of switching from one mode to each other mode, 1/s. */
    static final double SWITCH_RATE_PER_SECOND = 0.1;

    /** Variance of the two padding states (any positive value: nothing reads them). */
    private static final double PADDING_VARIANCE = 1.0;

    private final String name;
    private final InteractingMultipleModel imm;
    private final ImmEstimate estimate;
    private final double[] logBeta;
    private final double[] priorMean;
    private final double[] priorCovariance;

    /**
     * @param name label for tables
     * @param ballisticCoefficients the modes' betas, kg m^-1 s^-2
     * @param accelerationDensity q of every mode, m^2/s^3
     * @param maxSubstepSeconds the RK4 substep, s
     * @param kinematicMean the 4-element prior mean
     * @param kinematicCovariance its 4 x 4 covariance, row-major
     */
    ImmTracker(
        final String name, final double[] ballisticCoefficients, final double accelerationDensity,
        final double maxSubstepSeconds, final double[] kinematicMean, final double[] kinematicCovariance) {
        final int r = ballisticCoefficients.length;
        final int n = InteractingMultipleModel.COMMON;
        final ImmMode[] modes = new ImmMode[r];
        final double[][] rates = new double[r][r];
        final double[] initial = new double[r];
        logBeta = new double[r];
        for (int j = 0; j < r; j++) {
            modes[j] = new ImmMode("beta=" + ballisticCoefficients[j],
                new SixStatePadding(PlanarReentryMotion.knownBeta(
                    ballisticCoefficients[j], accelerationDensity, maxSubstepSeconds)),
                new ExtendedKalmanFilter(n, 2), new double[0], new double[0]);
            logBeta[j] = StrictMath.log(ballisticCoefficients[j]);
            initial[j] = 1.0;
            for (int i = 0; i < r; i++) {
                rates[j][i] = i == j ? 0.0 : SWITCH_RATE_PER_SECOND;
            }
        }
        this.name = name;
        this.imm = new InteractingMultipleModel(modes, rates, initial);
        this.estimate = imm.newEstimate();
        this.priorMean = new double[n];
        this.priorCovariance = new double[n * n];
        System.arraycopy(kinematicMean, 0, priorMean, 0, KINEMATIC);
        for (int a = 0; a < KINEMATIC; a++) {
            System.arraycopy(kinematicCovariance, a * KINEMATIC, priorCovariance, a * n, KINEMATIC);
        }
        priorCovariance[4 * n + 4] = PADDING_VARIANCE;
        priorCovariance[5 * n + 5] = PADDING_VARIANCE;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void start() {
        imm.initialise(estimate, priorMean, priorCovariance);
    }

    @Override
    public void step(final double dtSeconds, final RangeElevationMeasurement plot) {
        imm.predict(estimate, dtSeconds);
        imm.update(estimate, plot);
    }

    @Override
    public void estimate(final double[] stateOut, final double[] covarianceOut) {
        for (int a = 0; a < KINEMATIC; a++) {
            stateOut[a] = estimate.state(a);
            for (int b = 0; b < KINEMATIC; b++) {
                covarianceOut[a * KINEMATIC + b] = estimate.covariance(a, b);
            }
        }
    }

    @Override
    public double logBallisticCoefficient() {
        double sum = 0.0;
        for (int j = 0; j < logBeta.length; j++) {
            sum += estimate.probability(j) * logBeta[j];
        }
        return sum;
    }
}
