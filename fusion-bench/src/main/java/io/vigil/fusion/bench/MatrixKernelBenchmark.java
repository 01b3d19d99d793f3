package io.vigil.fusion.bench;

import io.vigil.fusion.math.DenseKernels;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.RandomMatrices_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Why the filters use hand-written kernels: the two matrix steps of an extended Kalman
 * filter cycle on a 6-state track with a 4-element radar plot, done by EJML's preallocated
 * dense operations and by {@link DenseKernels}, in the same run.
 *
 * <pre>
 *   covariance: P = F P F^T + Q          (6 x 6)
 *   gain:       S = H P H^T + R, K^T = S^-1 H P   (H 4 x 6; Cholesky solve)
 * </pre>
 *
 * <p>Load: a single thread, fixed random matrices (seeded), outputs preallocated; both sides
 * allocate nothing.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class MatrixKernelBenchmark {

    private static final int N = 6;
    private static final int M = 4;

    private DMatrixRMaj f;
    private DMatrixRMaj p;
    private DMatrixRMaj q;
    private DMatrixRMaj h;
    private DMatrixRMaj r;
    private final DMatrixRMaj fp = new DMatrixRMaj(N, N);
    private final DMatrixRMaj out = new DMatrixRMaj(N, N);
    private final DMatrixRMaj hp = new DMatrixRMaj(M, N);
    private final DMatrixRMaj s = new DMatrixRMaj(M, M);
    private final DMatrixRMaj kt = new DMatrixRMaj(M, N);
    private final LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.symmPosDef(M);
    private final double[] work = new double[N * N];
    private final double[] result = new double[N * N];
    private final double[] hpFlat = new double[M * N];
    private final double[] sFlat = new double[M * M];
    private final double[] factor = new double[M * M];

    /** Seeded random inputs: P and R symmetric positive definite. */
    @Setup
    public void setUp() {
        final Random random = new Random(6L);
        f = RandomMatrices_DDRM.rectangle(N, N, -1, 1, random);
        p = RandomMatrices_DDRM.symmetricPosDef(N, random);
        q = RandomMatrices_DDRM.symmetricPosDef(N, random);
        h = RandomMatrices_DDRM.rectangle(M, N, -1, 1, random);
        r = RandomMatrices_DDRM.symmetricPosDef(M, random);
    }

    /** @return P = F P F^T + Q by EJML */
    @Benchmark
    public DMatrixRMaj covarianceEjml() {
        CommonOps_DDRM.mult(f, p, fp);
        CommonOps_DDRM.multTransB(fp, f, out);
        CommonOps_DDRM.addEquals(out, q);
        return out;
    }

    /** @return P = F P F^T + Q by the kernels */
    @Benchmark
    public double[] covarianceKernels() {
        DenseKernels.multiply(f.data, p.data, work, N, N, N);
        DenseKernels.multiplyTransposeSymmetric(work, f.data, q.data, result, N, N);
        return result;
    }

    /** @return K^T = (H P H^T + R)^-1 H P by EJML */
    @Benchmark
    public DMatrixRMaj gainEjml() {
        CommonOps_DDRM.mult(h, p, hp);
        CommonOps_DDRM.multTransB(hp, h, s);
        CommonOps_DDRM.addEquals(s, r);
        solver.setA(s);
        solver.solve(hp, kt);
        return kt;
    }

    /** @return K^T = (H P H^T + R)^-1 H P by the kernels */
    @Benchmark
    public double[] gainKernels() {
        DenseKernels.multiply(h.data, p.data, hpFlat, M, N, N);
        DenseKernels.multiplyTransposeSymmetric(hpFlat, h.data, r.data, sFlat, M, N);
        DenseKernels.cholesky(sFlat, factor, M);
        DenseKernels.solveInPlace(factor, hpFlat, M, N);
        return hpFlat;
    }
}
