package io.vigil.fusion.samples.accuracy;

import static io.vigil.fusion.samples.accuracy.ReentryScenario.H;
import static io.vigil.fusion.samples.accuracy.ReentryScenario.X;

import io.vigil.fusion.measurement.MeasurementModel;

/**
 * The benchmark radar's plot: range r = sqrt(x^2 + h^2) (m) and elevation
 * eps = atan2(h, x) (rad) of the target from the radar at the origin of the vertical plane,
 * with independent noise of fixed standard deviations. The elevation residual is wrapped
 * into (-pi, pi]. Depends on x and h only; the Jacobian's other columns (velocities,
 * ln beta, padding) are zero, so it serves states of any dimension that start with
 * [x, xdot, h, hdot].
 *
 * <p>A flyweight: {@link #set} loads a plot; one instance per thread.
 */
final class RangeElevationMeasurement implements MeasurementModel {

    /** Index of the range (m) in a measurement vector. */
    static final int RANGE = 0;
    /** Index of the elevation (rad). */
    static final int ELEVATION = 1;

    private static final int M = 2;
    private static final double TWO_PI = 2.0 * Math.PI;

    private final double rangeVariance;
    private final double elevationVariance;
    private double rangeM;
    private double elevationRad;

    /**
     * @param rangeSigmaM range noise standard deviation, m (> 0)
     * @param elevationSigmaRad elevation noise standard deviation, rad (> 0)
     */
    RangeElevationMeasurement(final double rangeSigmaM, final double elevationSigmaRad) {
        if (!(rangeSigmaM > 0.0 && elevationSigmaRad > 0.0)) {
            throw new IllegalArgumentException("sigmas must be > 0, got " + rangeSigmaM + " m and " + elevationSigmaRad + " rad");
        }
        this.rangeVariance = rangeSigmaM * rangeSigmaM;
        this.elevationVariance = elevationSigmaRad * elevationSigmaRad;
    }

    /**
     * Loads a plot.
     *
     * @param measuredRangeM range, m
     * @param measuredElevationRad elevation, rad
     * @return this
     */
    RangeElevationMeasurement set(final double measuredRangeM, final double measuredElevationRad) {
        this.rangeM = measuredRangeM;
        this.elevationRad = measuredElevationRad;
        return this;
    }

    /**
     * The noise-free range and elevation of a state.
     *
     * @param state a state starting [x, xdot, h, hdot] (m, m/s)
     * @param out receives [r (m), eps (rad)]
     */
    static void observe(final double[] state, final double[] out) {
        out[RANGE] = Math.sqrt(state[X] * state[X] + state[H] * state[H]);
        out[ELEVATION] = StrictMath.atan2(state[H], state[X]);
    }

    @Override
    public int dimension() {
        return M;
    }

    @Override
    public void measurement(final double[] measurementOut) {
        measurementOut[RANGE] = rangeM;
        measurementOut[ELEVATION] = elevationRad;
    }

    @Override
    public void predict(final double[] state, final int stateDimension, final double[] predictedOut, final double[] jacobianOut) {
        observe(state, predictedOut);
        if (jacobianOut != null) {
            final int n = stateDimension;
            java.util.Arrays.fill(jacobianOut, 0, M * n, 0.0);
            final double x = state[X];
            final double h = state[H];
            final double r2 = x * x + h * h;
            final double r = Math.sqrt(r2);
            jacobianOut[RANGE * n + X] = x / r;
            jacobianOut[RANGE * n + H] = h / r;
            jacobianOut[ELEVATION * n + X] = -h / r2;
            jacobianOut[ELEVATION * n + H] = x / r2;
        }
    }

    @Override
    public void residual(final double[] a, final double[] b, final double[] residualOut) {
        residualOut[RANGE] = a[RANGE] - b[RANGE];
        residualOut[ELEVATION] = wrap(a[ELEVATION] - b[ELEVATION]);
    }

    @Override
    public void noise(final double[] noiseOut) {
        noiseOut[0] = rangeVariance;
        noiseOut[1] = 0.0;
        noiseOut[2] = 0.0;
        noiseOut[3] = elevationVariance;
    }

    /** An angle into (-pi, pi]: % is exact, and one further shift of 2 pi lands it there. */
    static double wrap(final double angleRad) {
        if (angleRad > -Math.PI && angleRad <= Math.PI) {
            return angleRad;
        }
        double wrapped = angleRad % TWO_PI;
        if (wrapped > Math.PI) {
            wrapped -= TWO_PI;
        } else if (wrapped <= -Math.PI) {
            wrapped += TWO_PI;
        }
        return wrapped;
    }
}
