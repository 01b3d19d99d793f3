package io.vigil.fusion.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vigil.fusion.testing.AllocationMeter;
import io.vigil.fusion.testing.Measured;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;

class LocalFrameTest {

    @Test
    void matchesCartConvertLocalCartesianOnEveryReferenceRow() {
        final ReferenceTable table = ReferenceTable.load("/geodesy/geodetic_to_enu.csv");
        assertThat(table.size()).isGreaterThan(800);
        final LocalFrame frame = new LocalFrame();
        final double[] ecef = new double[3];
        final double[] enu = new double[3];
        final double[] back = new double[3];
        final Measured.Worst worst = new Measured.Worst();
        for (int i = 0; i < table.size(); i++) {
            frame.at(
                Math.toRadians(table.get(i, "site_lat_deg")),
                Math.toRadians(table.get(i, "site_lon_deg")),
                table.get(i, "site_height_m"));
            Geodetic.toEcef(
                Math.toRadians(table.get(i, "lat_deg")), Math.toRadians(table.get(i, "lon_deg")),
                table.get(i, "height_m"), ecef);
            frame.ecefToEnu(ecef[0], ecef[1], ecef[2], enu);
            assertThat(enu[0]).as(table.where(i)).isCloseTo(table.get(i, "east_m"), within(1e-4));
            assertThat(enu[1]).as(table.where(i)).isCloseTo(table.get(i, "north_m"), within(1e-4));
            assertThat(enu[2]).as(table.where(i)).isCloseTo(table.get(i, "up_m"), within(1e-4));
            worst.of(enu[0] - table.get(i, "east_m"));
            worst.of(enu[1] - table.get(i, "north_m"));
            worst.of(enu[2] - table.get(i, "up_m"));
            // And back from the reference ENU to the target's ECEF.
            frame.enuToEcef(table.get(i, "east_m"), table.get(i, "north_m"), table.get(i, "up_m"), back);
            for (int k = 0; k < 3; k++) {
                assertThat(back[k]).as(table.where(i)).isCloseTo(ecef[k], within(1e-4));
            }
        }
        worst.report("geodetic to ENU vs CartConvert, worst coordinate difference (m)");
    }

    @Test
    void roundTripsEcefThroughEnuAtRandomSites() {
        final SplittableRandom random = new SplittableRandom(7L);
        final LocalFrame frame = new LocalFrame();
        final double[] enu = new double[3];
        final double[] back = new double[3];
        for (int i = 0; i < 100_000; i++) {
            frame.at(randomLatitude(random), randomLongitude(random), random.nextDouble(-400.0, 9000.0));
            final double x = random.nextDouble(-4e7, 4e7);
            final double y = random.nextDouble(-4e7, 4e7);
            final double z = random.nextDouble(-4e7, 4e7);
            frame.ecefToEnu(x, y, z, enu);
            frame.enuToEcef(enu[0], enu[1], enu[2], back);
            assertThat(back[0]).isCloseTo(x, within(1e-7));
            assertThat(back[1]).isCloseTo(y, within(1e-7));
            assertThat(back[2]).isCloseTo(z, within(1e-7));
        }
    }

    @Test
    void rotationIsOrthonormalAndRightHanded() {
        final LocalFrame frame = new LocalFrame(Math.toRadians(-33.9), Math.toRadians(151.2), 40.0);
        final double[] r = new double[9];
        frame.rotation(r);
        final DMatrixRMaj m = new DMatrixRMaj(3, 3, true, r);
        final DMatrixRMaj product = new DMatrixRMaj(3, 3);
        org.ejml.dense.row.CommonOps_DDRM.multTransB(m, m, product);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertThat(product.get(i, j)).isCloseTo(i == j ? 1.0 : 0.0, within(1e-15));
            }
        }
        assertThat(org.ejml.dense.row.CommonOps_DDRM.det(m)).isCloseTo(1.0, within(1e-15));
        final double[] up = new double[3];
        frame.up(up);
        assertThat(Arrays.copyOfRange(r, 6, 9)).containsExactly(up);
    }

    @Test
    void covarianceRotationPreservesEigenvaluesAndSymmetry() {
        final SplittableRandom random = new SplittableRandom(11L);
        final LocalFrame frame = new LocalFrame();
        final double[] cov = new double[9];
        final double[] rotated = new double[9];
        final double[] back = new double[9];
        for (int trial = 0; trial < 500; trial++) {
            frame.at(randomLatitude(random), randomLongitude(random), 0.0);
            randomCovariance(random, cov);
            frame.covarianceEcefToEnu(cov, rotated);
            assertSymmetric(rotated);
            final double[] expected = eigenvalues(cov);
            final double[] actual = eigenvalues(rotated);
            for (int k = 0; k < 3; k++) {
                assertThat(actual[k]).isCloseTo(expected[k], within(1e-12 * expected[2]));
            }
            frame.covarianceEnuToEcef(rotated, back);
            for (int k = 0; k < 9; k++) {
                assertThat(back[k]).isCloseTo(cov[k], within(1e-12 * expected[2]));
            }
        }
    }

    @Test
    void covarianceRotationPutsVerticalUncertaintyOnTheUpAxis() {
        // A variance only along the local normal must come out as the ENU up-up element.
        final double lat = Math.toRadians(52.0);
        final double lon = Math.toRadians(5.0);
        final LocalFrame frame = new LocalFrame(lat, lon, 0.0);
        final double[] up = new double[3];
        Geodetic.up(lat, lon, up);
        final double sigma2 = 2500.0;
        final double[] cov = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                cov[3 * i + j] = sigma2 * up[i] * up[j];
            }
        }
        frame.covarianceEcefToEnu(cov, cov);
        assertThat(cov[8]).isCloseTo(sigma2, within(1e-9));
        assertThat(cov[0]).isCloseTo(0.0, within(1e-9));
        assertThat(cov[4]).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void movingSensorFrameMatchesTheGeodeticFrameAtItsPosition() {
        final double[] ecef = new double[3];
        Geodetic.toEcef(0.4, 2.1, 10_000.0, ecef);
        final LocalFrame moving = new LocalFrame().atEcef(ecef[0], ecef[1], ecef[2]);
        final LocalFrame fixed = new LocalFrame(0.4, 2.1, 10_000.0);
        final double[] a = new double[9];
        final double[] b = new double[9];
        moving.rotation(a);
        fixed.rotation(b);
        for (int k = 0; k < 9; k++) {
            assertThat(a[k]).isCloseTo(b[k], within(1e-15));
        }
        assertThat(moving.originX()).isEqualTo(ecef[0]);
        assertThat(moving.heightM()).isCloseTo(10_000.0, within(1e-8));
    }

    @Test
    void frameOperationsAllocateNothing() {
        final LocalFrame frame = new LocalFrame();
        final double[] out = new double[3];
        final double[] cov = {4, 1, 0.5, 1, 9, 0.2, 0.5, 0.2, 16};
        final long bytes = AllocationMeter.bytesAllocated(() -> {
            frame.atEcef(3_000_000.0, 4_000_000.0, 3_500_000.0);
            frame.ecefToRadar(3_100_000.0, 4_100_000.0, 3_900_000.0, out);
            frame.radarToEcef(out[0], out[1], out[2], out);
            frame.covarianceEcefToEnu(cov, cov);
        }, 100_000, 100_000);
        assertThat(bytes).isZero();
    }

    static double randomLatitude(final SplittableRandom random) {
        return (random.nextDouble() - 0.5) * Math.PI;
    }

    static double randomLongitude(final SplittableRandom random) {
        return (random.nextDouble() - 0.5) * 2.0 * Math.PI;
    }

    /** A random symmetric positive definite 3x3 matrix with eigenvalues from 1 to 1e6. */
    private static void randomCovariance(final SplittableRandom random, final double[] out) {
        final DMatrixRMaj a = new DMatrixRMaj(3, 3);
        for (int i = 0; i < 9; i++) {
            a.data[i] = random.nextDouble(-1000.0, 1000.0);
        }
        final DMatrixRMaj c = new DMatrixRMaj(3, 3);
        org.ejml.dense.row.CommonOps_DDRM.multTransB(a, a, c);
        for (int i = 0; i < 3; i++) {
            c.add(i, i, 1.0);
        }
        System.arraycopy(c.data, 0, out, 0, 9);
    }

    private static double[] eigenvalues(final double[] symmetric) {
        final EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(3, false, true);
        assertThat(eig.decompose(new DMatrixRMaj(3, 3, true, symmetric))).isTrue();
        final double[] values = new double[3];
        for (int i = 0; i < 3; i++) {
            values[i] = eig.getEigenvalue(i).getReal();
        }
        Arrays.sort(values);
        return values;
    }

    private static void assertSymmetric(final double[] m) {
        assertThat(m[1]).isEqualTo(m[3]);
        assertThat(m[2]).isEqualTo(m[6]);
        assertThat(m[5]).isEqualTo(m[7]);
    }
}
