package io.vigil.fusion.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vigil.fusion.geo.EarthRotation;
import io.vigil.fusion.geo.Wgs84;
import io.vigil.fusion.testing.Measured;
import org.junit.jupiter.api.Test;

class BallisticMotionTest {

    private static final double GM = Wgs84.GM_M3_PER_S2;
    private static final long EPOCH = 1_780_000_000_000_000_000L;

    /** Dormand-Prince 5(4) at 1e-13 relative, 1e-9 absolute: agrees with Kepler to 1e-6 m. */
    private static InertialReference reference(final double j2) {
        return new InertialReference(GM, j2, Wgs84.SEMI_MAJOR_AXIS_M, 1e-13, 1e-9);
    }

    @Test
    void theReferenceIntegratorItselfReproducesKeplerToAMicrometreScale() {
        final InertialReference twoBody = reference(0.0);
        for (final Trajectories.Case c : Trajectories.midcourse()) {
            final double[] kepler = KeplerSolution.propagate(GM, c.state(), c.durationSeconds());
            final double[] integrated = twoBody.propagate(c.state(), c.durationSeconds());
            assertThat(positionDistance(integrated, kepler)).as(c.name()).isLessThan(1e-5);
        }
    }

    @Test
    void matchesKeplersClosedFormWithinATenthOfAMetreInInertialTwoBodyMode() {
        final BallisticMotion twoBody = new BallisticMotion(
            0.0, EarthModel.WGS84.withoutJ2().withoutRotation(), BallisticMotion.DEFAULT_MAX_STEP_SECONDS);
        // RK4's error goes as step^4, so a 20 s default step would be at about 0.1 m.
        final Measured.Worst worst = new Measured.Worst();
        for (final Trajectories.Case c : Trajectories.midcourse()) {
            final double[] state = c.state().clone();
            twoBody.propagate(state, c.durationSeconds(), null);
            final double[] kepler = KeplerSolution.propagate(GM, c.state(), c.durationSeconds());
            assertThat(worst.of(positionDistance(state, kepler))).as(c.name()).isLessThan(0.1);
            assertThat(velocityDistance(state, kepler)).as(c.name()).isLessThan(1e-3);
        }
        worst.report("ballistic vs Kepler, worst position error (m)");
    }

    @Test
    void matchesAnIndependentInertialIntegrationWithJ2WithinAMetreInTheRotatingFrame() {
        final BallisticMotion model = new BallisticMotion(0.0);
        final EarthRotation rotation = new EarthRotation(EPOCH);
        final InertialReference withJ2 = reference(Wgs84.J2);
        final Measured.Worst worst = new Measured.Worst();
        for (final Trajectories.Case c : Trajectories.midcourse()) {
            final double[] expected = inertialPropagationInEcef(withJ2, rotation, c.state(), c.durationSeconds());
            final double[] state = c.state().clone();
            model.propagate(state, c.durationSeconds(), null);
            assertThat(worst.of(positionDistance(state, expected))).as(c.name()).isLessThan(1.0);
            assertThat(velocityDistance(state, expected)).as(c.name()).isLessThan(1e-2);
        }
        worst.report("ballistic with J2 and rotation vs Dormand-Prince reference, worst position error (m)");
    }

    @Test
    void theReferenceComparisonSeesTheJ2CoriolisAndCentrifugalTerms() {
        // Each term moves a 1,000 s flight by far more than the 1 m tolerance above, so that
        // comparison would fail if any of them were wrong or missing.
        final Trajectories.Case c = Trajectories.midcourse()[0];
        final double[] expected = inertialPropagationInEcef(
            reference(Wgs84.J2), new EarthRotation(EPOCH), c.state(), c.durationSeconds());
        final EarthModel[] incomplete = {EarthModel.WGS84.withoutJ2(), EarthModel.WGS84.withoutRotation()};
        for (final EarthModel earth : incomplete) {
            final double[] state = c.state().clone();
            new BallisticMotion(0.0, earth, BallisticMotion.DEFAULT_MAX_STEP_SECONDS)
                .propagate(state, c.durationSeconds(), null);
            assertThat(positionDistance(state, expected)).as(earth.toString()).isGreaterThan(1_000.0);
        }
    }

    @Test
    void splitsAStepIntoEqualSubstepsSoThatTwoHalvesEqualTheWhole() {
        final BallisticMotion model = new BallisticMotion(0.0);
        final double[] whole = Trajectories.midcourse()[0].state().clone();
        final double[] halves = whole.clone();
        final double[] transitionWhole = new double[36];
        final double[] first = new double[36];
        final double[] second = new double[36];
        final double dt = 2.0 * BallisticMotion.DEFAULT_MAX_STEP_SECONDS;
        model.propagate(whole, dt, transitionWhole);
        model.propagate(halves, dt / 2.0, first);
        model.propagate(halves, dt / 2.0, second);
        assertThat(halves).containsExactly(whole);
        // Phi(t0 + dt, t0) = Phi(t0 + dt, t0 + dt/2) Phi(t0 + dt/2, t0), to rounding.
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                double product = 0.0;
                for (int k = 0; k < 6; k++) {
                    product += second[i * 6 + k] * first[k * 6 + j];
                }
                assertThat(transitionWhole[i * 6 + j]).isCloseTo(product, within(1e-12 * (1.0 + Math.abs(product))));
            }
        }
    }

    @Test
    void aZeroStepLeavesTheStateAndGivesTheIdentity() {
        final BallisticMotion model = new BallisticMotion(0.0);
        final double[] state = Trajectories.midcourse()[1].state().clone();
        final double[] before = state.clone();
        final double[] transition = new double[36];
        java.util.Arrays.fill(transition, 7.0);
        model.propagate(state, 0.0, transition);
        assertThat(state).containsExactly(before);
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                assertThat(transition[i * 6 + j]).isEqualTo(i == j ? 1.0 : 0.0);
            }
        }
    }

    @Test
    void propagatingBackwardsRetracesTheFlight() {
        final BallisticMotion model = new BallisticMotion(0.0);
        for (final Trajectories.Case c : Trajectories.midcourse()) {
            final double[] state = c.state().clone();
            model.propagate(state, c.durationSeconds(), null);
            model.propagate(state, -c.durationSeconds(), null);
            assertThat(positionDistance(state, c.state())).as(c.name()).isLessThan(0.1);
        }
    }

    @Test
    void rejectsInvalidSettingsAndSteps() {
        assertThatThrownBy(() -> new BallisticMotion(-1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BallisticMotion(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BallisticMotion(1.0, EarthModel.WGS84, 0.0))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BallisticMotion(1.0, null, 1.0)).isInstanceOf(NullPointerException.class);
        final BallisticMotion model = new BallisticMotion(1.0);
        assertThatThrownBy(() -> model.propagate(new double[6], Double.POSITIVE_INFINITY, null))
            .isInstanceOf(IllegalArgumentException.class);
    }

    /** Rotates the ECEF state to ECI at the epoch, propagates there, rotates back at the end. */
    static double[] inertialPropagationInEcef(
        final InertialReference reference, final EarthRotation rotation, final double[] ecef, final double dt) {
        final double[] eci = new double[6];
        rotation.stateToEci(EPOCH, ecef, eci);
        final double[] propagated = reference.propagate(eci, dt);
        final double[] result = new double[6];
        rotation.stateToEcef(EPOCH + Math.round(dt * 1e9), propagated, result);
        return result;
    }

    static double positionDistance(final double[] a, final double[] b) {
        return Math.sqrt(square(a[0] - b[0]) + square(a[1] - b[1]) + square(a[2] - b[2]));
    }

    static double velocityDistance(final double[] a, final double[] b) {
        return Math.sqrt(square(a[3] - b[3]) + square(a[4] - b[4]) + square(a[5] - b[5]));
    }

    private static double square(final double x) {
        return x * x;
    }
}
