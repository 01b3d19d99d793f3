package io.vigil.fusion.association;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vigil.fusion.testing.AllocationMeter;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The scan assignment against exhaustive search on random small scans, clusters against one
 * joint solve, determinism under candidate order, the capacity fallbacks (continuation parts
 * and the candidate limit), argument and state checks, zero allocation, and the pair cost.
 */
class ScanAssignmentTest {

    private static final int NONE = ScanAssignment.NONE;

    /** A random scan: plots x track slots, cost[p][t] = +infinity when not gated. */
    private static final class Scan {
        final int plots;
        final int[] slots;
        final double[][] cost;

        Scan(final int plots, final int[] slots, final double[][] cost) {
            this.plots = plots;
            this.slots = slots;
            this.cost = cost;
        }

        String describe() {
            final StringBuilder text = new StringBuilder("slots ").append(Arrays.toString(slots));
            for (final double[] row : cost) {
                text.append("\n  ").append(Arrays.toString(row));
            }
            return text.toString();
        }
    }

    @Test
    void matchesExhaustiveSearchOnRandomScans() {
        final SplittableRandom random = new SplittableRandom(19_990_601L);
        final ScanAssignment scan = new ScanAssignment(7, 40, 7);
        int assignedPairs = 0;
        int contested = 0;
        for (int trial = 0; trial < 20_000; trial++) {
            final Scan s = randomScan(random, 1 + random.nextInt(7), random.nextInt(8), 40);
            final double total = feed(scan, s, random);
            final double best = exhaustive(s);
            final String text = s.describe();
            assertThat(total).as("total of %s", text).isCloseTo(best, within(1e-9 * (1.0 + Math.abs(best))));
            assignedPairs += checkValid(scan, s, total, text);
            if (scan.largestCluster() > 1) {
                contested++;
            }
        }
        // The draw exercised what it is meant to.
        assertThat(assignedPairs).isGreaterThan(20_000);
        assertThat(contested).isGreaterThan(5_000);
    }

    @Test
    void resultDoesNotDependOnCandidateOrder() {
        final SplittableRandom random = new SplittableRandom(42L);
        final ScanAssignment scan = new ScanAssignment(12, 64, 4);
        for (int trial = 0; trial < 5_000; trial++) {
            // Small integer costs make ties; four candidates per plot make the limit bite.
            final Scan s = randomIntegerScan(random, 1 + random.nextInt(12), random.nextInt(10), 64);
            feed(scan, s, random);
            final int[] first = tracksOf(scan, s.plots);
            feed(scan, s, random);
            assertThat(tracksOf(scan, s.plots)).as("%s", s.describe()).containsExactly(first);
        }
    }

    @Test
    void clustersSolvedSeparatelyGiveTheTotalOfOneJointSolve() {
        final SplittableRandom random = new SplittableRandom(7_2016L);
        final int maxPlots = 40;
        final int maxTracks = 60;
        final ScanAssignment scan = new ScanAssignment(maxPlots, maxTracks, 8);
        final LinearAssignment joint = new LinearAssignment(maxPlots, maxTracks + maxPlots);
        final int[] columnForRow = new int[maxPlots];
        int multiCluster = 0;
        for (int trial = 0; trial < 2_000; trial++) {
            // Targets on a line, plots near them: gating by distance makes local clusters.
            final int tracks = 1 + random.nextInt(maxTracks);
            final int plots = 1 + random.nextInt(maxPlots);
            final double[] trackX = new double[tracks];
            for (int t = 0; t < tracks; t++) {
                trackX[t] = random.nextDouble(0.0, 100.0);
            }
            final double[][] cost = new double[plots][tracks];
            for (int p = 0; p < plots; p++) {
                final double x = random.nextDouble(0.0, 100.0);
                for (int t = 0; t < tracks; t++) {
                    final double d = (x - trackX[t]) / 0.7;
                    cost[p][t] = d * d <= 9.0 ? 0.5 * d * d - 4.0 : Double.POSITIVE_INFINITY;
                }
            }
            final int[] slots = new int[tracks];
            for (int t = 0; t < tracks; t++) {
                slots[t] = t;
            }
            final Scan s = new Scan(plots, slots, cost);
            final double total = feed(scan, s, random);
            checkValid(scan, s, total, s.describe());

            final int columns = tracks + plots;
            final double[] matrix = new double[plots * columns];
            Arrays.fill(matrix, Double.POSITIVE_INFINITY);
            for (int p = 0; p < plots; p++) {
                for (int t = 0; t < tracks; t++) {
                    matrix[p * columns + t] = cost[p][t];
                }
                matrix[p * columns + tracks + p] = 0.0;
            }
            final double jointTotal = joint.solve(matrix, plots, columns, columnForRow);
            assertThat(total).as("%s", s.describe()).isCloseTo(jointTotal, within(1e-9 * (1.0 + Math.abs(jointTotal))));
            if (scan.clusterCount() > 1 && scan.largestCluster() > 1) {
                multiCluster++;
            }
        }
        assertThat(multiCluster).isGreaterThan(1_000);
    }

    @Test
    void aCrossingPairIsSolvedJointly() {
        // Plot 0 is closest to track 3, but plot 1 can only be track 3's: jointly, 0 takes 5.
        final ScanAssignment scan = new ScanAssignment(4, 8, 4);
        scan.begin();
        final int a = scan.addPlot();
        final int b = scan.addPlot();
        final int c = scan.addPlot();
        scan.candidate(a, 3, -10.0);
        scan.candidate(a, 5, -9.0);
        scan.candidate(b, 3, -8.0);
        scan.candidate(c, 6, 2.0); // positive: never better than "new or false"
        assertThat(scan.solve()).isEqualTo(-17.0);
        assertThat(scan.trackOf(a)).isEqualTo(5);
        assertThat(scan.trackOf(b)).isEqualTo(3);
        assertThat(scan.trackOf(c)).isEqualTo(NONE);
        assertThat(scan.plotOf(3)).isEqualTo(b);
        assertThat(scan.plotOf(5)).isEqualTo(a);
        assertThat(scan.plotOf(6)).isEqualTo(NONE);
        assertThat(scan.plotOf(0)).isEqualTo(NONE);
        assertThat(scan.clusterCount()).isEqualTo(2);
        assertThat(scan.largestCluster()).isEqualTo(2);
    }

    @Test
    void tiesGoToTheLowerIndex() {
        final ScanAssignment scan = new ScanAssignment(4, 8, 4);
        for (int order = 0; order < 2; order++) {
            scan.begin();
            final int a = scan.addPlot();
            final int b = scan.addPlot();
            final int c = scan.addPlot();
            // Two plots contest track 3 at equal cost; plot c has two tracks at equal cost.
            scan.candidate(order == 0 ? a : b, 3, -5.0);
            scan.candidate(order == 0 ? b : a, 3, -5.0);
            scan.candidate(c, order == 0 ? 6 : 5, -1.0);
            scan.candidate(c, order == 0 ? 5 : 6, -1.0);
            scan.solve();
            assertThat(scan.trackOf(a)).isEqualTo(3);
            assertThat(scan.trackOf(b)).isEqualTo(NONE);
            assertThat(scan.trackOf(c)).isEqualTo(5);
        }
    }

    @Test
    void aScanLargerThanItsCapacityIsSolvedInPartsWithoutReusingATrack() {
        final ScanAssignment scan = new ScanAssignment(3, 16, 4);
        scan.begin();
        for (int i = 0; i < 3; i++) {
            final int plot = scan.addPlot();
            scan.candidate(plot, 7, -5.0 - i);
            scan.candidate(plot, 8 + i, -1.0);
        }
        assertThat(scan.isFull()).isTrue();
        assertThatThrownBy(scan::addPlot).isInstanceOf(IllegalStateException.class);
        scan.solve();
        assertThat(scan.trackOf(2)).isEqualTo(7);
        assertThat(scan.trackOf(0)).isEqualTo(8);
        assertThat(scan.trackOf(1)).isEqualTo(9);
        assertThat(scan.overflowCount()).isZero();

        scan.continueScan();
        final int late = scan.addPlot();
        final int later = scan.addPlot();
        assertThat(late).isZero();
        scan.candidate(late, 7, -50.0); // taken by the first part: ignored
        scan.candidate(late, 12, -1.0);
        scan.candidate(later, 8, -50.0); // taken as well
        scan.solve();
        assertThat(scan.trackOf(late)).isEqualTo(12);
        assertThat(scan.trackOf(later)).isEqualTo(NONE);
        assertThat(scan.plotOf(7)).isEqualTo(NONE); // assigned in the earlier part, not this one
        assertThat(scan.taken(7)).isTrue();
        assertThat(scan.taken(12)).isTrue();
        assertThat(scan.taken(13)).isFalse();
        assertThat(scan.overflowCount()).isEqualTo(2);

        // A new scan frees every track.
        scan.begin();
        assertThat(scan.taken(7)).isFalse();
        final int plot = scan.addPlot();
        scan.candidate(plot, 7, -1.0);
        scan.solve();
        assertThat(scan.trackOf(plot)).isEqualTo(7);
        assertThat(scan.overflowCount()).isEqualTo(2);
    }

    @Test
    void randomOversizedScansNeverGiveATrackTwoPlots() {
        final SplittableRandom random = new SplittableRandom(3L);
        final int capacity = 5;
        final ScanAssignment scan = new ScanAssignment(capacity, 20, 6);
        long expectedOverflow = 0;
        for (int trial = 0; trial < 2_000; trial++) {
            final Scan s = randomScan(random, 1 + random.nextInt(4 * capacity), random.nextInt(12), 20);
            expectedOverflow += Math.max(0, s.plots - capacity);
            final boolean[] used = new boolean[20];
            scan.begin();
            int first = 0;
            while (first < s.plots) {
                final int count = Math.min(capacity, s.plots - first);
                for (int i = 0; i < count; i++) {
                    final int plot = scan.addPlot();
                    for (int t = 0; t < s.slots.length; t++) {
                        scan.candidate(plot, s.slots[t], s.cost[first + i][t]);
                    }
                }
                scan.solve();
                for (int i = 0; i < count; i++) {
                    final int slot = scan.trackOf(i);
                    if (slot != NONE) {
                        assertThat(used[slot]).as("track %d twice in %s", slot, s.describe()).isFalse();
                        assertThat(s.cost[first + i][indexOf(s.slots, slot)]).isNegative();
                        used[slot] = true;
                    }
                }
                first += count;
                if (first < s.plots) {
                    assertThat(scan.isFull()).isTrue();
                    scan.continueScan();
                }
            }
        }
        assertThat(scan.overflowCount()).isEqualTo(expectedOverflow).isPositive();
    }

    @Test
    void aPlotKeepsItsCheapestCandidatesUpToTheLimit() {
        final ScanAssignment scan = new ScanAssignment(2, 16, 2);
        scan.begin();
        final int plot = scan.addPlot();
        scan.candidate(plot, 1, -1.0);
        scan.candidate(plot, 2, -3.0);
        scan.candidate(plot, 3, -2.0); // replaces slot 1
        scan.candidate(plot, 4, -0.5); // dropped
        scan.candidate(plot, 5, Double.POSITIVE_INFINITY); // not gated: not counted
        assertThat(scan.droppedCandidateCount()).isEqualTo(2);
        final int other = scan.addPlot();
        scan.candidate(other, 2, -2.5);
        // Plot 0 gives up its cheapest (slot 2, -3) to the other plot: -2 - 2.5 < -3.
        assertThat(scan.solve()).isEqualTo(-4.5);
        assertThat(scan.trackOf(plot)).isEqualTo(3);
        assertThat(scan.trackOf(other)).isEqualTo(2);
    }

    @Test
    void checksArgumentsAndOrder() {
        assertThatThrownBy(() -> new ScanAssignment(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScanAssignment(1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScanAssignment(1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        final ScanAssignment scan = new ScanAssignment(4, 8, 2);
        assertThatThrownBy(scan::addPlot).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(scan::solve).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(scan::continueScan).isInstanceOf(IllegalStateException.class);
        assertThat(scan.taken(0)).isFalse();
        scan.begin();
        assertThatThrownBy(() -> scan.trackOf(0)).isInstanceOf(IllegalStateException.class);
        final int plot = scan.addPlot();
        assertThatThrownBy(() -> scan.candidate(1, 0, -1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> scan.candidate(plot, 8, -1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> scan.candidate(plot, -1, -1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> scan.candidate(plot, 0, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> scan.candidate(plot, 0, Double.NEGATIVE_INFINITY))
            .isInstanceOf(IllegalArgumentException.class);
        scan.candidate(plot, 0, -1.0);
        assertThatThrownBy(() -> scan.candidate(plot, 0, -2.0)).isInstanceOf(IllegalArgumentException.class);
        scan.solve();
        assertThatThrownBy(() -> scan.candidate(plot, 1, -1.0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> scan.trackOf(1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(scan.totalCost()).isEqualTo(-1.0);
        assertThat(scan.plots()).isEqualTo(1);
        assertThat(scan.maxPlotsPerScan()).isEqualTo(4);
        assertThat(scan.maxTracks()).isEqualTo(8);
        assertThat(scan.maxCandidatesPerPlot()).isEqualTo(2);
    }

    @Test
    void anEmptyScanAssignsNothing() {
        final ScanAssignment scan = new ScanAssignment(4, 8, 2);
        scan.begin();
        assertThat(scan.solve()).isZero();
        assertThat(scan.clusterCount()).isZero();
        assertThat(scan.largestCluster()).isZero();
    }

    @Test
    void allocatesNothingPerScan() {
        final SplittableRandom random = new SplittableRandom(11L);
        final ScanAssignment scan = new ScanAssignment(32, 256, 6);
        final int scans = 64;
        final Scan[] fixtures = new Scan[scans];
        for (int i = 0; i < scans; i++) {
            fixtures[i] = randomScan(random, 1 + random.nextInt(32), random.nextInt(48), 256);
        }
        final int[] next = {0};
        final double[] sink = {0.0};
        final Runnable work = () -> {
            final Scan s = fixtures[next[0]++ % scans];
            scan.begin();
            for (int p = 0; p < s.plots; p++) {
                final int plot = scan.addPlot();
                for (int t = 0; t < s.slots.length; t++) {
                    scan.candidate(plot, s.slots[t], s.cost[p][t]);
                }
            }
            sink[0] += scan.solve();
            for (int p = 0; p < s.plots; p++) {
                sink[0] += scan.trackOf(p);
            }
        };
        assertThat(AllocationMeter.bytesAllocated(work, 20_000, 10_000)).isZero();
        assertThat(sink[0]).isFinite();
    }

    @Test
    void pairCostIsTheNegativeLogLikelihoodRatio() {
        final double pd = 0.9;
        final double pg = 0.999;
        final double beta = 1e-7;
        final AssignmentCost cost = new AssignmentCost(pd, pg, beta, 4);
        final double nis = 3.2;
        final double[] s = {40.0, 0.0, 0.0, 0.0, 2e-6, 0.0, 0.0, 0.0, 3e-6}; // diagonal S, m = 3
        final double det = s[0] * s[4] * s[8];
        final double likelihood = Math.exp(-0.5 * nis) / Math.sqrt(Math.pow(2.0 * Math.PI, 3) * det);
        final double expected = -Math.log(pd * likelihood / (beta * (1.0 - pd * pg)));
        assertThat(cost.cost(nis, Math.log(det), 3)).isCloseTo(expected, within(1e-12 * Math.abs(expected)));
        assertThat(cost.offset(3)).isCloseTo(1.5 * Math.log(2.0 * Math.PI) - Math.log(pd) + Math.log(beta)
            + Math.log(1.0 - pd * pg), within(1e-12));
        assertThat(cost.offset(1) + 0.5 * Math.log(2.0 * Math.PI)).isCloseTo(cost.offset(2), within(1e-12));
        assertThatThrownBy(() -> new AssignmentCost(0.0, 0.9, 1.0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AssignmentCost(1.0, 1.0, 1.0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AssignmentCost(0.9, 0.9, 0.0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AssignmentCost(0.9, 0.9, 1.0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    // ----------------------------------------------------------------------------------

    private static Scan randomScan(final SplittableRandom random, final int plots, final int tracks, final int maxSlot) {
        final int[] slots = distinctSlots(random, tracks, maxSlot);
        final double gated = new double[] {0.2, 0.5, 0.9}[random.nextInt(3)];
        final double[][] cost = new double[plots][tracks];
        for (final double[] row : cost) {
            for (int t = 0; t < tracks; t++) {
                row[t] = random.nextDouble() < gated ? random.nextDouble(-20.0, 5.0) : Double.POSITIVE_INFINITY;
            }
        }
        return new Scan(plots, slots, cost);
    }

    private static Scan randomIntegerScan(final SplittableRandom random, final int plots, final int tracks,
        final int maxSlot) {
        final int[] slots = distinctSlots(random, tracks, maxSlot);
        final double[][] cost = new double[plots][tracks];
        for (final double[] row : cost) {
            for (int t = 0; t < tracks; t++) {
                row[t] = random.nextDouble() < 0.6 ? random.nextInt(-3, 2) : Double.POSITIVE_INFINITY;
            }
        }
        return new Scan(plots, slots, cost);
    }

    private static int[] distinctSlots(final SplittableRandom random, final int count, final int maxSlot) {
        final int[] all = new int[maxSlot];
        for (int i = 0; i < maxSlot; i++) {
            all[i] = i;
        }
        for (int i = 0; i < count; i++) {
            final int j = random.nextInt(i, maxSlot);
            final int swap = all[i];
            all[i] = all[j];
            all[j] = swap;
        }
        return Arrays.copyOf(all, count);
    }

    /** Feeds a scan with the candidates of each plot in a random order; returns the solved total. */
    private static double feed(final ScanAssignment scan, final Scan s, final SplittableRandom random) {
        scan.begin();
        for (int p = 0; p < s.plots; p++) {
            assertThat(scan.addPlot()).isEqualTo(p);
        }
        // All pairs in a random order, interleaving plots.
        final int pairs = s.plots * s.slots.length;
        final int[] order = new int[pairs];
        for (int k = 0; k < pairs; k++) {
            order[k] = k;
        }
        for (int k = pairs - 1; k > 0; k--) {
            final int j = random.nextInt(k + 1);
            final int swap = order[k];
            order[k] = order[j];
            order[j] = swap;
        }
        for (final int k : order) {
            final int p = k / Math.max(1, s.slots.length);
            final int t = k % s.slots.length;
            scan.candidate(p, s.slots[t], s.cost[p][t]);
        }
        return scan.solve();
    }

    private static int[] tracksOf(final ScanAssignment scan, final int plots) {
        final int[] tracks = new int[plots];
        for (int p = 0; p < plots; p++) {
            tracks[p] = scan.trackOf(p);
        }
        return tracks;
    }

    /** Checks a valid partial matching over gated pairs whose costs sum to the total; returns its size. */
    private static int checkValid(final ScanAssignment scan, final Scan s, final double total, final String text) {
        final boolean[] used = new boolean[s.slots.length];
        double sum = 0.0;
        int assigned = 0;
        for (int p = 0; p < s.plots; p++) {
            final int slot = scan.trackOf(p);
            if (slot == NONE) {
                continue;
            }
            final int t = indexOf(s.slots, slot);
            assertThat(t).as("plot %d given an unknown track %d in %s", p, slot, text).isNotNegative();
            assertThat(used[t]).as("track %d twice in %s", slot, text).isFalse();
            assertThat(s.cost[p][t]).as("plot %d, track %d in %s", p, slot, text).isNegative();
            assertThat(scan.plotOf(slot)).isEqualTo(p);
            used[t] = true;
            sum += s.cost[p][t];
            assigned++;
        }
        for (int t = 0; t < s.slots.length; t++) {
            if (!used[t]) {
                assertThat(scan.plotOf(s.slots[t])).isEqualTo(NONE);
            }
        }
        assertThat(sum).as("sum of %s", text).isCloseTo(total, within(1e-9 * (1.0 + Math.abs(total))));
        return assigned;
    }

    private static int indexOf(final int[] slots, final int slot) {
        for (int t = 0; t < slots.length; t++) {
            if (slots[t] == slot) {
                return t;
            }
        }
        return -1;
    }

    /** The least total over every feasible assignment: each plot new or false (0) or an unused gated track. */
    private static double exhaustive(final Scan s) {
        return exhaustive(s, 0, new boolean[s.slots.length]);
    }

    private static double exhaustive(final Scan s, final int plot, final boolean[] used) {
        if (plot == s.plots) {
            return 0.0;
        }
        double best = exhaustive(s, plot + 1, used); // new or false
        for (int t = 0; t < s.slots.length; t++) {
            final double c = s.cost[plot][t];
            if (!used[t] && c != Double.POSITIVE_INFINITY) {
                used[t] = true;
                best = Math.min(best, c + exhaustive(s, plot + 1, used));
                used[t] = false;
            }
        }
        return best;
    }
}
