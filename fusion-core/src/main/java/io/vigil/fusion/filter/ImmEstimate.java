package io.vigil.fusion.filter;

/**
 * The state an {@link InteractingMultipleModel} keeps for one target: each mode's estimate
 * (mean and covariance in that mode's dimension), the mode probabilities, and the combined
 * estimate of the six common kinematic states (ECEF position, m, and velocity, m/s).
 *
 * <p>Created once per track slot by {@link InteractingMultipleModel#newEstimate()} and
 * reused; the IMM writes it, readers read it between cycles. Not thread-safe.
 */
public final class ImmEstimate {

    final double[][] modeState;
    final double[][] modeCovariance;
    final double[] probability;
    final double[] predictedProbability;
    final double[] modeNis;
    final double[] combinedState = new double[InteractingMultipleModel.COMMON];
    final double[] combinedCovariance = new double[InteractingMultipleModel.COMMON * InteractingMultipleModel.COMMON];

    ImmEstimate(final int[] dimensions) {
        final int modes = dimensions.length;
        modeState = new double[modes][];
        modeCovariance = new double[modes][];
        for (int j = 0; j < modes; j++) {
            modeState[j] = new double[dimensions[j]];
            modeCovariance[j] = new double[dimensions[j] * dimensions[j]];
        }
        probability = new double[modes];
        predictedProbability = new double[modes];
        modeNis = new double[modes];
    }

    /**
     * Returns the number of modes.
     *
     * @return the number of modes
     */
    public int modes() {
        return probability.length;
    }

    /**
     * The probability of a mode.
     *
     * @param mode mode index, in the order the IMM was built with
     * @return the mode's current probability
     */
    public double probability(final int mode) {
        return probability[mode];
    }

    /**
     * An element of a mode's own state.
     *
     * @param mode mode index
     * @param i state index within the mode's dimension
     * @return the mode-conditioned state element (SI units)
     */
    public double modeState(final int mode, final int i) {
        return modeState[mode][i];
    }

    /**
     * An element of a mode's own covariance.
     *
     * @param mode mode index
     * @param i row, state index within the mode's dimension
     * @param j column
     * @return the mode-conditioned covariance element (SI units)
     */
    public double modeCovariance(final int mode, final int i, final int j) {
        return modeCovariance[mode][i * modeState[mode].length + j];
    }

    /**
     * An element of the combined kinematic state.
     *
     * @param i common state index: 0..2 ECEF position (m), 3..5 ECEF velocity (m/s)
     * @return the combined (probability-weighted) estimate of that element
     */
    public double state(final int i) {
        return combinedState[i];
    }

    /**
     * An element of the combined kinematic covariance.
     *
     * @param i row, common state index
     * @param j column, common state index
     * @return the combined covariance element, including the spread of the mode means
     */
    public double covariance(final int i, final int j) {
        return combinedCovariance[i * InteractingMultipleModel.COMMON + j];
    }

    /**
     * The NIS of a mode's filter in the last update.
     *
     * @param mode mode index
     * @return the NIS of that mode's filter in the last update
     */
    public double modeNis(final int mode) {
        return modeNis[mode];
    }

    /**
     * Copies the combined 6-element state into an array.
     *
     * @param out receives x, y, z (m), vx, vy, vz (m/s) in ECEF
     */
    public void copyState(final double[] out) {
        System.arraycopy(combinedState, 0, out, 0, InteractingMultipleModel.COMMON);
    }

    /**
     * Copies the combined 6 x 6 covariance into an array.
     *
     * @param out receives 36 elements, row-major
     */
    public void copyCovariance(final double[] out) {
        System.arraycopy(combinedCovariance, 0, out, 0, combinedCovariance.length);
    }

    /**
     * Makes this estimate a copy of another of the same IMM (no allocation).
     *
     * @param other an estimate created by the same {@link InteractingMultipleModel}
     * @throws IllegalArgumentException if the other has a different number of modes
     */
    public void copyFrom(final ImmEstimate other) {
        if (other.probability.length != probability.length) {
            throw new IllegalArgumentException("estimates of different IMMs: " + other.probability.length + " and "
                + probability.length + " modes");
        }
        for (int j = 0; j < probability.length; j++) {
            System.arraycopy(other.modeState[j], 0, modeState[j], 0, modeState[j].length);
            System.arraycopy(other.modeCovariance[j], 0, modeCovariance[j], 0, modeCovariance[j].length);
        }
        System.arraycopy(other.probability, 0, probability, 0, probability.length);
        System.arraycopy(other.predictedProbability, 0, predictedProbability, 0, probability.length);
        System.arraycopy(other.modeNis, 0, modeNis, 0, probability.length);
        System.arraycopy(other.combinedState, 0, combinedState, 0, combinedState.length);
        System.arraycopy(other.combinedCovariance, 0, combinedCovariance, 0, combinedCovariance.length);
    }
}
