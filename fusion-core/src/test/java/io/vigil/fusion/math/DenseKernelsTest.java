package io.vigil.fusion.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.RandomMatrices_DDRM;
import org.junit.jupiter.api.Test;

/** The filters' hand-written kernels against EJML's dense operations, over the sizes in use. */
class DenseKernelsTest {

    private final java.util.Random random = new java.util.Random(99L);

    private static void assertClose(final double[] actual, final DMatrixRMaj expected) {
        double scale = 1.0;
        for (int i = 0; i < expected.getNumElements(); i++) {
            scale = Math.max(scale, Math.abs(expected.data[i]));
        }
        for (int i = 0; i < expected.getNumElements(); i++) {
            assertThat(actual[i]).as("element %d", i).isCloseTo(expected.data[i], within(1e-13 * scale));
        }
    }

    private DMatrixRMaj symmetricPositiveDefinite(final int n) {
        final DMatrixRMaj a = RandomMatrices_DDRM.rectangle(n, n, -1.0, 1.0, random);
        final DMatrixRMaj spd = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransB(a, a, spd);
        for (int i = 0; i < n; i++) {
            spd.add(i, i, 0.1);
        }
        return spd;
    }

    @Test
    void multiplyEqualsEjml() {
        for (final int[] shape : new int[][] {{6, 6, 6}, {4, 9, 9}, {9, 4, 2}, {2, 5, 7}}) {
            final DMatrixRMaj a = RandomMatrices_DDRM.rectangle(shape[0], shape[1], -10, 10, random);
            final DMatrixRMaj b = RandomMatrices_DDRM.rectangle(shape[1], shape[2], -10, 10, random);
            final DMatrixRMaj expected = new DMatrixRMaj(shape[0], shape[2]);
            CommonOps_DDRM.mult(a, b, expected);
            final double[] out = new double[shape[0] * shape[2]];
            DenseKernels.multiply(a.data, b.data, out, shape[0], shape[1], shape[2]);
            assertClose(out, expected);
        }
    }

    @Test
    void symmetricProductEqualsEjmlAndIsExactlySymmetric() {
        for (final int[] shape : new int[][] {{6, 6}, {4, 9}, {9, 9}, {2, 7}}) {
            final int r = shape[0];
            final int k = shape[1];
            final DMatrixRMaj x = RandomMatrices_DDRM.rectangle(r, k, -3, 3, random);
            final DMatrixRMaj p = symmetricPositiveDefinite(k);
            final DMatrixRMaj xp = new DMatrixRMaj(r, k);
            CommonOps_DDRM.mult(x, p, xp);
            final DMatrixRMaj add = symmetricPositiveDefinite(r);
            final DMatrixRMaj expected = new DMatrixRMaj(r, r);
            CommonOps_DDRM.multTransB(xp, x, expected);
            CommonOps_DDRM.addEquals(expected, add);
            final double[] out = new double[r * r];
            DenseKernels.multiplyTransposeSymmetric(xp.data, x.data, add.data, out, r, k);
            assertClose(out, expected);
            for (int i = 0; i < r; i++) {
                for (int j = 0; j < r; j++) {
                    assertThat(out[i * r + j]).isEqualTo(out[j * r + i]);
                }
            }
        }
    }

    @Test
    void choleskySolveAndDeterminantEqualEjml() {
        for (final int m : new int[] {1, 2, 3, 4, 6}) {
            final DMatrixRMaj s = symmetricPositiveDefinite(m);
            final DMatrixRMaj b = RandomMatrices_DDRM.rectangle(m, 7, -5, 5, random);
            final DMatrixRMaj expected = new DMatrixRMaj(m, 7);
            CommonOps_DDRM.solve(s, b, expected);
            final double[] factor = new double[m * m];
            final double determinant = DenseKernels.cholesky(s.data, factor, m);
            assertThat(Math.log(determinant)).isCloseTo(Math.log(CommonOps_DDRM.det(s)), within(1e-12));
            final double[] x = b.data.clone();
            DenseKernels.solveInPlace(factor, x, m, 7);
            assertClose(x, expected);
        }
    }

    @Test
    void mahalanobisNormAndGainCorrectionEqualEjml() {
        final int m = 4;
        final int n = 6;
        final DMatrixRMaj s = symmetricPositiveDefinite(m);
        final DMatrixRMaj y = RandomMatrices_DDRM.rectangle(m, 1, -5, 5, random);
        final DMatrixRMaj solved = new DMatrixRMaj(m, 1);
        CommonOps_DDRM.solve(s, y, solved);
        final double[] factor = new double[m * m];
        DenseKernels.cholesky(s.data, factor, m);
        assertThat(DenseKernels.mahalanobisSquared(factor, y.data, new double[m], m))
            .isCloseTo(CommonOps_DDRM.dot(y, solved), within(1e-12 * CommonOps_DDRM.dot(y, solved)));
        final DMatrixRMaj kt = RandomMatrices_DDRM.rectangle(m, n, -1, 1, random);
        final DMatrixRMaj x = RandomMatrices_DDRM.rectangle(n, 1, -100, 100, random);
        final DMatrixRMaj expected = new DMatrixRMaj(n, 1);
        CommonOps_DDRM.multTransA(kt, y, expected);
        CommonOps_DDRM.addEquals(expected, x);
        final double[] corrected = x.data.clone();
        DenseKernels.addGainTimes(kt.data, y.data, corrected, m, n);
        assertClose(corrected, expected);
    }

    @Test
    void choleskyReportsAMatrixThatIsNotPositiveDefinite() {
        assertThat(DenseKernels.cholesky(new double[] {1, 2, 2, 1}, new double[4], 2)).isNaN();
        assertThat(DenseKernels.cholesky(new double[] {0, 0, 0, 1}, new double[4], 2)).isNaN();
    }
}
