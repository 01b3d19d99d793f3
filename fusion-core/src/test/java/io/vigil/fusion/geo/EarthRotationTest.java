package io.vigil.fusion.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EarthRotationTest {

    private static final long EPOCH = 1_780_000_000_000_000_000L;

    @Test
    void framesCoincideAtTheEpochAndAfterOneSiderealRotation() {
        final EarthRotation rotation = new EarthRotation(EPOCH);
        final double[] r = {4_000_000.0, -3_000_000.0, 3_500_000.0};
        final double[] out = new double[3];
        rotation.positionToEci(EPOCH, r, out);
        assertThat(out).containsExactly(r);
        final long rotationPeriodNanos = Math.round(2.0 * Math.PI / Wgs84.ANGULAR_VELOCITY_RAD_PER_S * 1e9);
        rotation.positionToEci(EPOCH + rotationPeriodNanos, r, out);
        for (int i = 0; i < 3; i++) {
            assertThat(out[i]).isCloseTo(r[i], within(1e-3));
        }
    }

    @Test
    void aQuarterTurnMovesTheXAxisOntoY() {
        final EarthRotation rotation = new EarthRotation(EPOCH);
        final long quarter = Math.round(0.5 * Math.PI / Wgs84.ANGULAR_VELOCITY_RAD_PER_S * 1e9);
        final double[] out = new double[3];
        rotation.positionToEci(EPOCH + quarter, new double[] {1000.0, 0.0, 7.0}, out);
        assertThat(out[0]).isCloseTo(0.0, within(1e-6));
        assertThat(out[1]).isCloseTo(1000.0, within(1e-6));
        assertThat(out[2]).isEqualTo(7.0);
    }

    @Test
    void aPointFixedOnEarthMovesEastInInertialSpaceAtOmegaTimesItsAxisDistance() {
        final EarthRotation rotation = new EarthRotation(EPOCH);
        final double[] ecef = new double[6];
        Geodetic.toEcef(Math.toRadians(40.0), Math.toRadians(-75.0), 0.0, ecef);
        final double[] eci = new double[6];
        final long t = EPOCH + 3_600_000_000_000L;
        rotation.stateToEci(t, ecef, eci);
        final double axisDistance = Math.hypot(ecef[0], ecef[1]);
        final double speed = Math.sqrt(eci[3] * eci[3] + eci[4] * eci[4] + eci[5] * eci[5]);
        assertThat(speed).isCloseTo(Wgs84.ANGULAR_VELOCITY_RAD_PER_S * axisDistance, within(1e-9));
        // Velocity is horizontal and perpendicular to the radius in the equatorial plane.
        assertThat(eci[0] * eci[3] + eci[1] * eci[4]).isCloseTo(0.0, within(1e-3));
        assertThat(eci[5]).isZero();
        // Numerically: the inertial position a moment later, differenced.
        final double[] later = new double[3];
        final double[] now = new double[3];
        rotation.positionToEci(t + 1_000_000L, ecef, later);
        rotation.positionToEci(t - 1_000_000L, ecef, now);
        for (int i = 0; i < 2; i++) {
            assertThat((later[i] - now[i]) / 2e-3).isCloseTo(eci[3 + i], within(1e-4));
        }
    }

    @Test
    void roundTripsStatesAndPositions() {
        final SplittableRandom random = new SplittableRandom(5L);
        final EarthRotation rotation = new EarthRotation(EPOCH);
        final double[] state = new double[6];
        final double[] eci = new double[6];
        final double[] back = new double[6];
        for (int trial = 0; trial < 10_000; trial++) {
            for (int i = 0; i < 3; i++) {
                state[i] = random.nextDouble(-4e7, 4e7);
                state[3 + i] = random.nextDouble(-8000.0, 8000.0);
            }
            final long t = EPOCH + random.nextLong(-86_400_000_000_000L, 86_400_000_000_000L);
            rotation.stateToEci(t, state, eci);
            rotation.stateToEcef(t, eci, back);
            for (int i = 0; i < 3; i++) {
                assertThat(back[i]).isCloseTo(state[i], within(1e-7));
                assertThat(back[3 + i]).isCloseTo(state[3 + i], within(1e-10));
            }
            rotation.positionToEcef(t, eci, back);
            for (int i = 0; i < 3; i++) {
                assertThat(back[i]).isCloseTo(state[i], within(1e-7));
            }
        }
    }
}
