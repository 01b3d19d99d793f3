package io.vigil.fusion.filter;

import io.vigil.fusion.measurement.MeasurementModel;
import io.vigil.fusion.motion.MotionModel;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Extended Kalman filter with the Joseph-form covariance update.
 *
 * <p>Predict: x = f(x, dt), P = F P F^T + Q, with F the motion model's state-transition
 * matrix along the propagated path and Q its process noise. Update: innovation
 * y = z - h(x) (angles wrapped by the measurement model), S = H P H^T + R,
 * K = P H^T S^-1 (through a Cholesky solve, never an explicit inverse), x = x + K y and
 * P = (I - K H) P (I - K H)^T + K R K^T. The Joseph form keeps P symmetric positive definite
 * for any gain, also when rounding makes K slightly suboptimal, where the short form
 * (I - K H) P loses symmetry and can lose definiteness (Bar-Shalom, Li and Kirubarajan
 * 2001, section 5.2.3). Both results are symmetrised exactly.
 *
 * <p>Built on EJML dense matrices preallocated for the largest state and measurement the
 * filter will see; nothing is allocated per call (tested). Not thread-safe: one instance per
 * thread.
 */
public final class ExtendedKalmanFilter implements GaussianFilter {

    private final int maxState;
    private final int maxMeasurement;
    private final DMatrixRMaj p;
    private final DMatrixRMaj f;
    private final DMatrixRMaj q;
    private final DMatrixRMaj nn;
    private final DMatrixRMaj h;
    private final DMatrixRMaj r;
    private final DMatrixRMaj s;
    private final DMatrixRMaj hp;
    private final DMatrixRMaj kt;
    private final DMatrixRMaj k;
    private final DMatrixRMaj kr;
    private final DMatrixRMaj identityMinusKh;
    private final DMatrixRMaj innovation;
    private final DMatrixRMaj whitened;
    private final double[] z;
    private final double[] predicted;
    private final LinearSolverDense<DMatrixRMaj> cholesky;
    private double lastLogDeterminant = Double.NaN;

    /**
     * Creates a filter with workspace for states and measurements up to the given sizes.
     *
     * @param maxStateDimension the largest state dimension n it will be given
     * @param maxMeasurementDimension the largest measurement dimension m it will be given
     */
    public ExtendedKalmanFilter(final int maxStateDimension, final int maxMeasurementDimension) {
        if (maxStateDimension < 1 || maxMeasurementDimension < 1) {
            throw new IllegalArgumentException("dimensions must be positive, got state " + maxStateDimension
                + " and measurement " + maxMeasurementDimension);
        }
        this.maxState = maxStateDimension;
        this.maxMeasurement = maxMeasurementDimension;
        final int n = maxStateDimension;
        final int m = maxMeasurementDimension;
        p = new DMatrixRMaj(n, n);
        f = new DMatrixRMaj(n, n);
        q = new DMatrixRMaj(n, n);
        nn = new DMatrixRMaj(n, n);
        h = new DMatrixRMaj(m, n);
        r = new DMatrixRMaj(m, m);
        s = new DMatrixRMaj(m, m);
        hp = new DMatrixRMaj(m, n);
        kt = new DMatrixRMaj(m, n);
        k = new DMatrixRMaj(n, m);
        kr = new DMatrixRMaj(n, m);
        identityMinusKh = new DMatrixRMaj(n, n);
        innovation = new DMatrixRMaj(m, 1);
        whitened = new DMatrixRMaj(m, 1);
        z = new double[m];
        predicted = new double[m];
        cholesky = LinearSolverFactory_DDRM.symmPosDef(m);
    }

    @Override
    public void predict(final MotionModel motion, final double[] state, final double[] covariance, final double dtSeconds) {
        final int n = motion.dimension();
        checkState(n);
        f.reshape(n, n);
        q.reshape(n, n);
        p.reshape(n, n);
        nn.reshape(n, n);
        // Q is evaluated at the state the step starts from.
        motion.processNoise(state, dtSeconds, q.data);
        motion.propagate(state, dtSeconds, f.data);
        System.arraycopy(covariance, 0, p.data, 0, n * n);
        CommonOps_DDRM.mult(f, p, nn);
        CommonOps_DDRM.multTransB(nn, f, p);
        CommonOps_DDRM.addEquals(p, q);
        Symmetry.symmetrise(p.data, n, covariance);
    }

    @Override
    public double update(
        final MeasurementModel measurement, final double[] state, final double[] covariance, final int stateDimension) {
        final int n = stateDimension;
        final int m = measurement.dimension();
        checkState(n);
        if (m > maxMeasurement) {
            throw new IllegalArgumentException(
                "measurement dimension " + m + " exceeds this filter's maximum " + maxMeasurement);
        }
        p.reshape(n, n);
        h.reshape(m, n);
        r.reshape(m, m);
        s.reshape(m, m);
        hp.reshape(m, n);
        kt.reshape(m, n);
        k.reshape(n, m);
        kr.reshape(n, m);
        nn.reshape(n, n);
        identityMinusKh.reshape(n, n);
        innovation.reshape(m, 1);
        whitened.reshape(m, 1);

        measurement.measurement(z);
        measurement.predict(state, n, predicted, h.data);
        measurement.residual(z, predicted, innovation.data);
        measurement.noise(r.data);
        System.arraycopy(covariance, 0, p.data, 0, n * n);

        // S = H P H^T + R
        CommonOps_DDRM.mult(h, p, hp);
        CommonOps_DDRM.multTransB(hp, h, s);
        CommonOps_DDRM.addEquals(s, r);
        Symmetry.symmetrise(s.data, m, s.data);
        lastLogDeterminant = StrictMath.log(CommonOps_DDRM.det(s));
        if (!cholesky.setA(s)) {
            throw new CovarianceException("innovation covariance S is not positive definite");
        }
        // K^T = S^-1 H P (S and P symmetric), and S^-1 y for the NIS.
        cholesky.solve(hp, kt);
        cholesky.solve(innovation, whitened);
        CommonOps_DDRM.transpose(kt, k);
        double nis = 0.0;
        for (int i = 0; i < m; i++) {
            nis += innovation.data[i] * whitened.data[i];
        }

        // x = x + K y
        for (int i = 0; i < n; i++) {
            double correction = 0.0;
            for (int j = 0; j < m; j++) {
                correction += k.data[i * m + j] * innovation.data[j];
            }
            state[i] += correction;
        }

        // Joseph form: P = (I - K H) P (I - K H)^T + K R K^T
        CommonOps_DDRM.mult(k, h, identityMinusKh);
        CommonOps_DDRM.scale(-1.0, identityMinusKh);
        for (int i = 0; i < n; i++) {
            identityMinusKh.data[i * n + i] += 1.0;
        }
        CommonOps_DDRM.mult(identityMinusKh, p, nn);
        CommonOps_DDRM.multTransB(nn, identityMinusKh, p);
        CommonOps_DDRM.mult(k, r, kr);
        CommonOps_DDRM.multAddTransB(kr, k, p);
        Symmetry.symmetrise(p.data, n, covariance);
        return nis;
    }

    @Override
    public double lastInnovationLogDeterminant() {
        return lastLogDeterminant;
    }

    private void checkState(final int n) {
        if (n > maxState) {
            throw new IllegalArgumentException("state dimension " + n + " exceeds this filter's maximum " + maxState);
        }
    }
}
