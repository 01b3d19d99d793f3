package io.vigil.fusion.bench;

import io.vigil.fusion.filter.GaussianFilter;
import io.vigil.fusion.measurement.RadarMeasurement;
import io.vigil.fusion.motion.BallisticMotion;
import org.hipparchus.filtering.kalman.KalmanFilter;
import org.hipparchus.filtering.kalman.Measurement;
import org.hipparchus.filtering.kalman.ProcessEstimate;
import org.hipparchus.filtering.kalman.extended.ExtendedKalmanFilter;
import org.hipparchus.filtering.kalman.extended.NonLinearEvolution;
import org.hipparchus.filtering.kalman.extended.NonLinearProcess;
import org.hipparchus.filtering.kalman.unscented.UnscentedEvolution;
import org.hipparchus.filtering.kalman.unscented.UnscentedKalmanFilter;
import org.hipparchus.filtering.kalman.unscented.UnscentedProcess;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.LUDecomposer;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.util.MerweUnscentedTransform;

/**
 * Hipparchus's extended and unscented Kalman filters on {@link BallisticRadarProblem}, with
 * the same physics as Vigil's filters: the process models propagate with Vigil's
 * {@link BallisticMotion} and predict plots with Vigil's {@link RadarMeasurement}, so that
 * what differs between the peers is the filter machinery (Hipparchus's immutable
 * {@code RealMatrix}/{@code RealVector} objects and decompositions against Vigil's
 * preallocated EJML workspace). The unscented peer uses the same sigma-point parameters as
 * Vigil's (alpha 1, beta 2, kappa 0).
 */
public final class HipparchusPeer {

    /**
     * Singularity threshold of the LU decomposer that solves Hipparchus's innovation
     * covariance. Not its Cholesky decomposer: Hipparchus does not symmetrise S, and its
     * relative symmetry check rejects near-zero off-diagonal pairs of opposite sign.
     */
    private static final double SINGULARITY_THRESHOLD = 1e-15;

    /** A plot as Hipparchus wants it: time, value and covariance objects. */
    public static final class Plot implements Measurement {
        private final int index;
        private final double time;
        private final RealVector value;
        private final RealMatrix covariance;

        Plot(final BallisticRadarProblem problem, final int index) {
            this.index = index;
            this.time = index + 1.0;
            this.value = new ArrayRealVector(new double[] {problem.plotValue(index, 0), problem.plotValue(index, 1),
                problem.plotValue(index, 2), problem.plotValue(index, 3)});
            this.covariance = MatrixUtils.createRealDiagonalMatrix(new double[] {
                BallisticRadarProblem.SIGMA_RANGE * BallisticRadarProblem.SIGMA_RANGE,
                BallisticRadarProblem.SIGMA_ANGLE * BallisticRadarProblem.SIGMA_ANGLE,
                BallisticRadarProblem.SIGMA_ANGLE * BallisticRadarProblem.SIGMA_ANGLE,
                BallisticRadarProblem.SIGMA_RANGE_RATE * BallisticRadarProblem.SIGMA_RANGE_RATE});
        }

        @Override
        public double getTime() {
            return time;
        }

        @Override
        public RealVector getValue() {
            return value;
        }

        @Override
        public RealMatrix getCovariance() {
            return covariance;
        }
    }

    private final BallisticRadarProblem problem;
    private final Plot[] plots;
    private final BallisticMotion motion = new BallisticMotion(BallisticRadarProblem.PROCESS_NOISE);
    private final RadarMeasurement radar;
    private final double[] work = new double[6];
    private final double[] transition = new double[36];
    private final double[] noise = new double[36];
    private final double[] predicted = new double[4];
    private final double[] jacobian = new double[24];
    private final double[] measured = new double[4];
    private final double[] residual = new double[4];

    /**
     * Creates the peer on a problem; builds Hipparchus's plot objects once.
     *
     * @param problem the shared problem
     */
    public HipparchusPeer(final BallisticRadarProblem problem) {
        this.problem = problem;
        this.radar = problem.newRadar();
        this.plots = new Plot[BallisticRadarProblem.PLOTS];
        for (int k = 0; k < plots.length; k++) {
            plots[k] = new Plot(problem, k);
        }
    }

    /**
     * @param k plot index
     * @return Hipparchus's plot k
     */
    public Plot plot(final int k) {
        return plots[k];
    }

    /**
     * Runs a Vigil filter and a Hipparchus filter over every plot of the problem and returns
     * their largest disagreement: over all plots and state elements, the larger of
     * |x_vigil - x_peer| / |x_peer| and |P_vigil(i,i) - P_peer(i,i)| / P_peer(i,i).
     *
     * @param vigil a Vigil filter (sized for 6 states and 4-element plots)
     * @param peer a Hipparchus filter at the problem's initial estimate
     * @return the largest relative difference
     */
    public double largestRelativeDifference(final GaussianFilter vigil, final KalmanFilter<Plot> peer) {
        final BallisticMotion vigilMotion = new BallisticMotion(BallisticRadarProblem.PROCESS_NOISE);
        final RadarMeasurement vigilRadar = problem.newRadar();
        final double[] x = new double[6];
        final double[] p = new double[36];
        problem.initial(x, p);
        double largest = 0.0;
        for (int k = 0; k < plots.length; k++) {
            vigil.predict(vigilMotion, x, p, 1.0);
            vigil.update(problem.plot(vigilRadar, k), x, p, 6);
            final ProcessEstimate estimate = peer.estimationStep(plots[k]);
            for (int i = 0; i < 6; i++) {
                final double state = estimate.getState().getEntry(i);
                final double variance = estimate.getCovariance().getEntry(i, i);
                largest = Math.max(largest, Math.abs(x[i] - state) / Math.abs(state));
                largest = Math.max(largest, Math.abs(p[i * 7] - variance) / variance);
            }
        }
        return largest;
    }

    private ProcessEstimate initialEstimate() {
        final double[] x = new double[6];
        final double[] p = new double[36];
        problem.initial(x, p);
        return new ProcessEstimate(0.0, new ArrayRealVector(x), MatrixUtils.createRealMatrix(rows(p, 6, 6)));
    }

    /** @return a new Hipparchus extended Kalman filter at the problem's initial estimate */
    public ExtendedKalmanFilter<Plot> newExtendedFilter() {
        return new ExtendedKalmanFilter<>(new LUDecomposer(SINGULARITY_THRESHOLD),
            new ExtendedProcess(), initialEstimate());
    }

    /** @return a new Hipparchus unscented Kalman filter at the problem's initial estimate */
    public UnscentedKalmanFilter<Plot> newUnscentedFilter() {
        return new UnscentedKalmanFilter<>(new LUDecomposer(SINGULARITY_THRESHOLD),
            new UnscentedProcessModel(), initialEstimate(), new MerweUnscentedTransform(6, 1.0, 2.0, 0.0));
    }

    private final class ExtendedProcess implements NonLinearProcess<Plot> {
        @Override
        public NonLinearEvolution getEvolution(final double previousTime, final RealVector previousState, final Plot plot) {
            final double dt = plot.getTime() - previousTime;
            final double[] x = previousState.toArray();
            motion.processNoise(x, dt, noise);
            motion.propagate(x, dt, transition);
            problem.plot(radar, plot.index).predict(x, 6, predicted, jacobian);
            return new NonLinearEvolution(plot.getTime(), new ArrayRealVector(x, false),
                MatrixUtils.createRealMatrix(rows(transition, 6, 6)), MatrixUtils.createRealMatrix(rows(noise, 6, 6)),
                MatrixUtils.createRealMatrix(rows(jacobian, 4, 6)));
        }

        @Override
        public RealVector getInnovation(final Plot plot, final NonLinearEvolution evolution, final RealMatrix s) {
            radar.measurement(measured);
            radar.residual(measured, predicted, residual);
            return new ArrayRealVector(residual);
        }
    }

    private final class UnscentedProcessModel implements UnscentedProcess<Plot> {
        @Override
        public UnscentedEvolution getEvolution(final double previousTime, final RealVector[] sigmaPoints, final Plot plot) {
            final double dt = plot.getTime() - previousTime;
            final RealVector[] propagated = new RealVector[sigmaPoints.length];
            for (int i = 0; i < sigmaPoints.length; i++) {
                final double[] x = sigmaPoints[i].toArray();
                motion.propagate(x, dt, null);
                propagated[i] = new ArrayRealVector(x, false);
            }
            return new UnscentedEvolution(plot.getTime(), propagated);
        }

        @Override
        public RealMatrix getProcessNoiseMatrix(final double previousTime, final RealVector predictedState, final Plot plot) {
            motion.processNoise(predictedState.toArray(), plot.getTime() - previousTime, noise);
            return MatrixUtils.createRealMatrix(rows(noise, 6, 6));
        }

        @Override
        public RealVector[] getPredictedMeasurements(final RealVector[] predictedSigmaPoints, final Plot plot) {
            problem.plot(radar, plot.index);
            final RealVector[] measurements = new RealVector[predictedSigmaPoints.length];
            for (int i = 0; i < predictedSigmaPoints.length; i++) {
                radar.predict(predictedSigmaPoints[i].toArray(), 6, predicted, null);
                measurements[i] = new ArrayRealVector(predicted);
            }
            return measurements;
        }

        @Override
        public RealVector getInnovation(final Plot plot, final RealVector predictedMeasurement,
            final RealVector predictedState, final RealMatrix s) {
            radar.measurement(measured);
            radar.residual(measured, predictedMeasurement.toArray(), residual);
            return new ArrayRealVector(residual);
        }
    }

    private static double[][] rows(final double[] flat, final int rows, final int columns) {
        final double[][] out = new double[rows][columns];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(flat, i * columns, out[i], 0, columns);
        }
        return out;
    }
}
