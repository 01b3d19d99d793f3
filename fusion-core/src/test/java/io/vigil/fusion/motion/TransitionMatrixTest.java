package io.vigil.fusion.motion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The state-transition matrix of every model against central finite differences of its own
 * propagate().
 *
 * <p>Tolerance: the models integrate the variational equations with the same Runge-Kutta
 * stages as the state, so their matrix is the exact derivative of the map propagate()
 * applies; what separates it from a central difference is only the difference's own error,
 * truncation (delta^2 / 6 times the third derivative) and rounding (about 1e-16 |x| /
 * delta). Entries are compared after scaling to common units, S^-1 (Phi_fd - Phi) S with
 * S = diag(1 m, 1 m / T, ...) for a time scale T = max(|dt|, 1 s), so that the scaled entries
 * of Phi are of order one (up to 1e3 for kappa deep in the atmosphere), and the error in
 * each column is taken relative to that column's largest scaled entry (or 1). With the
 * perturbations below both error sources stay under about 1e-6 of that, and the tolerance
 * is 1e-5 (measured worst: 8e-8 ballistic, 4e-7 boost, 1.5e-6 re-entry, all with 10 s
 * steps). A wrong term of the Jacobian (a sign, a missing factor, the J2 gradient, the
 * Coriolis or drag terms) shows up at 1e-3 or more.
 */
class TransitionMatrixTest {

    private static final double[] STEPS = {0.1, 1.0, 10.0, -1.0};
    private static final double TOLERANCE = 1e-5;
    private static final double POSITION_DELTA_M = 1.0;
    private static final double VELOCITY_DELTA_M_PER_S = 1e-2;

    @Test
    void ballisticMatrixMatchesFiniteDifferences() {
        final SplittableRandom random = new SplittableRandom(61L);
        final BallisticMotion model = new BallisticMotion(1.0);
        for (int trial = 0; trial < 40; trial++) {
            final double[] state = Trajectories.at(
                random.nextDouble(-89.0, 89.0), random.nextDouble(-180.0, 180.0),
                random.nextDouble(100e3, 3000e3), random.nextDouble(0.0, 360.0),
                random.nextDouble(-60.0, 80.0), random.nextDouble(2000.0, 8000.0));
            for (final double dt : STEPS) {
                assertThat(worstScaledError(model, state, dt))
                    .as("trial %d dt %s", trial, dt).isLessThan(TOLERANCE);
            }
        }
    }

    @Test
    void ballisticMatrixMatchesFiniteDifferencesOverManySubsteps() {
        final BallisticMotion model = new BallisticMotion(1.0);
        for (final Trajectories.Case c : Trajectories.midcourse()) {
            assertThat(worstScaledError(model, c.state(), 200.0)).as(c.name()).isLessThan(TOLERANCE);
        }
    }

    @Test
    void reentryMatrixMatchesFiniteDifferencesInsideAndAboveTheAtmosphere() {
        final SplittableRandom random = new SplittableRandom(62L);
        final ReentryMotion model = new ReentryMotion(1.0, 1e-12);
        int tested = 0;
        for (int trial = 0; tested < 40; trial++) {
            final double[] state = new double[7];
            final double height = trial == 0 ? 1_200e3 : random.nextDouble(15e3, 130e3);
            System.arraycopy(Trajectories.at(
                random.nextDouble(-89.0, 89.0), random.nextDouble(-180.0, 180.0), height,
                random.nextDouble(0.0, 360.0), random.nextDouble(-80.0, -5.0),
                random.nextDouble(1000.0, 7500.0)), 0, state, 0, 6);
            state[ReentryMotion.INVERSE_BALLISTIC_COEFFICIENT] =
                1.0 / StrictMath.pow(10.0, random.nextDouble(2.0, 4.3));
            // Skip flights that would reach the ground within the longest step: below it the
            // density is held constant, a kink no smooth derivative describes.
            final double[] end = state.clone();
            model.propagate(end, 10.0, null);
            if (EllipsoidHeight.height(end[0], end[1], end[2], null) < 5e3) {
                continue;
            }
            tested++;
            for (final double dt : STEPS) {
                assertThat(worstScaledError(model, state, dt))
                    .as("trial %d dt %s", trial, dt).isLessThan(TOLERANCE);
            }
        }
    }

    @Test
    void boostMatrixMatchesFiniteDifferences() {
        final SplittableRandom random = new SplittableRandom(63L);
        final BoostMotion model = new BoostMotion(1.0);
        for (int trial = 0; trial < 40; trial++) {
            final double[] state = new double[9];
            System.arraycopy(Trajectories.at(
                random.nextDouble(-89.0, 89.0), random.nextDouble(-180.0, 180.0),
                random.nextDouble(500.0, 200e3), random.nextDouble(0.0, 360.0),
                random.nextDouble(10.0, 89.0), random.nextDouble(50.0, 5000.0)), 0, state, 0, 6);
            for (int i = 0; i < 3; i++) {
                state[BoostMotion.THRUST_ACCELERATION + i] = random.nextDouble(-50.0, 50.0);
            }
            for (final double dt : STEPS) {
                assertThat(worstScaledError(model, state, dt))
                    .as("trial %d dt %s", trial, dt).isLessThan(TOLERANCE);
            }
        }
    }

    @Test
    void theComparisonDetectsAWrongJacobian() {
        // The same check on a model whose matrix ignores gravity's gradient (that of constant
        // velocity) must fail by a wide margin at a midcourse step.
        final double[] state = Trajectories.midcourse()[0].state();
        final MotionModel wrong = new MotionModel() {
            private final BallisticMotion truth = new BallisticMotion(0.0);

            @Override
            public int dimension() {
                return 6;
            }

            @Override
            public void propagate(final double[] s, final double dt, final double[] transitionOut) {
                truth.propagate(s, dt, null);
                if (transitionOut != null) {
                    new ConstantVelocityMotion(0.0).propagate(new double[6], dt, transitionOut);
                }
            }

            @Override
            public void processNoise(final double[] s, final double dt, final double[] noiseOut) {
                truth.processNoise(s, dt, noiseOut);
            }
        };
        assertThat(worstScaledError(wrong, state, 10.0)).isGreaterThan(1e-3);
    }

    /**
     * max |S^-1 (Phi_fd - Phi) S|, each column relative to max(1, the largest entry of that
     * column of S^-1 Phi S): one perturbation's difference errs in proportion to the
     * derivatives it measures (see the class comment).
     */
    static double worstScaledError(final MotionModel model, final double[] state, final double dt) {
        final int n = model.dimension();
        final double time = Math.max(Math.abs(dt), 1.0);
        final double[] scale = new double[n];
        final double[] delta = new double[n];
        for (int i = 0; i < 3; i++) {
            scale[i] = 1.0;
            scale[3 + i] = 1.0 / time;
            delta[i] = POSITION_DELTA_M;
            delta[3 + i] = VELOCITY_DELTA_M_PER_S;
        }
        for (int i = 6; i < n; i++) {
            if (model instanceof ReentryMotion) {
                // kappa: 1e-4 m^2/kg is a re-entry vehicle's; perturb by 1e-3 of it.
                scale[i] = 1e-4;
                delta[i] = 1e-7;
            } else {
                // Thrust acceleration: 1 m / T^2 moves the position by about a metre.
                scale[i] = 1.0 / (time * time);
                delta[i] = 1e-3;
            }
        }
        final double[] transition = new double[n * n];
        final double[] propagated = state.clone();
        model.propagate(propagated, dt, transition);
        double worst = 0.0;
        for (int j = 0; j < n; j++) {
            double largest = 1.0;
            for (int i = 0; i < n; i++) {
                largest = Math.max(largest, Math.abs(transition[i * n + j]) * scale[j] / scale[i]);
            }
            final double[] plus = state.clone();
            final double[] minus = state.clone();
            plus[j] += delta[j];
            minus[j] -= delta[j];
            model.propagate(plus, dt, null);
            model.propagate(minus, dt, null);
            for (int i = 0; i < n; i++) {
                final double difference = (plus[i] - minus[i]) / (2.0 * delta[j]);
                worst = Math.max(worst, Math.abs(difference - transition[i * n + j]) * scale[j] / scale[i] / largest);
            }
        }
        return worst;
    }
}
