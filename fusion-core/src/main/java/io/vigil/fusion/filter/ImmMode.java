package io.vigil.fusion.filter;

import io.vigil.fusion.motion.MotionModel;

/**
 * One mode of an {@link InteractingMultipleModel}: a motion model, the filter that runs it,
 * and the prior of the states it has beyond the six kinematic ones shared by all modes.
 *
 * <p>A mode's state is ECEF position and velocity (6 elements, common to every mode) followed
 * by {@code motion.dimension() - 6} mode-specific extra elements (a ballistic coefficient, a
 * thrust acceleration ...). The extras prior initialises a new track's extras, and stands in
 * for them when other modes are mixed into this one (see {@link InteractingMultipleModel}).
 */
public final class ImmMode {

    private final String name;
    private final MotionModel motion;
    private final GaussianFilter filter;
    private final double[] extraMean;
    private final double[] extraVariance;

    /**
     * Creates a mode.
     *
     * @param name a label for reports (for example "BALLISTIC")
     * @param motion the mode's motion model, dimension n >= 6
     * @param filter the filter that runs it (sized for n and the measurements used)
     * @param extraMean initial mean of the n - 6 extra states, in their units
     * @param extraVariance initial variance of each extra state, > 0
     */
    public ImmMode(
        final String name, final MotionModel motion, final GaussianFilter filter,
        final double[] extraMean, final double[] extraVariance) {
        final int extras = motion.dimension() - InteractingMultipleModel.COMMON;
        if (extras < 0) {
            throw new IllegalArgumentException("mode " + name + ": a motion model of dimension "
                + motion.dimension() + " lacks the 6 common kinematic states");
        }
        if (extraMean.length != extras || extraVariance.length != extras) {
            throw new IllegalArgumentException("mode " + name + ": needs " + extras
                + " extra-state means and variances, got " + extraMean.length + " and " + extraVariance.length);
        }
        for (final double variance : extraVariance) {
            if (!(variance > 0.0) || !Double.isFinite(variance)) {
                throw new IllegalArgumentException("mode " + name + ": extra-state variance must be finite and > 0, got "
                    + variance);
            }
        }
        this.name = name;
        this.motion = motion;
        this.filter = filter;
        this.extraMean = extraMean.clone();
        this.extraVariance = extraVariance.clone();
    }

    /**
     * Returns the mode's label.
     *
     * @return the mode's label
     */
    public String name() {
        return name;
    }

    /**
     * Returns the mode's motion model.
     *
     * @return the mode's motion model
     */
    public MotionModel motion() {
        return motion;
    }

    /**
     * Returns the filter that runs the mode.
     *
     * @return the filter that runs the mode
     */
    public GaussianFilter filter() {
        return filter;
    }

    /**
     * Returns the state dimension of the mode.
     *
     * @return the state dimension of the mode
     */
    public int dimension() {
        return motion.dimension();
    }

    double extraMean(final int k) {
        return extraMean[k];
    }

    /**
     * Returns the initial variance of an extra state (its prior).
     *
     * @param k the extra state's index after the six kinematic ones (0 for state 6)
     * @return the variance, in the state's units squared
     */
    double extraVariance(final int k) {
        return extraVariance[k];
    }
}
