package io.vigil.fusion.motion;

import static io.vigil.fusion.motion.BallisticMotionTest.positionDistance;
import static io.vigil.fusion.motion.BallisticMotionTest.velocityDistance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vigil.fusion.geo.EarthRotation;
import io.vigil.fusion.geo.Geodetic;
import io.vigil.fusion.geo.Wgs84;
import io.vigil.fusion.testing.Measured;
import org.junit.jupiter.api.Test;

class ReentryMotionTest {

    private static final int KAPPA = ReentryMotion.INVERSE_BALLISTIC_COEFFICIENT;
    private static final long EPOCH = 1_780_000_000_000_000_000L;

    /** A re-entry from 120 km at 7 km/s, and the time it takes to come down to about 10 km. */
    private record Entry(double beta, double flightPathDeg, double durationSeconds) {

        double[] state() {
            final double[] state = new double[7];
            System.arraycopy(Trajectories.at(30.0, 20.0, 120e3, 70.0, flightPathDeg, 7000.0), 0, state, 0, 6);
            state[KAPPA] = 1.0 / beta;
            return state;
        }
    }

    /** Light debris to heavy re-entry vehicles, shallow to vertical (up to 140 g of drag). */
    private static final Entry[] ENTRIES = {
        new Entry(100.0, -40.0, 129.0),
        new Entry(100.0, -85.0, 96.0),
        new Entry(500.0, -20.0, 86.0),
        new Entry(500.0, -40.0, 39.0),
        new Entry(500.0, -85.0, 19.5),
        new Entry(5000.0, -20.0, 47.0),
        new Entry(5000.0, -60.0, 18.0),
        new Entry(5000.0, -85.0, 15.9),
        new Entry(20000.0, -10.0, 88.0),
        new Entry(20000.0, -60.0, 18.0),
    };

    /** Density that does not depend on height, for closed-form checks. */
    private static Atmosphere constant(final double density) {
        return new Atmosphere() {
            @Override
            public double density(final double heightM) {
                return density;
            }

            @Override
            public double logDensitySlope(final double heightM) {
                return 0.0;
            }
        };
    }

    @Test
    void withoutGravityInConstantDensityTheSpeedDecaysAsTheClosedFormSays() {
        // v' = -(kappa rho / 2) v^2 along a fixed line: v(t) = v0 / (1 + u), u = v0 rho kappa t / 2,
        // distance s(t) = (2 / (rho kappa)) ln(1 + u).
        final double rho = 1e-3;
        final double kappa = 1e-3;
        final double v0 = 5000.0;
        final double[] direction = {0.48, -0.6, 0.64};
        final ReentryMotion model = new ReentryMotion(
            0.0, 0.0, EarthModel.WGS84.withoutGravity().withoutRotation(), constant(rho),
            ReentryMotion.DEFAULT_MAX_STEP_SECONDS);
        final double[] start = {7e6, 1e6, -2e6, v0 * direction[0], v0 * direction[1], v0 * direction[2], kappa};
        for (final double t : new double[] {0.3, 10.0, 100.0, 400.0}) {
            final double[] state = start.clone();
            final double[] transition = new double[49];
            model.propagate(state, t, transition);
            final double u = v0 * rho * kappa * t / 2.0;
            final double speed = v0 / (1.0 + u);
            final double distance = 2.0 / (rho * kappa) * StrictMath.log1p(u);
            // Sensitivities to kappa, differentiated by hand from the same closed forms.
            final double dSpeed = -v0 * v0 * rho * t / 2.0 / ((1.0 + u) * (1.0 + u));
            final double dDistance = (v0 * t / (1.0 + u) - distance) / kappa;
            for (int i = 0; i < 3; i++) {
                assertThat(state[i]).as("t %s", t)
                    .isCloseTo(start[i] + distance * direction[i], within(1e-6 * distance));
                assertThat(state[3 + i]).as("t %s", t).isCloseTo(speed * direction[i], within(1e-9 * v0));
                assertThat(transition[i * 7 + KAPPA])
                    .isCloseTo(dDistance * direction[i], within(1e-6 * Math.abs(dDistance)));
                assertThat(transition[(3 + i) * 7 + KAPPA])
                    .isCloseTo(dSpeed * direction[i], within(1e-6 * Math.abs(dSpeed)));
            }
            assertThat(state[KAPPA]).isEqualTo(kappa);
        }
    }

    @Test
    void aboveTheAtmosphereTheFlightIsExactlyBallisticAndKappaHasNoEffect() {
        // Up here the re-entry model takes the ballistic model's substeps (one of 5 s).
        final ReentryMotion reentry = new ReentryMotion(0.0, 0.0);
        final BallisticMotion ballistic = new BallisticMotion(0.0);
        final double[] state = new double[7];
        System.arraycopy(Trajectories.at(10.0, 10.0, 1_050e3, 0.0, 5.0, 7000.0), 0, state, 0, 6);
        state[KAPPA] = 1e-2;
        final double[] free = java.util.Arrays.copyOf(state, 6);
        final double[] transition = new double[49];
        final double[] freeTransition = new double[36];
        reentry.propagate(state, 5.0, transition);
        ballistic.propagate(free, 5.0, freeTransition);
        assertThat(java.util.Arrays.copyOf(state, 6)).containsExactly(free);
        for (int i = 0; i < 6; i++) {
            assertThat(transition[i * 7 + KAPPA]).isZero();
            for (int j = 0; j < 6; j++) {
                assertThat(transition[i * 7 + j]).isEqualTo(freeTransition[i * 6 + j]);
            }
        }
    }

    @Test
    void justBelowTheTopOfTheAtmosphereDragActsAndSlowsTheObject() {
        // The counterpart of the previous test: the comparison is able to see drag.
        final ReentryMotion reentry = new ReentryMotion(0.0, 0.0);
        final BallisticMotion ballistic =
            new BallisticMotion(0.0, EarthModel.WGS84, ReentryMotion.DEFAULT_MAX_STEP_SECONDS);
        final double[] state = new double[7];
        System.arraycopy(Trajectories.at(10.0, 10.0, 950e3, 0.0, 0.0, 7000.0), 0, state, 0, 6);
        state[KAPPA] = 1e-2;
        final double[] free = java.util.Arrays.copyOf(state, 6);
        reentry.propagate(state, 5.0, null);
        ballistic.propagate(free, 5.0, null);
        final double speed = Math.sqrt(state[3] * state[3] + state[4] * state[4] + state[5] * state[5]);
        final double freeSpeed = Math.sqrt(free[3] * free[3] + free[4] * free[4] + free[5] * free[5]);
        // rho(950 km) ~ 4e-15 kg/m^3: dv ~ kappa rho v^2 t / 2 ~ 5e-9 m/s.
        assertThat(freeSpeed - speed).isBetween(1e-9, 1e-8);
    }

    @Test
    void withZeroKappaTheFlightThroughTheAtmosphereIsBallistic() {
        final ReentryMotion reentry = new ReentryMotion(0.0, 0.0);
        final BallisticMotion ballistic =
            new BallisticMotion(0.0, EarthModel.WGS84, ReentryMotion.DEFAULT_MAX_STEP_SECONDS);
        final double[] state = ENTRIES[5].state();
        state[KAPPA] = 0.0;
        final double[] free = java.util.Arrays.copyOf(state, 6);
        reentry.propagate(state, 30.0, null);
        ballistic.propagate(free, 30.0, null);
        assertThat(java.util.Arrays.copyOf(state, 6)).containsExactly(free);
    }

    @Test
    void aNegativeKappaActsAsNoDragInsteadOfPushingTheObject() {
        // Taken at its value, kappa = -0.01 at 47 km accelerates the object without bound.
        final ReentryMotion model = new ReentryMotion(0.0, 0.0);
        final double[] negative = ENTRIES[5].state();
        final double[] zero = ENTRIES[5].state();
        negative[KAPPA] = -0.01;
        zero[KAPPA] = 0.0;
        model.propagate(negative, 30.0, null);
        model.propagate(zero, 30.0, null);
        assertThat(java.util.Arrays.copyOf(negative, 6)).containsExactly(java.util.Arrays.copyOf(zero, 6));
        assertThat(negative[KAPPA]).isEqualTo(-0.01);
    }

    @Test
    void lightDebrisLowInTheAirIsIntegratedStablyToWithinCentimetresOfAMillisecondStep() {
        // beta 20 kg/m^2 at 15 km and 1.5 km/s: drag relaxes the speed at 15/s, and a fixed
        // 0.25 s RK4 substep (h lambda = 3.7) diverges.
        final ReentryMotion model = new ReentryMotion(0.0, 0.0);
        final ReentryMotion fine = new ReentryMotion(0.0, 0.0, EarthModel.WGS84, new ExponentialAtmosphere(), 1e-3);
        final double[] state = new double[7];
        System.arraycopy(Trajectories.at(30.0, 20.0, 15e3, 70.0, -60.0, 1500.0), 0, state, 0, 6);
        state[KAPPA] = 1.0 / 20.0;
        final double[] expected = state.clone();
        final double[] transition = new double[49];
        model.propagate(state, 5.0, transition);
        fine.propagate(expected, 5.0, null);
        Measured.report("light debris, 5 s from 15 km: position error against a 1 ms step, m",
            positionDistance(state, expected));
        assertThat(positionDistance(state, expected)).isLessThan(0.15);
        assertThat(velocityDistance(state, expected)).isLessThan(0.05);
        for (final double element : transition) {
            assertThat(element).isFinite();
        }
        // The speed approaches the terminal speed v_t = sqrt(2 g / (kappa rho)) from above, as
        // v_t coth(g t / v_t + c) in a vertical fall: with v_t / g = 4.6 s, 1.27 v_t after 5 s.
        final double speed = Math.sqrt(state[3] * state[3] + state[4] * state[4] + state[5] * state[5]);
        final double[] geodetic = new double[3];
        Geodetic.fromEcef(state[0], state[1], state[2], geodetic);
        final double height = geodetic[Geodetic.HEIGHT];
        final double terminal = Math.sqrt(2.0 * 9.8 / (state[KAPPA] * new ExponentialAtmosphere().density(height)));
        Measured.report("light debris after 5 s: speed / terminal speed", speed / terminal);
        assertThat(speed / terminal).isBetween(1.0, 1.5);
    }

    @Test
    void matchesAnIndependentInertialIntegrationWithDragInACoRotatingAtmosphere() {
        // The reference integrates in ECI with the air moving at omega x r and the exact
        // geodetic height; the model integrates in ECEF with the approximate height.
        final ReentryMotion model = new ReentryMotion(0.0, 0.0);
        final EarthRotation rotation = new EarthRotation(EPOCH);
        final Measured.Worst worst = new Measured.Worst();
        for (final Entry entry : ENTRIES) {
            final double[] start = entry.state();
            final InertialReference reference = new InertialReference(
                Wgs84.GM_M3_PER_S2, Wgs84.J2, Wgs84.SEMI_MAJOR_AXIS_M, 1e-12, 1e-9)
                .withDrag(new ExponentialAtmosphere(), start[KAPPA]);
            final double[] expected = BallisticMotionTest.inertialPropagationInEcef(
                reference, rotation, start, entry.durationSeconds());
            final double[] state = start.clone();
            model.propagate(state, entry.durationSeconds(), null);
            assertThat(EllipsoidHeight.height(state[0], state[1], state[2], null))
                .as(entry.toString()).isGreaterThan(5e3);
            assertThat(worst.of(positionDistance(state, expected))).as(entry.toString()).isLessThan(1.0);
            assertThat(velocityDistance(state, expected)).as(entry.toString()).isLessThan(0.1);
        }
        worst.report("re-entry with drag vs Dormand-Prince reference, worst position error (m)");
    }

    @Test
    void aLongCoastFromMidcourseIntoTheAtmosphereMatchesTheIndependentIntegration() {
        // Above 200 km the re-entry model takes the ballistic model's long substeps; the flight
        // from 900 km down into the dense atmosphere must still match the reference, and take
        // far fewer substeps than four a second.
        final ReentryMotion model = new ReentryMotion(0.0, 0.0);
        final EarthRotation rotation = new EarthRotation(EPOCH);
        final Measured.Worst worst = new Measured.Worst();
        for (final double beta : new double[] {100.0, 5000.0}) {
            final double[] start = new double[7];
            System.arraycopy(Trajectories.at(30.0, 20.0, 900e3, 70.0, -25.0, 6000.0), 0, start, 0, 6);
            start[KAPPA] = 1.0 / beta;
            final double duration = 300.0;
            final InertialReference reference = new InertialReference(
                Wgs84.GM_M3_PER_S2, Wgs84.J2, Wgs84.SEMI_MAJOR_AXIS_M, 1e-12, 1e-9)
                .withDrag(new ExponentialAtmosphere(), start[KAPPA]);
            final double[] expected = BallisticMotionTest.inertialPropagationInEcef(reference, rotation, start, duration);
            final double[] state = start.clone();
            model.propagate(state, duration, null);
            assertThat(EllipsoidHeight.height(state[0], state[1], state[2], null)).as("beta " + beta)
                .isBetween(10e3, 120e3);
            assertThat(worst.of(positionDistance(state, expected))).as("beta " + beta).isLessThan(1.0);
            assertThat(velocityDistance(state, expected)).as("beta " + beta).isLessThan(0.1);
        }
        worst.report("re-entry model, 300 s from 900 km into the atmosphere vs Dormand-Prince, worst position error (m)");
    }

    @Test
    void dragNoiseGrowsWithTheModelledDragAndVanishesAboveTheAtmosphere() {
        final ReentryMotion constant = new ReentryMotion(0.01, 1e-9);
        final ReentryMotion scaled = constant.withDragNoise(0.2);
        final double[] high = new double[7];
        System.arraycopy(Trajectories.at(30.0, 20.0, 900e3, 70.0, 0.0, 7000.0), 0, high, 0, 6);
        high[KAPPA] = 1e-2;
        final double[] q = new double[49];
        final double[] reference = new double[49];
        scaled.processNoise(high, 1.0, q);
        constant.processNoise(high, 1.0, reference);
        // Up there the drag is below 1e-8 m/s^2: the noise is q alone.
        assertThat(q[3 * 7 + 3]).isCloseTo(reference[3 * 7 + 3], within(1e-12));
        // At 40 km and 3 km/s, light debris: drag kappa rho v^2 / 2 from the atmosphere model
        // at |r| - a (the model's own height bound); its 20 % squared over 1 s adds to q.
        final double[] low = new double[7];
        System.arraycopy(Trajectories.at(0.0, 20.0, 40e3, 70.0, -30.0, 3000.0), 0, low, 0, 6);
        low[KAPPA] = 1e-2;
        scaled.processNoise(low, 1.0, q);
        final double height = Math.sqrt(low[0] * low[0] + low[1] * low[1] + low[2] * low[2]) - Wgs84.SEMI_MAJOR_AXIS_M;
        final double drag = 0.5 * 1e-2 * new ExponentialAtmosphere().density(height) * 3000.0 * 3000.0;
        assertThat(drag).isGreaterThan(10.0);
        final double expected = 0.01 + 0.04 * drag * drag;
        // White acceleration noise: the velocity variance over 1 s is q.
        assertThat(q[3 * 7 + 3]).isCloseTo(expected, within(1e-9 * expected));
        assertThat(q[6 * 7 + 6]).isCloseTo(1e-9, within(1e-24));
        assertThatThrownBy(() -> constant.withDragNoise(-0.1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDefaultStepIntegratesAReentryToWithinAFewCentimetresOfAMillisecondStep() {
        // Measured worst 0.08 m (0.5 s steps would give 1.1 m, see DEFAULT_MAX_STEP_SECONDS).
        final ReentryMotion model = new ReentryMotion(0.0, 0.0);
        final ReentryMotion fine = new ReentryMotion(0.0, 0.0, EarthModel.WGS84, new ExponentialAtmosphere(), 1e-3);
        for (final Entry entry : ENTRIES) {
            final double[] inOneCall = entry.state();
            final double[] inPlotIntervals = entry.state();
            final double[] expected = entry.state();
            final double duration = Math.floor(entry.durationSeconds());
            model.propagate(inOneCall, duration, null);
            // As a filter does: one prediction per 1 s plot interval.
            for (int second = 0; second < (int) duration; second++) {
                model.propagate(inPlotIntervals, 1.0, null);
            }
            fine.propagate(expected, duration, null);
            assertThat(positionDistance(inOneCall, expected)).as(entry.toString()).isLessThan(0.15);
            assertThat(positionDistance(inPlotIntervals, expected)).as(entry.toString()).isLessThan(0.15);
        }
    }

    @Test
    void aHeavierObjectKeepsMoreOfItsSpeed() {
        final ReentryMotion model = new ReentryMotion(0.0, 0.0);
        final double[] heavy = ENTRIES[6].state();
        final double[] light = ENTRIES[6].state();
        light[KAPPA] = 1.0 / 1000.0;
        model.propagate(heavy, 18.0, null);
        model.propagate(light, 18.0, null);
        final double heavySpeed = Math.sqrt(heavy[3] * heavy[3] + heavy[4] * heavy[4] + heavy[5] * heavy[5]);
        final double lightSpeed = Math.sqrt(light[3] * light[3] + light[4] * light[4] + light[5] * light[5]);
        assertThat(heavySpeed).isGreaterThan(lightSpeed + 1000.0);
    }

    @Test
    void processNoiseAddsARandomWalkOnKappaToTheWhiteAcceleration() {
        final ReentryMotion model = new ReentryMotion(2.0, 3e-10);
        final double[] noise = new double[49];
        model.processNoise(ENTRIES[0].state(), -4.0, noise);
        assertThat(noise[KAPPA * 7 + KAPPA]).isCloseTo(3e-10 * 4.0, within(1e-24));
        assertThat(noise[0]).isCloseTo(2.0 * 64.0 / 3.0, within(1e-12));
        assertThat(noise[3]).isCloseTo(2.0 * 16.0 / 2.0, within(1e-12));
        assertThat(noise[3 * 7 + 3]).isCloseTo(2.0 * 4.0, within(1e-12));
        for (int i = 0; i < 6; i++) {
            assertThat(noise[i * 7 + KAPPA]).isZero();
            assertThat(noise[KAPPA * 7 + i]).isZero();
        }
    }

    @Test
    void rejectsInvalidSettings() {
        assertThatThrownBy(() -> new ReentryMotion(1.0, -1e-12)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReentryMotion(Double.NaN, 1e-12)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReentryMotion(1.0, 0.0, EarthModel.WGS84, null, 1.0))
            .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ReentryMotion(1.0, 0.0, EarthModel.WGS84, new ExponentialAtmosphere(), -1.0))
            .isInstanceOf(IllegalArgumentException.class);
    }
}
