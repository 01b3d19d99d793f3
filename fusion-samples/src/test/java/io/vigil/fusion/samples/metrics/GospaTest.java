package io.vigil.fusion.samples.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vigil.fusion.association.LinearAssignment;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * GOSPA (p = 2, alpha = 2) in closed form on small cases, and against its definition (the
 * minimum over every partial assignment) on random sets.
 */
class GospaTest {

    private static final double C = 10_000.0;
    /** A point 300 km up over Japan, ECEF metres: the sets are built around it. */
    private static final double[] BASE = MetricFixtures.ecef(38.0, 140.0, 300e3);

    private final Gospa gospa = new Gospa(C);

    @Test
    void emptySetsAreAtDistanceZero() {
        final GospaValue v = gospa.evaluate(new double[0], 0, new double[0], 0);
        assertThat(v.distanceM()).isZero();
        assertThat(v.localisationM()).isZero();
        assertThat(v.missed()).isZero();
        assertThat(v.falseTracks()).isZero();
    }

    @Test
    void oneMissIsCutoffOverRootTwo() {
        final GospaValue v = gospa.evaluate(points(0, 0, 0), 1, new double[0], 0);
        assertThat(v.distanceM()).isCloseTo(C / Math.sqrt(2.0), within(1e-9));
        assertThat(v.missed()).isEqualTo(1);
        assertThat(v.missedM()).isCloseTo(C / Math.sqrt(2.0), within(1e-9));
        assertThat(v.falseTracks()).isZero();
    }

    @Test
    void oneFalseTrackIsCutoffOverRootTwo() {
        final GospaValue v = gospa.evaluate(new double[0], 0, points(0, 0, 0), 1);
        assertThat(v.distanceM()).isCloseTo(C / Math.sqrt(2.0), within(1e-9));
        assertThat(v.falseTracks()).isEqualTo(1);
        assertThat(v.falseM()).isCloseTo(C / Math.sqrt(2.0), within(1e-9));
    }

    @Test
    void pairsWithinTheCutoffCostTheirDistance() {
        // Two objects 50 km apart, each with a track 300 m and 400 m off: sqrt(300^2 + 400^2).
        final int[] trackForObject = new int[2];
        final GospaValue v = gospa.evaluate(points(0, 0, 0, 50e3, 0, 0), 2, points(50e3, 400, 0, 300, 0, 0), 2,
            trackForObject);
        assertThat(v.distanceM()).isCloseTo(500.0, within(1e-6));
        assertThat(v.localisationM()).isCloseTo(500.0, within(1e-6));
        assertThat(v.assigned()).isEqualTo(2);
        assertThat(v.missed()).isZero();
        assertThat(v.falseTracks()).isZero();
        assertThat(trackForObject).containsExactly(1, 0);
    }

    @Test
    void aPairBeyondTheCutoffIsAMissAndAFalseTrack() {
        final int[] trackForObject = new int[1];
        final GospaValue v = gospa.evaluate(points(0, 0, 0), 1, points(0, 20e3, 0), 1, trackForObject);
        assertThat(v.distanceM()).isCloseTo(C, within(1e-9));
        assertThat(v.missed()).isEqualTo(1);
        assertThat(v.falseTracks()).isEqualTo(1);
        assertThat(v.localisationM()).isZero();
        assertThat(trackForObject).containsExactly(LinearAssignment.UNASSIGNED);
    }

    @Test
    void matchesTheDefinitionOnRandomSets() {
        final SplittableRandom random = new SplittableRandom(2017L);
        int withMisses = 0;
        for (int trial = 0; trial < 5_000; trial++) {
            final int objects = random.nextInt(0, 6);
            final int tracks = random.nextInt(0, 6);
            // A cube of 2.5 c: some pairs well inside the cut-off, some beyond it.
            final double[] x = randomPoints(random, objects, 2.5 * C);
            final double[] y = randomPoints(random, tracks, 2.5 * C);
            final int[] trackForObject = new int[objects];
            final GospaValue v = gospa.evaluate(x, objects, y, tracks, trackForObject);
            final double[] best = {Double.POSITIVE_INFINITY, 0.0, 0.0};
            search(x, objects, y, tracks, 0, new boolean[tracks], 0.0, 0.0, 0, best);
            assertThat(v.distanceM()).as("trial %d", trial).isCloseTo(Math.sqrt(best[0]), within(1e-6));
            assertThat(v.localisationM()).as("trial %d", trial).isCloseTo(Math.sqrt(best[1]), within(1e-6));
            assertThat(v.assigned()).as("trial %d", trial).isEqualTo((int) best[2]);
            assertThat(v.missed()).isEqualTo(objects - v.assigned());
            assertThat(v.falseTracks()).isEqualTo(tracks - v.assigned());
            // The parts add up, in squares.
            assertThat(v.localisationM() * v.localisationM() + v.missedM() * v.missedM() + v.falseM() * v.falseM())
                .isCloseTo(v.distanceM() * v.distanceM(), within(1e-6 * (1.0 + v.distanceM() * v.distanceM())));
            // The assignment reported is the one scored: distinct tracks, each within the cut-off.
            double localisation = 0.0;
            final boolean[] used = new boolean[tracks];
            for (int i = 0; i < objects; i++) {
                final int j = trackForObject[i];
                if (j != LinearAssignment.UNASSIGNED) {
                    assertThat(used[j]).isFalse();
                    used[j] = true;
                    final double d2 = squaredDistance(x, i, y, j);
                    assertThat(d2).isLessThan(C * C);
                    localisation += d2;
                }
            }
            assertThat(Math.sqrt(localisation)).isCloseTo(v.localisationM(), within(1e-6));
            if (v.missed() > 0 && v.assigned() > 0) {
                withMisses++;
            }
        }
        assertThat(withMisses).as("trials mixing assigned and missed").isGreaterThan(500);
    }

    /**
     * Every partial assignment of objects to tracks: best[0] = least GOSPA^2, best[1] its
     * localisation^2, best[2] its number of assigned pairs (pairs farther than c are allowed
     * and cost c^2, as the definition's d^(c) = min(d, c) has it; they count as unassigned).
     */
    private static void search(final double[] x, final int objects, final double[] y, final int tracks, final int i,
        final boolean[] used, final double cost, final double localisation, final int assigned, final double[] best) {
        if (i == objects) {
            final double total = cost + 0.5 * C * C * (objects + tracks - 2 * assigned);
            if (total < best[0]) {
                best[0] = total;
                best[1] = localisation;
                best[2] = assigned;
            }
            return;
        }
        search(x, objects, y, tracks, i + 1, used, cost, localisation, assigned, best);
        for (int j = 0; j < tracks; j++) {
            if (!used[j]) {
                used[j] = true;
                final double d2 = squaredDistance(x, i, y, j);
                if (d2 < C * C) {
                    search(x, objects, y, tracks, i + 1, used, cost + d2, localisation + d2, assigned + 1, best);
                } else {
                    // c^2 for the pair, and the two c^2 / 2 it is then not charged as unassigned.
                    search(x, objects, y, tracks, i + 1, used, cost, localisation, assigned, best);
                }
                used[j] = false;
            }
        }
    }

    private static double[] randomPoints(final SplittableRandom random, final int count, final double side) {
        final double[] p = new double[3 * count];
        for (int k = 0; k < p.length; k++) {
            p[k] = BASE[k % 3] + random.nextDouble(-0.5 * side, 0.5 * side);
        }
        return p;
    }

    /** Points at offsets from BASE, three values each. */
    private static double[] points(final double... offsets) {
        final double[] p = offsets.clone();
        for (int k = 0; k < p.length; k++) {
            p[k] += BASE[k % 3];
        }
        return p;
    }

    private static double squaredDistance(final double[] a, final int i, final double[] b, final int j) {
        double sum = 0.0;
        for (int axis = 0; axis < 3; axis++) {
            final double d = a[3 * i + axis] - b[3 * j + axis];
            sum += d * d;
        }
        return sum;
    }
}
