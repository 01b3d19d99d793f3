package io.vigil.fusion.filter;

import io.vigil.fusion.measurement.MeasurementModel;

/**
 * The interacting multiple model (IMM) filter (Blom and Bar-Shalom 1988) over modes whose
 * states may differ in dimension, such as boost (thrust), ballistic (6 states) and re-entry
 * (ballistic coefficient).
 *
 * <p><b>States of different dimension.</b> Every mode's state starts with the six common
 * kinematic states, ECEF position and velocity; after them come the mode's own extras, whose
 * meaning belongs to that mode alone (a thrust acceleration in boost is not a ballistic
 * coefficient in re-entry). Mixing into mode j therefore mixes only the common states across
 * modes: each source mode i contributes its own common mean and covariance block, extended
 * to mode j's dimension with mode j's own extras mean and extras covariance block; the
 * cross-covariance between the common and extra states is mode j's own when i = j and zero
 * otherwise (what mode i knows says nothing about mode j's extras). The mixture's mean and
 * covariance, with the spread-of-means term, then follow the standard IMM equations
 * (Bar-Shalom, Li and Kirubarajan 2001, section 11.6.6). This is the "unbiased mixing" of
 * Granstrom, Willett and Bar-Shalom (2015) for states that are not shared. A mode's extras
 * are thus carried by the mode itself and re-enter the mixture through it.
 *
 * <p><b>Mode switching in continuous time.</b> Plots arrive at irregular intervals, so the
 * Markov transition probabilities follow from switching rates r_ij (per second) and the time
 * step: p_ii = exp(-R_i |dt|) with R_i the sum of r_ij over j != i, and
 * p_ij = (1 - p_ii) r_ij / R_i. One switch per step at most, which is accurate while |dt| is
 * short next to the mean sojourn times 1 / R_i. A mode's probability never falls below
 * {@link #MIN_PROBABILITY}, so that a mode that has been unlikely for a long time can
 * still take over when the target changes phase.
 *
 * <p><b>Cycle.</b> {@link #predict} mixes and predicts every mode; {@link #update} updates
 * every mode with the measurement, re-weights the modes by their Gaussian likelihoods
 * (computed in logarithms), and recombines. The combined estimate of the six common states
 * is a moment-matched Gaussian. Allocation-free after construction; one instance per thread,
 * any number of {@link ImmEstimate}s.
 */
public final class InteractingMultipleModel {

    /** Number of common kinematic states: ECEF position (m) and velocity (m/s). */
    public static final int COMMON = 6;
    /** Floor of a mode probability. */
    public static final double MIN_PROBABILITY = 1e-6;

    private static final double LOG_TWO_PI = StrictMath.log(2.0 * Math.PI);

    private final ImmMode[] modes;
    private final double[][] rates;
    private final double[] leaveRate;
    private final double[] initialProbability;
    private final double[] transition;
    private final double[] mixingWeight;
    private final double[][] mixedState;
    private final double[][] mixedCovariance;
    private final double[] contribution;
    private final double[] logLikelihood;
    private int mostProbableMode;

    /**
     * Creates the IMM.
     *
     * @param modes the modes, in a fixed order (mode indices refer to it)
     * @param switchingRatesPerSecond r[i][j], the rate (1/s) of switching from mode i to mode j
     *     (diagonal ignored; 0 forbids the switch, e.g. from re-entry back to boost)
     * @param initialProbability each mode's probability at initiation (normalised here)
     */
    public InteractingMultipleModel(
        final ImmMode[] modes, final double[][] switchingRatesPerSecond, final double[] initialProbability) {
        final int r = modes.length;
        if (r < 1 || switchingRatesPerSecond.length != r || initialProbability.length != r) {
            throw new IllegalArgumentException("need one rate row and one initial probability per mode: "
                + r + " modes, " + switchingRatesPerSecond.length + " rate rows, "
                + initialProbability.length + " probabilities");
        }
        this.modes = modes.clone();
        this.rates = new double[r][r];
        this.leaveRate = new double[r];
        double total = 0.0;
        int max = 0;
        for (int i = 0; i < r; i++) {
            if (switchingRatesPerSecond[i].length != r) {
                throw new IllegalArgumentException("rate row " + i + " has " + switchingRatesPerSecond[i].length
                    + " entries, need " + r);
            }
            for (int j = 0; j < r; j++) {
                final double rate = switchingRatesPerSecond[i][j];
                if (i != j) {
                    if (!(rate >= 0.0) || !Double.isFinite(rate)) {
                        throw new IllegalArgumentException("switching rate " + i + "->" + j
                            + " must be finite and >= 0 per second, got " + rate);
                    }
                    rates[i][j] = rate;
                    leaveRate[i] += rate;
                }
            }
            if (!(initialProbability[i] >= 0.0)) {
                throw new IllegalArgumentException("initial probability of mode " + i + " must be >= 0, got "
                    + initialProbability[i]);
            }
            total += initialProbability[i];
            max = Math.max(max, modes[i].dimension());
        }
        if (!(total > 0.0)) {
            throw new IllegalArgumentException("initial probabilities must not all be 0");
        }
        this.initialProbability = new double[r];
        for (int i = 0; i < r; i++) {
            this.initialProbability[i] = initialProbability[i] / total;
        }
        this.transition = new double[r * r];
        this.mixingWeight = new double[r * r];
        this.mixedState = new double[r][];
        this.mixedCovariance = new double[r][];
        for (int j = 0; j < r; j++) {
            mixedState[j] = new double[modes[j].dimension()];
            mixedCovariance[j] = new double[modes[j].dimension() * modes[j].dimension()];
        }
        this.contribution = new double[max];
        this.logLikelihood = new double[r];
    }

    /**
     * Creates an estimate with room for every mode, to be initialised by {@link #initialise}.
     * Allocates: call when a track slot is created, not per plot.
     *
     * @return a new estimate
     */
    public ImmEstimate newEstimate() {
        final int[] dimensions = new int[modes.length];
        for (int j = 0; j < modes.length; j++) {
            dimensions[j] = modes[j].dimension();
        }
        return new ImmEstimate(dimensions);
    }

    /**
     * Returns the number of modes.
     *
     * @return the number of modes
     */
    public int modes() {
        return modes.length;
    }

    /**
     * A mode of this IMM.
     *
     * @param mode mode index
     * @return the mode
     */
    public ImmMode mode(final int mode) {
        return modes[mode];
    }

    /**
     * Initialises an estimate from a kinematic state: every mode starts from it, with its
     * extras prior, and the modes take their initial probabilities.
     *
     * @param estimate the estimate to overwrite
     * @param state ECEF position (m) and velocity (m/s), 6 elements
     * @param covariance their 6 x 6 covariance, row-major
     */
    public void initialise(final ImmEstimate estimate, final double[] state, final double[] covariance) {
        for (int j = 0; j < modes.length; j++) {
            final int n = modes[j].dimension();
            final double[] x = estimate.modeState[j];
            final double[] p = estimate.modeCovariance[j];
            java.util.Arrays.fill(p, 0.0);
            for (int a = 0; a < COMMON; a++) {
                x[a] = state[a];
                for (int b = 0; b < COMMON; b++) {
                    p[a * n + b] = covariance[a * COMMON + b];
                }
            }
            for (int k = COMMON; k < n; k++) {
                x[k] = modes[j].extraMean(k - COMMON);
                p[k * n + k] = modes[j].extraVariance(k - COMMON);
            }
            estimate.probability[j] = initialProbability[j];
            estimate.predictedProbability[j] = initialProbability[j];
            estimate.modeNis[j] = Double.NaN;
        }
        combine(estimate);
    }

    /**
     * Mixes the modes and predicts each over a time step; the mode probabilities become the
     * predicted ones.
     *
     * @param estimate the estimate, updated in place
     * @param dtSeconds the time step, seconds (may be negative)
     */
    public void predict(final ImmEstimate estimate, final double dtSeconds) {
        final int r = modes.length;
        transitionProbabilities(Math.abs(dtSeconds));
        // c_j = sum_i p_ij mu_i, and mixing weights mu_i|j = p_ij mu_i / c_j.
        for (int j = 0; j < r; j++) {
            double c = 0.0;
            for (int i = 0; i < r; i++) {
                c += transition[i * r + j] * estimate.probability[i];
            }
            estimate.predictedProbability[j] = c;
            for (int i = 0; i < r; i++) {
                mixingWeight[i * r + j] = c > 0.0 ? transition[i * r + j] * estimate.probability[i] / c : (i == j ? 1 : 0);
            }
        }
        for (int j = 0; j < r; j++) {
            mix(estimate, j);
        }
        for (int j = 0; j < r; j++) {
            final int n = modes[j].dimension();
            System.arraycopy(mixedState[j], 0, estimate.modeState[j], 0, n);
            System.arraycopy(mixedCovariance[j], 0, estimate.modeCovariance[j], 0, n * n);
            modes[j].filter().predict(modes[j].motion(), estimate.modeState[j], estimate.modeCovariance[j], dtSeconds);
            estimate.probability[j] = estimate.predictedProbability[j];
        }
        combine(estimate);
    }

    /**
     * Updates every mode with a measurement and re-weighs the modes by their likelihoods.
     *
     * @param estimate the estimate, updated in place
     * @param measurement the measurement, configured for this plot
     * @return the NIS of the mode that was most probable before the update (a gate on it
     *     is a gate on the dominant motion hypothesis); every mode's NIS is on the estimate
     */
    public double update(final ImmEstimate estimate, final MeasurementModel measurement) {
        final int r = modes.length;
        final int m = measurement.dimension();
        int best = 0;
        double bestLog = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < r; j++) {
            if (estimate.probability[j] > estimate.probability[best]) {
                best = j;
            }
        }
        mostProbableMode = best;
        for (int j = 0; j < r; j++) {
            final GaussianFilter filter = modes[j].filter();
            final double nis = filter.update(measurement, estimate.modeState[j], estimate.modeCovariance[j],
                modes[j].dimension());
            estimate.modeNis[j] = nis;
            logLikelihood[j] = -0.5 * (nis + filter.lastInnovationLogDeterminant() + m * LOG_TWO_PI)
                + StrictMath.log(estimate.probability[j]);
            bestLog = Math.max(bestLog, logLikelihood[j]);
        }
        double total = 0.0;
        for (int j = 0; j < r; j++) {
            estimate.probability[j] = StrictMath.exp(logLikelihood[j] - bestLog);
            total += estimate.probability[j];
        }
        normaliseWithFloor(estimate.probability, total);
        combine(estimate);
        return estimate.modeNis[best];
    }

    /**
     * Returns the index of the mode that was most probable before the last update.
     *
     * @return the index of the mode that was most probable before the last update
     */
    public int lastMostProbableMode() {
        return mostProbableMode;
    }

    private void transitionProbabilities(final double dt) {
        final int r = modes.length;
        for (int i = 0; i < r; i++) {
            final double stay = leaveRate[i] > 0.0 ? StrictMath.exp(-leaveRate[i] * dt) : 1.0;
            for (int j = 0; j < r; j++) {
                transition[i * r + j] = i == j ? stay : leaveRate[i] > 0.0 ? (1.0 - stay) * rates[i][j] / leaveRate[i] : 0.0;
            }
        }
    }

    /** Writes mode j's mixed initial condition into mixedState[j], mixedCovariance[j]. */
    private void mix(final ImmEstimate estimate, final int j) {
        final int r = modes.length;
        final int n = modes[j].dimension();
        final double[] x0 = mixedState[j];
        final double[] p0 = mixedCovariance[j];
        final double[] ownState = estimate.modeState[j];
        final double[] ownCovariance = estimate.modeCovariance[j];
        java.util.Arrays.fill(x0, 0.0);
        java.util.Arrays.fill(p0, 0.0);
        for (int i = 0; i < r; i++) {
            final double w = mixingWeight[i * r + j];
            final double[] xi = estimate.modeState[i];
            for (int a = 0; a < n; a++) {
                x0[a] += w * (a < COMMON ? xi[a] : ownState[a]);
            }
        }
        for (int i = 0; i < r; i++) {
            final double w = mixingWeight[i * r + j];
            if (w == 0.0) {
                continue;
            }
            final double[] xi = estimate.modeState[i];
            final double[] pi = estimate.modeCovariance[i];
            final int ni = modes[i].dimension();
            for (int a = 0; a < n; a++) {
                contribution[a] = (a < COMMON ? xi[a] : ownState[a]) - x0[a];
            }
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    final double block;
                    if (a < COMMON && b < COMMON) {
                        block = pi[a * ni + b];
                    } else if (a >= COMMON && b >= COMMON) {
                        block = ownCovariance[a * n + b];
                    } else {
                        block = i == j ? ownCovariance[a * n + b] : 0.0;
                    }
                    p0[a * n + b] += w * (block + contribution[a] * contribution[b]);
                }
            }
        }
        Symmetry.symmetrise(p0, n, p0);
    }

    private void combine(final ImmEstimate estimate) {
        final int r = modes.length;
        final double[] x = estimate.combinedState;
        final double[] p = estimate.combinedCovariance;
        java.util.Arrays.fill(x, 0.0);
        java.util.Arrays.fill(p, 0.0);
        for (int j = 0; j < r; j++) {
            final double mu = estimate.probability[j];
            for (int a = 0; a < COMMON; a++) {
                x[a] += mu * estimate.modeState[j][a];
            }
        }
        for (int j = 0; j < r; j++) {
            final double mu = estimate.probability[j];
            final double[] xj = estimate.modeState[j];
            final double[] pj = estimate.modeCovariance[j];
            final int n = modes[j].dimension();
            for (int a = 0; a < COMMON; a++) {
                for (int b = 0; b < COMMON; b++) {
                    p[a * COMMON + b] += mu * (pj[a * n + b] + (xj[a] - x[a]) * (xj[b] - x[b]));
                }
            }
        }
        Symmetry.symmetrise(p, COMMON, p);
    }

    private static void normaliseWithFloor(final double[] probability, final double total) {
        double sum = 0.0;
        for (int j = 0; j < probability.length; j++) {
            probability[j] = Math.max(probability[j] / total, MIN_PROBABILITY);
            sum += probability[j];
        }
        for (int j = 0; j < probability.length; j++) {
            probability[j] /= sum;
        }
    }
}
