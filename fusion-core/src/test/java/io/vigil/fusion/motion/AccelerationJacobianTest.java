package io.vigil.fusion.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Each force model's analytic Jacobian against central differences of its acceleration, term
 * by term (the transition-matrix test sees them only integrated). Per column the difference
 * must agree to 1e-6 of the column's largest entry, or to what it can resolve (four ulps of
 * the acceleration over the perturbation) if that is coarser: the perturbations (1 m, 1 cm/s, 1e-3
 * m^2/kg of kappa, 1 mm/s^2 of thrust) leave truncation and rounding errors below about
 * 1e-8 of it.
 */
class AccelerationJacobianTest {

    private static final double TOLERANCE = 1e-6;

    @Test
    void freeFallJacobianMatchesDifferencesWithAndWithoutJ2AndRotation() {
        final SplittableRandom random = new SplittableRandom(71L);
        final EarthModel[] earths = {
            EarthModel.WGS84, EarthModel.WGS84.withoutJ2(), EarthModel.WGS84.withoutRotation(),
            EarthModel.WGS84.withoutJ2().withoutRotation(),
        };
        for (final EarthModel earth : earths) {
            final FreeFallAcceleration acceleration = new FreeFallAcceleration(earth, 6);
            for (int trial = 0; trial < 500; trial++) {
                final double[] state = Trajectories.at(
                    random.nextDouble(-90.0, 90.0), random.nextDouble(-180.0, 180.0), random.nextDouble(0.0, 40_000e3),
                    random.nextDouble(0.0, 360.0), random.nextDouble(-90.0, 90.0), random.nextDouble(0.0, 10_000.0));
                assertThat(worstColumnError(acceleration, state)).as("%s trial %d", earth, trial).isLessThan(TOLERANCE);
            }
        }
    }

    @Test
    void reentryJacobianMatchesDifferencesIncludingTheDensityGradient() {
        final SplittableRandom random = new SplittableRandom(72L);
        final ReentryAcceleration acceleration = new ReentryAcceleration(EarthModel.WGS84, new ExponentialAtmosphere());
        int tested = 0;
        while (tested < 2_000) {
            // Mostly where drag is large enough for the differences to resolve it.
            final double height = tested % 4 == 0 ? random.nextDouble(100.0, 1_100e3) : random.nextDouble(100.0, 150e3);
            // Skip points within 10 m of a layer boundary, where the density's slope jumps.
            if (nearLayerBoundary(height, 10.0)) {
                continue;
            }
            final double[] state = new double[7];
            System.arraycopy(Trajectories.at(
                random.nextDouble(-90.0, 90.0), random.nextDouble(-180.0, 180.0), height,
                random.nextDouble(0.0, 360.0), random.nextDouble(-90.0, 90.0), random.nextDouble(10.0, 8_000.0)),
                0, state, 0, 6);
            // Clear of kappa = 0 by more than the difference step: drag is cut off below it.
            state[6] = random.nextDouble(1.5e-3, 1e-2);
            assertThat(worstColumnError(acceleration, state)).as("height %s", height).isLessThan(TOLERANCE);
            tested++;
        }
    }

    @Test
    void aNegativeKappaGivesNoDragButKeepsTheKappaDerivativeOfPositiveKappa() {
        final ReentryAcceleration acceleration = new ReentryAcceleration(EarthModel.WGS84, new ExponentialAtmosphere());
        final double[] negative = new double[7];
        System.arraycopy(Trajectories.at(30.0, 20.0, 20e3, 70.0, -40.0, 3_000.0), 0, negative, 0, 6);
        final double[] zero = negative.clone();
        final double[] positive = negative.clone();
        negative[6] = -5e-3;
        positive[6] = 1e-6;
        final double[] negativeJacobian = new double[21];
        final double[] zeroJacobian = new double[21];
        final double[] negativeAcceleration = new double[3];
        final double[] zeroAcceleration = new double[3];
        final double[] positiveAcceleration = new double[3];
        acceleration.evaluate(negative, negativeAcceleration, negativeJacobian);
        acceleration.evaluate(zero, zeroAcceleration, zeroJacobian);
        acceleration.evaluate(positive, positiveAcceleration, null);
        assertThat(negativeAcceleration).containsExactly(zeroAcceleration);
        assertThat(negativeJacobian).containsExactly(zeroJacobian);
        for (int i = 0; i < 3; i++) {
            // One-sided difference from kappa = 0 upwards: drag is linear in kappa there.
            final double slope = (positiveAcceleration[i] - zeroAcceleration[i]) / 1e-6;
            assertThat(negativeJacobian[i * 7 + 6]).isCloseTo(slope, within(1e-6 * Math.abs(slope) + 1e-6));
            assertThat(Math.abs(slope)).isGreaterThan(1.0);
        }
    }

    @Test
    void boostJacobianMatchesDifferences() {
        final SplittableRandom random = new SplittableRandom(73L);
        final BoostAcceleration acceleration = new BoostAcceleration(EarthModel.WGS84);
        for (int trial = 0; trial < 500; trial++) {
            final double[] state = new double[9];
            System.arraycopy(Trajectories.at(
                random.nextDouble(-90.0, 90.0), random.nextDouble(-180.0, 180.0), random.nextDouble(0.0, 1_000e3),
                random.nextDouble(0.0, 360.0), random.nextDouble(0.0, 90.0), random.nextDouble(0.0, 7_000.0)),
                0, state, 0, 6);
            for (int i = 6; i < 9; i++) {
                state[i] = random.nextDouble(-80.0, 80.0);
            }
            assertThat(worstColumnError(acceleration, state)).as("trial %d", trial).isLessThan(TOLERANCE);
        }
    }

    private static boolean nearLayerBoundary(final double heightM, final double marginM) {
        for (final double[] row : ExponentialAtmosphereTest.VALLADO) {
            if (Math.abs(heightM - row[0] * 1e3) < marginM) {
                return true;
            }
        }
        return false;
    }

    private static double worstColumnError(final Acceleration acceleration, final double[] state) {
        final int n = acceleration.dimension();
        final double[] jacobian = new double[3 * n];
        final double[] accelerationOut = new double[3];
        acceleration.evaluate(state, accelerationOut, jacobian);
        final double[] plus = new double[3];
        final double[] minus = new double[3];
        double worst = 0.0;
        for (int j = 0; j < n; j++) {
            // Drag is linear in kappa, so a large step there costs no truncation and keeps the
            // difference clear of the rounding of gravity (1e-15 of 10 m/s^2).
            final double delta = j < 3 ? 1.0 : j < 6 ? 1e-2 : 1e-3;
            final double[] up = state.clone();
            final double[] down = state.clone();
            up[j] += delta;
            down[j] -= delta;
            acceleration.evaluate(up, plus, null);
            acceleration.evaluate(down, minus, null);
            double largest = 0.0;
            for (int i = 0; i < 3; i++) {
                largest = Math.max(largest, Math.abs(jacobian[i * n + j]));
            }
            // What the difference itself cannot resolve: a few ulps of the acceleration
            // (gravity's 10 m/s^2 hides a drag derivative of 1e-12 /s high up).
            final double magnitude = Math.max(Math.abs(accelerationOut[0]),
                Math.max(Math.abs(accelerationOut[1]), Math.abs(accelerationOut[2])));
            final double rounding = 4.0 * Math.ulp(magnitude) / (2.0 * delta);
            for (int i = 0; i < 3; i++) {
                final double difference = (plus[i] - minus[i]) / (2.0 * delta);
                final double error = Math.abs(difference - jacobian[i * n + j]);
                worst = Math.max(worst, error / (largest + rounding / TOLERANCE));
            }
        }
        return worst;
    }
}
