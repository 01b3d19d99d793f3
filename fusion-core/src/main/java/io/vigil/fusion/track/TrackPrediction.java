package io.vigil.fusion.track;

import io.vigil.fusion.filter.ImmEstimate;

/**
 * A track predicted to a time by a {@link TrackFilter}: the state and covariance in the
 * tracks' dimension (for an IMM, the combination of its modes), and the filter's own
 * workspace behind them. Created by {@link TrackFilter#newPrediction()}, reused for every
 * prediction; the arrays are live, not copies.
 */
public final class TrackPrediction {

    private final double[] state;
    private final double[] covariance;
    private final ImmEstimate modes;

    TrackPrediction(final int dimension, final ImmEstimate modes) {
        this.state = new double[dimension];
        this.covariance = new double[dimension * dimension];
        this.modes = modes;
    }

    /**
     * Returns the predicted state.
     *
     * @return ECEF position (m), velocity (m/s) and the single model's extras; n elements
     */
    public double[] state() {
        return state;
    }

    /**
     * Returns the predicted covariance.
     *
     * @return n x n, row-major
     */
    public double[] covariance() {
        return covariance;
    }

    /** The IMM's per-mode prediction, or null for a single model. */
    ImmEstimate modes() {
        return modes;
    }
}
