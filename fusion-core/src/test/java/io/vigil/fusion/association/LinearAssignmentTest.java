package io.vigil.fusion.association;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vigil.fusion.testing.AllocationMeter;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The assignment solver against exhaustive search on small problems (square and
 * rectangular, continuous and tied costs, with forbidden pairs), on the classic Munkres test
 * matrices, on the forbidden-pair policy, and for zero allocation.
 */
class LinearAssignmentTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void matchesExhaustiveSearchOnRandomProblems() {
        final SplittableRandom random = new SplittableRandom(20_160_801L);
        final LinearAssignment solver = new LinearAssignment(7, 7);
        final int[] columnForRow = new int[7];
        int withForbidden = 0;
        int withUnassigned = 0;
        for (int problem = 0; problem < 20_000; problem++) {
            final int rows = random.nextInt(1, 7);
            final int columns = random.nextInt(1, 7);
            final double forbiddenShare = new double[] {0.0, 0.2, 0.5, 0.8}[random.nextInt(4)];
            final boolean integers = random.nextBoolean();
            final double[] costs = new double[rows * columns];
            for (int k = 0; k < costs.length; k++) {
                if (random.nextDouble() < forbiddenShare) {
                    costs[k] = INF;
                    withForbidden++;
                } else {
                    // Small integers make ties (several optimal assignments); continuous
                    // values, some negative, make a unique optimum.
                    costs[k] = integers ? random.nextInt(4) : random.nextDouble(-50.0, 1000.0);
                }
            }
            final double total = solver.solve(costs, rows, columns, columnForRow);
            final Best best = exhaustive(costs, rows, columns);
            final String problemText = describe(costs, rows, columns);
            final int assigned = checkValid(costs, rows, columns, columnForRow, total, problemText);
            assertThat(assigned).as("assigned pairs of %s", problemText).isEqualTo(best.allowedPairs);
            assertThat(total).as("total of %s", problemText).isCloseTo(best.cost, within(1e-9 * (1.0 + Math.abs(best.cost))));
            if (assigned < Math.min(rows, columns)) {
                withUnassigned++;
            }
        }
        // The draw exercised what it is meant to.
        assertThat(withForbidden).isGreaterThan(10_000);
        assertThat(withUnassigned).isGreaterThan(1_000);
    }

    @Test
    void solvesTheClassicMunkresMatrices() {
        // The test matrices of Clapper's munkres module, also scipy's: expected totals 850, 452, 18, 15.
        assertSolution(new double[][] {{400, 150, 400}, {400, 450, 600}, {300, 225, 300}}, 850.0, 1, 0, 2);
        assertSolution(new double[][] {{10, 10, 8}, {9, 8, 1}, {9, 7, 4}}, 18.0, 0, 2, 1);
        final LinearAssignment solver = new LinearAssignment(4, 4);
        final int[] columnForRow = new int[4];
        // Rectangular: row 2 costs 300 in column 0 and in column 2 (two optima).
        assertThat(solver.solve(flatten(new double[][] {{400, 150, 400, 1}, {400, 450, 600, 2}, {300, 225, 300, 3}}),
            3, 4, columnForRow)).isEqualTo(452.0);
        assertThat(columnForRow[0]).isEqualTo(1);
        assertThat(columnForRow[1]).isEqualTo(3);
        assertThat(columnForRow[2]).isIn(0, 2);
        assertThat(solver.solve(flatten(new double[][] {{10, 10, 8, 11}, {9, 8, 1, 1}, {9, 7, 4, 10}}),
            3, 4, columnForRow)).isEqualTo(15.0);
        assertThat(columnForRow[2]).isEqualTo(2);
        // The same rectangular problems transposed (4 rows, 3 columns): one row stays out.
        assertThat(solver.solve(flatten(transpose(new double[][] {{400, 150, 400, 1}, {400, 450, 600, 2},
            {300, 225, 300, 3}})), 4, 3, columnForRow)).isEqualTo(452.0);
        assertThat(columnForRow[1]).isEqualTo(0);
        assertThat(columnForRow[3]).isEqualTo(1);
        assertThat(Arrays.stream(columnForRow).filter(j -> j == LinearAssignment.UNASSIGNED).count()).isEqualTo(1);
        // Three workers, three jobs (the Hungarian algorithm's usual first example): 8 + 3 + 4.
        assertSolution(new double[][] {{8, 4, 7}, {5, 2, 3}, {9, 4, 8}}, 15.0, 0, 2, 1);
    }

    @Test
    void prefersMoreAllowedPairsThenLeastCost() {
        final LinearAssignment solver = new LinearAssignment(3, 3);
        final int[] columnForRow = new int[3];
        // Only column 0 is allowed: the cheaper row takes it, whatever the row order (a solver
        // that skipped a row it could not place on arrival would keep row 0 at 5).
        assertThat(solver.solve(new double[] {5, INF, 1, INF}, 2, 2, columnForRow)).isEqualTo(1.0);
        assertThat(columnForRow).startsWith(LinearAssignment.UNASSIGNED, 0);
        // Two cheap pairs on one column against two dearer pairs that can both be assigned:
        // two pairs at 200 beat one pair at 1.
        assertThat(solver.solve(new double[] {1, 100, 1, INF}, 2, 2, columnForRow)).isEqualTo(101.0);
        assertThat(columnForRow).startsWith(1, 0);
        // All forbidden: nothing assigned, total 0.
        assertThat(solver.solve(new double[] {INF, INF, INF, INF, INF, INF}, 2, 3, columnForRow)).isZero();
        assertThat(columnForRow).startsWith(LinearAssignment.UNASSIGNED, LinearAssignment.UNASSIGNED);
        // A row with every pair forbidden among others that are not.
        assertThat(solver.solve(new double[] {INF, INF, INF, 3, 1, 2, 1, 3, 2}, 3, 3, columnForRow)).isEqualTo(2.0);
        assertThat(columnForRow).containsExactly(LinearAssignment.UNASSIGNED, 1, 0);
    }

    @Test
    void handlesEmptyProblemsAndEqualCosts() {
        final LinearAssignment solver = new LinearAssignment(5, 5);
        final int[] columnForRow = {7, 7, 7, 7, 7};
        assertThat(solver.solve(new double[0], 0, 3, columnForRow)).isZero();
        assertThat(solver.solve(new double[0], 3, 0, columnForRow)).isZero();
        assertThat(columnForRow).startsWith(LinearAssignment.UNASSIGNED, LinearAssignment.UNASSIGNED,
            LinearAssignment.UNASSIGNED);
        final double[] equal = new double[25];
        Arrays.fill(equal, 4.0);
        assertThat(solver.solve(equal, 5, 5, columnForRow)).isEqualTo(20.0);
        // All costs equal: each row takes the lowest free column.
        assertThat(columnForRow).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void isDeterministic() {
        final SplittableRandom random = new SplittableRandom(7L);
        final LinearAssignment first = new LinearAssignment(30, 30);
        final LinearAssignment second = new LinearAssignment(30, 30);
        final int[] a = new int[30];
        final int[] b = new int[30];
        for (int problem = 0; problem < 200; problem++) {
            final int rows = random.nextInt(1, 31);
            final int columns = random.nextInt(1, 31);
            final double[] costs = new double[rows * columns];
            for (int k = 0; k < costs.length; k++) {
                costs[k] = random.nextInt(5) == 0 ? INF : random.nextInt(3);
            }
            final double totalA = first.solve(costs, rows, columns, a);
            // The second solver has solved something else in between: no state carries over.
            second.solve(new double[] {1.0}, 1, 1, b);
            final double totalB = second.solve(costs, rows, columns, b);
            assertThat(totalB).isEqualTo(totalA);
            assertThat(Arrays.copyOf(b, rows)).containsExactly(Arrays.copyOf(a, rows));
        }
    }

    @Test
    void rejectsBadArguments() {
        final LinearAssignment solver = new LinearAssignment(2, 2);
        final int[] columnForRow = new int[2];
        assertThatThrownBy(() -> solver.solve(new double[] {1, Double.NaN, 1, 1}, 2, 2, columnForRow))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(0, 1)");
        assertThatThrownBy(() -> solver.solve(new double[] {1, 1, Double.NEGATIVE_INFINITY, 1}, 2, 2, columnForRow))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(1, 0)");
        assertThatThrownBy(() -> solver.solve(new double[9], 3, 3, new int[3]))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside");
        assertThatThrownBy(() -> solver.solve(new double[3], 2, 2, columnForRow))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("costs");
        assertThatThrownBy(() -> solver.solve(new double[4], 2, 2, new int[1]))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("columnForRowOut");
        assertThatThrownBy(() -> solver.solve(new double[] {-1e308, 1e308, INF, 0}, 2, 2, columnForRow))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("span");
        assertThatThrownBy(() -> new LinearAssignment(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void allocatesNothingPerSolve() {
        final SplittableRandom random = new SplittableRandom(11L);
        final int rows = 12;
        final int columns = 20;
        final double[] costs = new double[rows * columns];
        for (int k = 0; k < costs.length; k++) {
            costs[k] = random.nextInt(4) == 0 ? INF : random.nextDouble(0.0, 1e6);
        }
        final LinearAssignment solver = new LinearAssignment(columns, columns);
        final int[] columnForRow = new int[columns];
        // Both orientations: the wide problem as given and, read as 20 x 12, transposed.
        final Runnable work = () -> {
            solver.solve(costs, rows, columns, columnForRow);
            solver.solve(costs, columns, rows, columnForRow);
        };
        assertThat(AllocationMeter.bytesAllocated(work, 20_000, 10_000)).isZero();
    }

    /** Checks the assignment is a valid partial matching over allowed pairs whose cost is the total; returns its size. */
    private static int checkValid(final double[] costs, final int rows, final int columns, final int[] columnForRow,
        final double total, final String problem) {
        final boolean[] used = new boolean[columns];
        double sum = 0.0;
        int assigned = 0;
        for (int i = 0; i < rows; i++) {
            final int j = columnForRow[i];
            if (j == LinearAssignment.UNASSIGNED) {
                continue;
            }
            assertThat(j).as("column of row %d in %s", i, problem).isBetween(0, columns - 1);
            assertThat(used[j]).as("column %d used twice in %s", j, problem).isFalse();
            used[j] = true;
            assertThat(costs[i * columns + j]).as("pair (%d, %d) of %s", i, j, problem).isFinite();
            sum += costs[i * columns + j];
            assigned++;
        }
        assertThat(total).as("reported total of %s", problem).isEqualTo(sum);
        return assigned;
    }

    /** The optimum by enumeration: every complete assignment of min(n, m) pairs, forbidden pairs then dropped. */
    private static Best exhaustive(final double[] costs, final int rows, final int columns) {
        final boolean transposed = rows > columns;
        final int small = Math.min(rows, columns);
        final int large = Math.max(rows, columns);
        final Best best = new Best();
        enumerate(costs, columns, transposed, small, large, 0, new int[small], new boolean[large], best);
        return best;
    }

    private static void enumerate(final double[] costs, final int columns, final boolean transposed, final int small,
        final int large, final int depth, final int[] choice, final boolean[] taken, final Best best) {
        if (depth == small) {
            int allowed = 0;
            double cost = 0.0;
            for (int s = 0; s < small; s++) {
                final double c = transposed ? costs[choice[s] * columns + s] : costs[s * columns + choice[s]];
                if (c != INF) {
                    allowed++;
                    cost += c;
                }
            }
            if (allowed > best.allowedPairs || allowed == best.allowedPairs && cost < best.cost) {
                best.allowedPairs = allowed;
                best.cost = cost;
            }
            return;
        }
        for (int l = 0; l < large; l++) {
            if (!taken[l]) {
                taken[l] = true;
                choice[depth] = l;
                enumerate(costs, columns, transposed, small, large, depth + 1, choice, taken, best);
                taken[l] = false;
            }
        }
    }

    private static void assertSolution(final double[][] matrix, final double total, final int... columns) {
        final LinearAssignment solver = new LinearAssignment(matrix.length, matrix[0].length);
        final int[] columnForRow = new int[matrix.length];
        assertThat(solver.solve(flatten(matrix), matrix.length, matrix[0].length, columnForRow)).isEqualTo(total);
        assertThat(columnForRow).containsExactly(columns);
    }

    private static double[] flatten(final double[][] matrix) {
        final int columns = matrix[0].length;
        final double[] flat = new double[matrix.length * columns];
        for (int i = 0; i < matrix.length; i++) {
            System.arraycopy(matrix[i], 0, flat, i * columns, columns);
        }
        return flat;
    }

    private static double[][] transpose(final double[][] matrix) {
        final double[][] t = new double[matrix[0].length][matrix.length];
        for (int i = 0; i < matrix.length; i++) {
            for (int j = 0; j < matrix[0].length; j++) {
                t[j][i] = matrix[i][j];
            }
        }
        return t;
    }

    private static String describe(final double[] costs, final int rows, final int columns) {
        final StringBuilder text = new StringBuilder(rows + " x " + columns + " [");
        for (int i = 0; i < rows; i++) {
            text.append(i == 0 ? "" : "; ")
                .append(Arrays.toString(Arrays.copyOfRange(costs, i * columns, (i + 1) * columns)));
        }
        return text.append(']').toString();
    }

    /** The best complete assignment found so far: most allowed pairs, then least cost. */
    private static final class Best {
        private int allowedPairs = -1;
        private double cost = INF;
    }
}
