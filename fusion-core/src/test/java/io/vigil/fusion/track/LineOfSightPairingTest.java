package io.vigil.fusion.track;

import static io.vigil.fusion.track.LineOfSightTriangulationTest.EARTH;
import static io.vigil.fusion.track.LineOfSightTriangulationTest.GEO;
import static io.vigil.fusion.track.LineOfSightTriangulationTest.SECOND;
import static io.vigil.fusion.track.LineOfSightTriangulationTest.SIGMA;
import static io.vigil.fusion.track.LineOfSightTriangulationTest.direction;
import static io.vigil.fusion.track.LineOfSightTriangulationTest.distance;
import static io.vigil.fusion.track.LineOfSightTriangulationTest.spherical;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vigil.fusion.testing.AllocationMeter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Line-of-sight pairing: plots of one sensor never pair, plots outside the window never
 * pair, a consistent pair triangulates and both plots are consumed, the choice among
 * partners (the true object over a ghost, the closer frame in time), growth to three
 * sensors and its refusal of an inconsistent one, expiry and eviction counts, and zero
 * allocation.
 */
class LineOfSightPairingTest {

    private static final long T = 1_700_000_000L * SECOND;
    private static final double[] TARGET = {EARTH + 100e3, 0.0, 0.0};
    private static final double[] EAST = spherical(GEO, 0.0, Math.toRadians(17.0));
    private static final double[] WEST = spherical(GEO, 0.0, Math.toRadians(-17.0));
    private static final double[] NORTH = spherical(GEO, Math.toRadians(30.0), Math.toRadians(0.3));

    @Test
    void plotsOfOneSensorNeverPair() {
        final LineOfSightPairing pairing = new LineOfSightPairing(8);
        // The same sensor index at two positions that would triangulate: still one sensor.
        assertThat(pairing.offer(EAST, direction(EAST, TARGET), SIGMA, T, 3, 1L)).isFalse();
        assertThat(pairing.offer(WEST, direction(WEST, TARGET), SIGMA, T, 3, 2L)).isFalse();
        assertThat(pairing.stored()).isEqualTo(2);
        // Another sensor pairs with the better of the two.
        assertThat(pairing.offer(NORTH, direction(NORTH, TARGET), SIGMA, T, 4, 3L)).isTrue();
        assertThat(pairing.partnerSensor(0)).isEqualTo(3);
    }

    @Test
    void plotsOutsideTheWindowNeverPair() {
        final long window = LineOfSightTriangulation.DEFAULT_WINDOW_NANOS;
        final LineOfSightPairing pairing = new LineOfSightPairing(8);
        assertThat(pairing.offer(EAST, direction(EAST, TARGET), SIGMA, T, 0, 1L)).isFalse();
        assertThat(pairing.offer(WEST, direction(WEST, TARGET), SIGMA, T + window + 1, 1, 2L)).isFalse();
        assertThat(pairing.offer(WEST, direction(WEST, TARGET), SIGMA, T - window - 1, 1, 3L)).isFalse();
        assertThat(pairing.stored()).isEqualTo(3);
        // At the window's edge they do (inclusive, as the engine's time limits are).
        assertThat(pairing.offer(WEST, direction(WEST, TARGET), SIGMA, T + window, 1, 4L)).isTrue();
        assertThat(pairing.partnerTag(0)).isEqualTo(1L);
    }

    @Test
    void aConsistentPairFromTwoSensorsTriangulatesAndConsumesBoth() {
        final LineOfSightPairing pairing = new LineOfSightPairing(8);
        final long late = T + SECOND / 10;
        assertThat(pairing.offer(EAST, direction(EAST, TARGET), SIGMA, T, 0, 11L)).isFalse();
        assertThat(pairing.offer(WEST, direction(WEST, TARGET), SIGMA, late, 1, 12L)).isTrue();
        assertThat(distance(pairing.position(), TARGET)).isLessThan(1e-3);
        assertThat(pairing.timeNanos()).isEqualTo(late);
        assertThat(pairing.rays()).isEqualTo(2);
        assertThat(pairing.partners()).isEqualTo(1);
        assertThat(pairing.partnerSensor(0)).isZero();
        assertThat(pairing.partnerTag(0)).isEqualTo(11L);
        assertThat(pairing.partnerTimeNanos(0)).isEqualTo(T);
        assertThat(pairing.chiSquare()).isLessThan(1e-9);
        LineOfSightTriangulationTest.assertSymmetricPositive(pairing.positionCovariance());
        assertThatThrownBy(() -> pairing.partnerTag(1)).isInstanceOf(IndexOutOfBoundsException.class);
        // Both are used up: a third sensor's plot of the same instant finds nothing.
        assertThat(pairing.stored()).isZero();
        assertThat(pairing.offer(NORTH, direction(NORTH, TARGET), SIGMA, late, 2, 13L)).isFalse();
        assertThat(pairing.stored()).isEqualTo(1);

        // The point is a position plot for the two-point initiator.
        final TwoPointInitiator initiator = new TwoPointInitiator(8, null);
        final double[] first = pairing.position().clone();
        assertThat(initiator.offer(first, pairing.positionCovariance(), late, 0, TwoPointInitiator.NO_SCAN, 0L))
            .isFalse();
        final double[] later = {TARGET[0] + 1_000.0, 2_000.0, 0.0};
        pairing.offer(EAST, direction(EAST, later), SIGMA, late + SECOND, 0, 14L);
        assertThat(pairing.offer(WEST, direction(WEST, later), SIGMA, late + SECOND, 1, 15L)).isTrue();
        assertThat(initiator.offer(pairing.position(), pairing.positionCovariance(), late + SECOND, 0,
            TwoPointInitiator.NO_SCAN, 1L)).isTrue();
        assertThat(initiator.state()[4]).isCloseTo(2_000.0, within(1e-2));
    }

    @Test
    void choosesTheTrueObjectOverAGhostAndTheCloserFrame() {
        final LineOfSightPairing pairing = new LineOfSightPairing(8);
        final double[] other = {TARGET[0], 0.0, 50e3};
        // Sensor 0 sees two objects; sensor 1 sees the target: it pairs with the target's ray.
        pairing.offer(EAST, direction(EAST, other), SIGMA, T, 0, 1L);
        pairing.offer(EAST, direction(EAST, TARGET), SIGMA, T, 0, 2L);
        assertThat(pairing.offer(WEST, direction(WEST, TARGET), SIGMA, T, 1, 3L)).isTrue();
        assertThat(pairing.partnerTag(0)).isEqualTo(2L);
        assertThat(pairing.offer(WEST, direction(WEST, other), SIGMA, T, 1, 4L)).isTrue();
        assertThat(pairing.partnerTag(0)).isEqualTo(1L);
        assertThat(distance(pairing.position(), other)).isLessThan(1e-3);

        // Two frames of one sensor, both exact: the one closer in time has the smaller miss
        // variance (no inflation) and wins, although the other's chi2 is no larger.
        final LineOfSightPairing frames = new LineOfSightPairing(8);
        frames.offer(EAST, direction(EAST, TARGET), SIGMA, T - 3 * SECOND / 20, 0, 1L);
        frames.offer(EAST, direction(EAST, TARGET), SIGMA, T - SECOND / 100, 0, 2L);
        assertThat(frames.offer(WEST, direction(WEST, TARGET), SIGMA, T, 1, 3L)).isTrue();
        assertThat(frames.partnerTag(0)).isEqualTo(2L);
        assertThat(frames.stored()).isEqualTo(1); // the other frame stays, until it expires
    }

    @Test
    void growsToEveryConsistentSensor() {
        // Two sensors 0.5 deg apart cannot triangulate; a third at 40 deg uses both.
        final double[] near = spherical(GEO, 0.0, Math.toRadians(17.6));
        final LineOfSightPairing pairing = new LineOfSightPairing(8);
        assertThat(pairing.offer(EAST, direction(EAST, TARGET), SIGMA, T, 0, 1L)).isFalse();
        assertThat(pairing.offer(near, direction(near, TARGET), SIGMA, T, 1, 2L)).isFalse();
        assertThat(pairing.offer(WEST, direction(WEST, TARGET), SIGMA, T, 2, 3L)).isTrue();
        assertThat(pairing.rays()).isEqualTo(3);
        assertThat(pairing.partners()).isEqualTo(2);
        assertThat(pairing.stored()).isZero();
        assertThat(distance(pairing.position(), TARGET)).isLessThan(1e-3);

        // A third sensor that sees another object 50 km away is not added.
        final LineOfSightPairing strict = new LineOfSightPairing(8);
        final double[] other = {TARGET[0], 0.0, 50e3};
        assertThat(strict.offer(EAST, direction(EAST, TARGET), SIGMA, T, 0, 1L)).isFalse();
        assertThat(strict.offer(NORTH, direction(NORTH, other), SIGMA, T, 2, 2L)).isFalse();
        assertThat(strict.offer(WEST, direction(WEST, TARGET), SIGMA, T, 1, 3L)).isTrue();
        assertThat(strict.rays()).isEqualTo(2);
        assertThat(strict.partnerTag(0)).isEqualTo(1L);
        assertThat(strict.stored()).isEqualTo(1);
    }

    @Test
    void plotsThatNeverTriangulateExpireOrAreEvictedAndAreCounted() {
        final LineOfSightPairing pairing = new LineOfSightPairing(2);
        // One sensor only: nothing ever triangulates.
        pairing.offer(EAST, direction(EAST, TARGET), SIGMA, T, 0, 1L);
        pairing.offer(EAST, direction(EAST, TARGET), SIGMA, T + SECOND, 0, 2L);
        pairing.offer(EAST, direction(EAST, TARGET), SIGMA, T + 2 * SECOND, 0, 3L); // evicts the first
        assertThat(pairing.evictedCount()).isEqualTo(1);
        assertThat(pairing.stored()).isEqualTo(2);
        pairing.expire(T + 6 * SECOND); // 5 s retention, inclusive: both stay
        assertThat(pairing.expiredCount()).isZero();
        pairing.expire(T + 6 * SECOND + 1); // the one at T + 1 s goes
        assertThat(pairing.expiredCount()).isEqualTo(1);
        pairing.expire(T + 7 * SECOND + 1);
        assertThat(pairing.expiredCount()).isEqualTo(2);
        assertThat(pairing.stored()).isZero();
        pairing.expire(T); // the clock never goes back
        assertThat(pairing.offer(WEST, direction(WEST, TARGET), SIGMA, T + SECOND, 1, 4L)).isFalse();
        assertThat(pairing.stored()).isZero(); // older than the retention on arrival
        assertThat(pairing.expiredCount()).isEqualTo(3);
        // A plot older than everything in a full store is itself the one evicted.
        pairing.offer(EAST, direction(EAST, TARGET), SIGMA, T + 7 * SECOND, 0, 5L);
        pairing.offer(EAST, direction(EAST, TARGET), SIGMA, T + 8 * SECOND, 0, 6L);
        pairing.offer(WEST, direction(WEST, TARGET), SIGMA, T + 4 * SECOND, 1, 7L);
        assertThat(pairing.evictedCount()).isEqualTo(2);
        assertThat(pairing.stored()).isEqualTo(2);
    }

    @Test
    void checksItsArguments() {
        assertThatThrownBy(() -> new LineOfSightPairing(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LineOfSightPairing(4, SECOND / 10, new LineOfSightTriangulation(3)))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retention");
        assertThatThrownBy(() -> new LineOfSightPairing(4, SECOND, null)).isInstanceOf(IllegalArgumentException.class);
        final LineOfSightPairing pairing = new LineOfSightPairing(4);
        assertThatThrownBy(() -> pairing.offer(EAST, new double[] {1.0, 1.0, 0.0}, SIGMA, T, 0, 0L))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unit vector");
        assertThatThrownBy(() -> pairing.offer(EAST, direction(EAST, TARGET), -SIGMA, T, 0, 0L))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sigma");
        assertThat(pairing.stored()).isZero();
        assertThat(pairing.chiSquare()).isNaN();
        assertThat(pairing.partners()).isZero();
        assertThat(pairing.capacity()).isEqualTo(4);
        assertThat(pairing.retentionNanos()).isEqualTo(LineOfSightPairing.DEFAULT_RETENTION_NANOS);
    }

    @Test
    void allocatesNothingPerPlot() {
        final SplittableRandom random = new SplittableRandom(12L);
        final int count = 128;
        final double[][] east = new double[count][];
        final double[][] west = new double[count][];
        final double[][] clutter = new double[count][];
        for (int i = 0; i < count; i++) {
            final double[] target = {TARGET[0], random.nextDouble(-500e3, 500e3), random.nextDouble(-500e3, 500e3)};
            east[i] = LineOfSightTriangulationTest.noisyDirection(random, EAST, target, SIGMA);
            west[i] = LineOfSightTriangulationTest.noisyDirection(random, WEST, target, SIGMA);
            final double[] elsewhere = {TARGET[0], random.nextDouble(-2e6, 2e6), random.nextDouble(-2e6, 2e6)};
            clutter[i] = direction(NORTH, elsewhere);
        }
        final LineOfSightPairing pairing = new LineOfSightPairing(16);
        final long[] clock = {T};
        final int[] next = {0};
        final Runnable work = () -> {
            final int i = next[0]++;
            final int object = (i / 3) % count;
            clock[0] += SECOND / 20;
            // East then west of one object 50 ms apart (they triangulate), then a clutter plot
            // of a third sensor that never does (it fills the store, is evicted or expires).
            switch (i % 3) {
                case 0:
                    pairing.offer(EAST, east[object], SIGMA, clock[0], 0, i);
                    break;
                case 1:
                    pairing.offer(WEST, west[object], SIGMA, clock[0], 1, i);
                    break;
                default:
                    pairing.offer(NORTH, clutter[object], SIGMA, clock[0], 2, i);
                    break;
            }
        };
        assertThat(AllocationMeter.bytesAllocated(work, 20_000, 10_000)).isZero();
        assertThat(pairing.evictedCount() + pairing.expiredCount()).as("clutter left the store").isPositive();
    }
}
