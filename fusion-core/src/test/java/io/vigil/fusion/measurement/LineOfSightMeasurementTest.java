package io.vigil.fusion.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vigil.fusion.geo.Geodetic;
import io.vigil.fusion.geo.Wgs84;
import io.vigil.fusion.testing.AllocationMeter;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LineOfSightMeasurementTest {

    /**
     * Row-relative tolerance of the analytic Jacobian against central differences with a
     * 100 m step at 36,000 to 50,000 km: truncation (h / |p - s|)^2 is about 1e-11 and the
     * rounding of h(x) (about 1e-16, a dot product of unit vectors) over the change it sees
     * (2 h / |p - s|, about 5e-6) about 2e-11. A wrong term or sign gives errors of order
     * 1e-3 and up (the (e_i . w) w term is as large as the angle off u) to 1.
     */
    private static final double JACOBIAN_TOLERANCE = 1e-6;
    private static final double GEO_RADIUS_M = 42_164_000.0;
    private static final double SIGMA = 30e-6;

    @Test
    void analyticJacobianMatchesCentralDifferencesFromGeoAndHeoSensors() {
        final SplittableRandom random = new SplittableRandom(21L);
        final LineOfSightMeasurement los = new LineOfSightMeasurement();
        final double[] sensor = new double[3];
        final double[] state = new double[9];
        final double[] u = new double[3];
        double worst = 0.0;
        for (int i = 0; i < 20_000; i++) {
            randomSensor(random, i % 2 == 0, sensor);
            randomVisibleTarget(random, sensor, state);
            // Measured line of sight up to 2 mrad off the true one, so that h(x) is not zero.
            perturbedDirection(random, sensor, state, 2e-3, u);
            los.sensor(sensor[0], sensor[1], sensor[2]).lineOfSight(u[0], u[1], u[2]);
            final int n = i % 3 == 0 ? 9 : 6;
            final JacobianCheck check = new JacobianCheck(los, n);
            final double error = check.worstRowError(state, 100.0, 1.0);
            assertThat(error).as("case %d, state %s", i, Arrays.toString(state)).isLessThan(JACOBIAN_TOLERANCE);
            worst = Math.max(worst, error);
            for (int row = 0; row < 2; row++) {
                for (int j = 3; j < n; j++) {
                    assertThat(check.analytic()[row * n + j]).isZero();
                }
            }
        }
        assertThat(worst).isLessThan(JACOBIAN_TOLERANCE);
    }

    @Test
    void predictionFromTheTruePositionIsZeroWhenTheMeasuredDirectionIsTheTrueOne() {
        final SplittableRandom random = new SplittableRandom(22L);
        final LineOfSightMeasurement los = new LineOfSightMeasurement();
        final double[] sensor = new double[3];
        final double[] state = new double[6];
        final double[] u = new double[3];
        final double[] h = new double[2];
        for (int i = 0; i < 50_000; i++) {
            randomSensor(random, i % 2 == 0, sensor);
            randomVisibleTarget(random, sensor, state);
            perturbedDirection(random, sensor, state, 0.0, u);
            los.sensor(sensor[0], sensor[1], sensor[2]).lineOfSight(u[0], u[1], u[2]);
            los.predict(state, 6, h, null);
            assertThat(h).containsExactly(new double[] {0.0, 0.0}, within(1e-15));
        }
    }

    @Test
    void predictionIsTheSineOfTheAngleOffTheMeasuredDirection() {
        final SplittableRandom random = new SplittableRandom(23L);
        final LineOfSightMeasurement los = new LineOfSightMeasurement();
        final double[] sensor = new double[3];
        final double[] state = new double[6];
        final double[] u = new double[3];
        final double[] h = new double[2];
        for (int i = 0; i < 50_000; i++) {
            randomSensor(random, i % 2 == 0, sensor);
            randomVisibleTarget(random, sensor, state);
            perturbedDirection(random, sensor, state, 0.05, u);
            los.sensor(sensor[0], sensor[1], sensor[2]).lineOfSight(u[0], u[1], u[2]);
            los.predict(state, 6, h, null);
            final double angle = angleBetween(u, state[0] - sensor[0], state[1] - sensor[1], state[2] - sensor[2]);
            assertThat(Math.hypot(h[0], h[1])).isCloseTo(Math.sin(angle), within(1e-13));
        }
    }

    @Test
    void aTargetDisplacedAlongE1OrE2MovesOnlyThatComponent() {
        final LineOfSightMeasurement los = new LineOfSightMeasurement()
            .sensor(GEO_RADIUS_M, 0.0, 0.0).lineOfSight(-1.0, 0.0, 0.0);
        final double[] basis = new double[6];
        los.tangentBasis(basis);
        final double distance = GEO_RADIUS_M - Wgs84.SEMI_MAJOR_AXIS_M;
        final double offset = 1000.0;
        final double[] h = new double[2];
        for (int axis = 0; axis < 2; axis++) {
            final double[] state = {Wgs84.SEMI_MAJOR_AXIS_M, 0.0, 0.0, 0.0, 0.0, 0.0};
            for (int k = 0; k < 3; k++) {
                state[k] += offset * basis[3 * axis + k];
            }
            los.predict(state, 6, h, null);
            final double expected = offset / Math.hypot(distance, offset);
            assertThat(h[axis]).isCloseTo(expected, within(1e-15));
            assertThat(h[1 - axis]).isCloseTo(0.0, within(1e-15));
        }
    }

    @Test
    void tangentBasisIsOrthonormalRightHandedAndPerpendicularToTheLineOfSight() {
        final SplittableRandom random = new SplittableRandom(24L);
        final LineOfSightMeasurement los = new LineOfSightMeasurement();
        final double r3 = 1.0 / Math.sqrt(3.0);
        final double[][] special = {
            {1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 1}, {0, 0, -1},
            {r3, r3, r3}, {-r3, r3, -r3}, {Math.sqrt(0.5), Math.sqrt(0.5), 0.0},
        };
        final double[] basis = new double[6];
        for (int i = 0; i < 100_000 + special.length; i++) {
            final double[] u = i < special.length ? special[i] : randomUnit(random);
            los.lineOfSight(u[0], u[1], u[2]);
            los.tangentBasis(basis);
            final double[] e1 = Arrays.copyOfRange(basis, 0, 3);
            final double[] e2 = Arrays.copyOfRange(basis, 3, 6);
            assertThat(dot(e1, e1)).isCloseTo(1.0, within(1e-15));
            assertThat(dot(e2, e2)).isCloseTo(1.0, within(1e-15));
            assertThat(dot(e1, e2)).isCloseTo(0.0, within(1e-15));
            assertThat(dot(e1, u)).isCloseTo(0.0, within(1e-15));
            assertThat(dot(e2, u)).isCloseTo(0.0, within(1e-15));
            // e1 x e2 = u: the same handedness for every u.
            assertThat(e1[1] * e2[2] - e1[2] * e2[1]).isCloseTo(u[0], within(1e-15));
            assertThat(e1[2] * e2[0] - e1[0] * e2[2]).isCloseTo(u[1], within(1e-15));
            assertThat(e1[0] * e2[1] - e1[1] * e2[0]).isCloseTo(u[2], within(1e-15));
        }
    }

    @Test
    void lineOfSightIsAcceptedWithinTheUnitToleranceAndRenormalised() {
        final LineOfSightMeasurement los = new LineOfSightMeasurement().sensor(GEO_RADIUS_M, 0.0, 0.0);
        final double stretch = 1.0 + 0.9 * LineOfSightMeasurement.UNIT_TOLERANCE;
        los.lineOfSight(-stretch, 0.0, 0.0);
        final double[] h = new double[2];
        final double[] jacobian = new double[12];
        los.predict(new double[] {Wgs84.SEMI_MAJOR_AXIS_M, 0.0, 5000.0, 0.0, 0.0, 0.0}, 6, h, jacobian);
        final double[] reference = new double[2];
        final double[] referenceJacobian = new double[12];
        new LineOfSightMeasurement().sensor(GEO_RADIUS_M, 0.0, 0.0).lineOfSight(-1.0, 0.0, 0.0)
            .predict(new double[] {Wgs84.SEMI_MAJOR_AXIS_M, 0.0, 5000.0, 0.0, 0.0, 0.0}, 6, reference, referenceJacobian);
        assertThat(h).containsExactly(reference, within(1e-16));
        assertThat(jacobian).containsExactly(referenceJacobian, within(1e-22));
        final float[] single = {0.26726124f, 0.5345225f, 0.8017837f}; // (1, 2, 3) / sqrt(14) in floats
        los.lineOfSight(single[0], single[1], single[2]);
    }

    @Test
    void aLineOfSightThatIsNotUnitLengthIsRejectedWithItsNorm() {
        final LineOfSightMeasurement los = new LineOfSightMeasurement();
        assertThatThrownBy(() -> los.lineOfSight(1.0 + 2e-6, 0.0, 0.0))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("|u| = 1.000002");
        assertThatThrownBy(() -> los.lineOfSight(3.0, 4.0, 0.0))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("|u| = 5.0")
            .hasMessageContaining("(3.0, 4.0, 0.0)");
        assertThatThrownBy(() -> los.lineOfSight(0.0, 0.0, 0.0))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("|u| = 0.0");
        assertThatThrownBy(() -> los.lineOfSight(Double.NaN, 0.0, 1.0))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line of sight x")
            .hasMessageContaining("NaN");
        assertThatThrownBy(() -> los.sensor(0.0, Double.POSITIVE_INFINITY, 0.0))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sensor ECEF y")
            .hasMessageContaining("Infinity");
        assertThatThrownBy(() -> los.sigma(0.0))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sigma").hasMessageContaining("0.0");
        assertThatThrownBy(() -> los.sigma(-1e-5))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1.0E-5");
    }

    @Test
    void usingAnUnconfiguredModelOrATooShortStateFails() {
        final LineOfSightMeasurement los = new LineOfSightMeasurement();
        final double[] out = new double[12];
        assertThatThrownBy(() -> los.measurement(out)).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("line of sight");
        assertThatThrownBy(() -> los.noise(out)).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("sigma");
        los.lineOfSight(0.0, 0.0, 1.0);
        assertThatThrownBy(() -> los.predict(new double[6], 6, out, null)).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("sensor");
        los.sensor(0.0, 0.0, -GEO_RADIUS_M);
        assertThatThrownBy(() -> los.predict(new double[6], 3, out, null)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("got 3");
    }

    @Test
    void measurementIsZeroNoiseIsIsotropicAndResidualIsAPlainDifference() {
        final LineOfSightMeasurement los = new LineOfSightMeasurement().lineOfSight(0.0, 1.0, 0.0).sigma(SIGMA);
        assertThat(los.dimension()).isEqualTo(2);
        final double[] z = {7.0, 7.0};
        los.measurement(z);
        assertThat(z).containsExactly(0.0, 0.0);
        final double[] noise = new double[4];
        los.noise(noise);
        assertThat(noise).containsExactly(SIGMA * SIGMA, 0.0, 0.0, SIGMA * SIGMA);
        final double[] a = {3e-5, -4e-5};
        los.residual(a, new double[] {1e-5, 1e-5}, a);
        assertThat(a).containsExactly(new double[] {2e-5, -5e-5}, within(1e-20));
    }

    @Test
    void theMirrorImageBehindTheSensorAlsoPredictsZeroAsDocumented() {
        final LineOfSightMeasurement los = new LineOfSightMeasurement()
            .sensor(GEO_RADIUS_M, 0.0, 0.0).lineOfSight(-1.0, 0.0, 0.0);
        final double[] h = new double[2];
        los.predict(new double[] {2.0 * GEO_RADIUS_M, 0.0, 0.0, 0.0, 0.0, 0.0}, 6, h, null);
        assertThat(h).containsExactly(new double[] {0.0, 0.0}, within(1e-15));
    }

    @Test
    void configuringPredictingAndUpdatingAllocatesNothing() {
        final LineOfSightMeasurement los = new LineOfSightMeasurement();
        final double[] state = {Wgs84.SEMI_MAJOR_AXIS_M + 300e3, 1e5, 2e5, 1000.0, 6000.0, 2000.0, 0.5};
        final double[] z = new double[2];
        final double[] h = new double[2];
        final double[] jacobian = new double[14];
        final double[] residual = new double[2];
        final double[] noise = new double[4];
        final double[] sink = new double[1];
        final int[] counter = new int[1];
        final long bytes = AllocationMeter.bytesAllocated(() -> {
            final int k = counter[0]++ & 1023;
            final double uy = 1e-5 * k;
            final double ux = -Math.sqrt(1.0 - uy * uy);
            los.sensor(GEO_RADIUS_M, 0.0, 1e3 * k).lineOfSight(ux, uy, 0.0).sigma(SIGMA);
            los.measurement(z);
            los.predict(state, 7, h, jacobian);
            los.residual(z, h, residual);
            los.noise(noise);
            sink[0] += residual[0] + noise[3] + jacobian[1];
        }, 100_000, 100_000);
        assertThat(bytes).isZero();
        assertThat(sink[0]).isFinite().isNotZero();
    }

    /** A GEO sensor (equatorial, 42,164 km from the centre) or an HEO one near apogee. */
    private static void randomSensor(final SplittableRandom random, final boolean geo, final double[] sensor) {
        final double longitude = random.nextDouble(-Math.PI, Math.PI);
        if (geo) {
            sensor[0] = GEO_RADIUS_M * Math.cos(longitude);
            sensor[1] = GEO_RADIUS_M * Math.sin(longitude);
            sensor[2] = 0.0;
        } else {
            // Molniya-like: 30,000 to 39,800 km high over 40 to 65 deg latitude, either hemisphere.
            final double latitude = Math.toRadians(random.nextDouble(40.0, 65.0)) * (random.nextBoolean() ? 1 : -1);
            Geodetic.toEcef(latitude, longitude, random.nextDouble(30_000e3, 39_800e3), sensor);
        }
    }

    /** A target 0 to 1,500 km high on the Earth's face toward the sensor, moving at up to 7.5 km/s. */
    private static void randomVisibleTarget(final SplittableRandom random, final double[] sensor, final double[] state) {
        final double sensorRadius = Math.sqrt(dot(sensor, sensor));
        double[] direction;
        do {
            direction = randomUnit(random);
        } while (dot(direction, sensor) < 0.3 * sensorRadius);
        final double latitude = StrictMath.asin(direction[2]);
        final double longitude = StrictMath.atan2(direction[1], direction[0]);
        Geodetic.toEcef(latitude, longitude, random.nextDouble(0.0, 1_500e3), state);
        final double[] velocity = randomUnit(random);
        final double speed = random.nextDouble(0.0, 7500.0);
        for (int k = 0; k < 3; k++) {
            state[3 + k] = speed * velocity[k];
        }
        for (int k = 6; k < state.length; k++) {
            state[k] = random.nextDouble(-10.0, 10.0);
        }
    }

    /** The true unit direction from sensor to target, tilted by a random angle up to maxAngle. */
    private static void perturbedDirection(
        final SplittableRandom random, final double[] sensor, final double[] state, final double maxAngle,
        final double[] u) {
        final double[] w = {state[0] - sensor[0], state[1] - sensor[1], state[2] - sensor[2]};
        final double norm = Math.sqrt(dot(w, w));
        for (int k = 0; k < 3; k++) {
            w[k] /= norm;
        }
        if (maxAngle == 0.0) {
            System.arraycopy(w, 0, u, 0, 3);
            return;
        }
        final double[] tilt = randomUnit(random);
        final double along = dot(tilt, w);
        final double[] perpendicular = new double[3];
        for (int k = 0; k < 3; k++) {
            perpendicular[k] = tilt[k] - along * w[k];
        }
        final double perpendicularNorm = Math.sqrt(dot(perpendicular, perpendicular));
        final double angle = random.nextDouble(0.0, maxAngle);
        for (int k = 0; k < 3; k++) {
            u[k] = Math.cos(angle) * w[k] + Math.sin(angle) * perpendicular[k] / perpendicularNorm;
        }
    }

    private static double[] randomUnit(final SplittableRandom random) {
        while (true) {
            final double x = random.nextDouble(-1.0, 1.0);
            final double y = random.nextDouble(-1.0, 1.0);
            final double z = random.nextDouble(-1.0, 1.0);
            final double norm = Math.sqrt(x * x + y * y + z * z);
            if (norm <= 1.0 && norm > 1e-3) {
                return new double[] {x / norm, y / norm, z / norm};
            }
        }
    }

    private static double angleBetween(final double[] u, final double x, final double y, final double z) {
        final double cx = u[1] * z - u[2] * y;
        final double cy = u[2] * x - u[0] * z;
        final double cz = u[0] * y - u[1] * x;
        return Math.atan2(Math.sqrt(cx * cx + cy * cy + cz * cz), u[0] * x + u[1] * y + u[2] * z);
    }

    private static double dot(final double[] a, final double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }
}
