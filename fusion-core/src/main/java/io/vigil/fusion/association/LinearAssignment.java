package io.vigil.fusion.association;

/**
 * The rectangular linear assignment problem: given an n x m cost matrix, pair rows with
 * columns, each at most once, so that as many rows as possible are assigned and, among
 * those pairings, the total cost is least. The scan-to-track and track-to-truth assignments
 * are this problem.
 *
 * <p>Method: the Jonker-Volgenant shortest augmenting path algorithm in the rectangular form
 * of D. F. Crouse, "On implementing 2D rectangular assignment algorithms", IEEE Trans.
 * Aerospace and Electronic Systems 52(4), 1679-1696, 2016 (the pseudocode of pp. 1685-1686).
 * Rows are added one at a time; for each, a Dijkstra search over reduced costs (kept
 * non-negative by the dual variables u, v) finds the cheapest alternating path to a free
 * column, and the matching is augmented along it. O(r^2 c) time for r = min(n, m) and
 * c = max(n, m); when n &gt; m the transposed problem is solved, so the search always runs
 * over the longer side.
 *
 * <p><b>Forbidden pairs.</b> A cost of {@code +infinity} forbids a pair (outside the gate).
 * Forbidden pairs are solved as a large finite cost M and unassigned afterwards. With the
 * finite costs shifted to [0, S] (S their span, the shift changes every complete assignment's
 * total by the same amount) and M = (r + 1) S, replacing one allowed pair by a forbidden one
 * always costs more than any saving on the allowed pairs, so the solution uses the fewest
 * forbidden pairs there can be. The result is therefore the assignment with the most allowed
 * pairs (a maximum-cardinality matching of the allowed graph) and, among those, the least
 * total cost; a row whose only remaining choices are forbidden is returned as
 * {@link #UNASSIGNED}, as is every surplus row when n &gt; m. This is deliberately not "least
 * cost with rows free to stay unassigned": a caller who wants a price for leaving a row
 * unassigned (GOSPA's c^p / 2 per miss and false track) puts that price into the costs.
 *
 * <p><b>Determinism.</b> The result is a function of the costs alone: rows are added in
 * index order, and among columns at equal path cost the search takes a free column first,
 * then the lowest column index. Sums are accumulated in a fixed order; no hashing, no clock.
 *
 * <p><b>Allocation.</b> All workspace is sized at construction for the largest problem;
 * {@link #solve} allocates nothing (a test measures it), so it may run on the fusion thread.
 * An instance is not thread-safe: one per thread.
 */
public final class LinearAssignment {

    /** The column reported for a row that is not assigned. */
    public static final int UNASSIGNED = -1;

    private final int maxRows;
    private final int maxColumns;

    /** The working cost matrix: shifted, forbidden pairs replaced by M, transposed when rows &gt; columns. */
    private final double[] work;
    /** Dual variable of each working row. */
    private final double[] u;
    /** Dual variable of each working column. */
    private final double[] v;
    /** Length of the shortest alternating path found so far to each working column. */
    private final double[] shortestPath;
    /** Predecessor row of each working column on the shortest path tree. */
    private final int[] path;
    /** Working column of each working row, or UNASSIGNED. */
    private final int[] columnOfRow;
    /** Working row of each working column, or UNASSIGNED. */
    private final int[] rowOfColumn;
    /** Rows reached by the current search. */
    private final boolean[] rowVisited;
    /** Columns whose shortest path is final in the current search. */
    private final boolean[] columnVisited;

    /** Length of the last augmenting path found by {@link #augmentingPath}. */
    private double pathLength;

    /**
     * Creates a solver for problems of up to {@code maxRows} x {@code maxColumns}.
     *
     * @param maxRows the largest number of rows n a problem will have, &gt;= 0
     * @param maxColumns the largest number of columns m a problem will have, &gt;= 0
     * @throws IllegalArgumentException if a size is negative or their product exceeds an array
     */
    public LinearAssignment(final int maxRows, final int maxColumns) {
        if (maxRows < 0 || maxColumns < 0) {
            throw new IllegalArgumentException("sizes must be >= 0, got " + maxRows + " x " + maxColumns);
        }
        final long elements = (long) maxRows * maxColumns;
        if (elements > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a " + maxRows + " x " + maxColumns + " cost matrix does not fit an array");
        }
        this.maxRows = maxRows;
        this.maxColumns = maxColumns;
        // Either side may become the working rows (transposition), so both vectors are sized
        // for the longer side.
        final int side = Math.max(maxRows, maxColumns);
        this.work = new double[(int) elements];
        this.u = new double[side];
        this.v = new double[side];
        this.shortestPath = new double[side];
        this.path = new int[side];
        this.columnOfRow = new int[side];
        this.rowOfColumn = new int[side];
        this.rowVisited = new boolean[side];
        this.columnVisited = new boolean[side];
    }

    /**
     * Returns the largest number of rows this solver accepts.
     *
     * @return the maximum n given at construction
     */
    public int maxRows() {
        return maxRows;
    }

    /**
     * Returns the largest number of columns this solver accepts.
     *
     * @return the maximum m given at construction
     */
    public int maxColumns() {
        return maxColumns;
    }

    /**
     * Solves one assignment problem: the most allowed pairs and, among such assignments, the
     * least total cost (see the class description for forbidden pairs).
     *
     * @param costs the n x m costs, row-major ({@code costs[i * columns + j]} is the cost of
     *     pairing row i with column j), in the caller's unit; {@code +infinity} forbids the
     *     pair; not modified
     * @param rows n, 0 to {@link #maxRows()}
     * @param columns m, 0 to {@link #maxColumns()}
     * @param columnForRowOut receives, for each row i &lt; n, its column, or {@link #UNASSIGNED};
     *     length at least n
     * @return the total cost of the assigned pairs (0 if none is assigned), in the costs' unit
     * @throws IllegalArgumentException if a size is out of range, an array is too short, or a
     *     cost is NaN or {@code -infinity}, or the finite costs span more than about
     *     1e300 / min(n, m)^2 (so that sums of forbidden costs would overflow)
     */
    public double solve(final double[] costs, final int rows, final int columns, final int[] columnForRowOut) {
        checkSizes(costs, rows, columns, columnForRowOut);
        for (int i = 0; i < rows; i++) {
            columnForRowOut[i] = UNASSIGNED;
        }
        final int assigned = Math.min(rows, columns);
        if (assigned == 0) {
            return 0.0;
        }
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < rows * columns; k++) {
            final double c = costs[k];
            if (Double.isNaN(c) || c == Double.NEGATIVE_INFINITY) {
                throw new IllegalArgumentException("cost (" + k / columns + ", " + k % columns + ") is " + c
                    + "; costs must be finite or +infinity (forbidden)");
            }
            if (c != Double.POSITIVE_INFINITY) {
                lowest = Math.min(lowest, c);
                highest = Math.max(highest, c);
            }
        }
        if (lowest == Double.POSITIVE_INFINITY) {
            return 0.0; // every pair is forbidden
        }
        final boolean transposed = rows > columns;
        final int workRows = transposed ? columns : rows;
        final int workColumns = transposed ? rows : columns;
        final double forbidden = fillWork(costs, rows, columns, lowest, highest - lowest, assigned, transposed);

        for (int i = 0; i < workRows; i++) {
            u[i] = 0.0;
            columnOfRow[i] = UNASSIGNED;
        }
        for (int j = 0; j < workColumns; j++) {
            v[j] = 0.0;
            rowOfColumn[j] = UNASSIGNED;
        }
        for (int row = 0; row < workRows; row++) {
            // The working matrix has no infinite entry and workRows <= workColumns, so a free
            // column is always reachable: the search cannot fail.
            final int sink = augmentingPath(row, workRows, workColumns);
            updateDuals(row, workRows, workColumns);
            augment(row, sink);
        }

        double total = 0.0;
        for (int i = 0; i < rows; i++) {
            final int j = transposed ? rowOfColumn[i] : columnOfRow[i];
            if (j != UNASSIGNED && work[transposed ? j * workColumns + i : i * workColumns + j] < forbidden) {
                columnForRowOut[i] = j;
                total += costs[i * columns + j];
            }
        }
        return total;
    }

    /**
     * Copies the costs into the working matrix, shifted by {@code lowest} so the finite ones
     * lie in [0, span], forbidden pairs replaced by M = (r + 1) span (1 when span is 0), and
     * transposed if asked.
     *
     * @return M, the working cost of a forbidden pair (a pair is forbidden iff its working cost is &gt;= M)
     */
    private double fillWork(final double[] costs, final int rows, final int columns, final double lowest,
        final double span, final int assigned, final boolean transposed) {
        // With costs in [0, span] and r pairs per complete assignment, the allowed costs of two
        // assignments differ by at most r * span < M: one forbidden pair more never pays.
        final double forbidden = span > 0.0 ? (assigned + 1.0) * span : 1.0;
        if (!Double.isFinite((assigned + 1.0) * forbidden)) {
            throw new IllegalArgumentException("finite costs span " + span + ", too wide to price " + assigned
                + " forbidden pairs without overflow");
        }
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                final double c = costs[i * columns + j];
                // A shifted finite cost is <= span < M even after rounding, so "working cost
                // >= M" identifies exactly the forbidden pairs afterwards.
                final double w = c == Double.POSITIVE_INFINITY ? forbidden : Math.min(c - lowest, span);
                work[transposed ? j * rows + i : i * columns + j] = w;
            }
        }
        return forbidden;
    }

    /**
     * Dijkstra's search from a free working row over reduced costs, until it reaches a free
     * column. Leaves the path tree in {@link #path}, the path lengths in {@link #shortestPath},
     * the visited sets in {@link #rowVisited} and {@link #columnVisited}, and the length of the
     * augmenting path in {@link #pathLength}.
     *
     * @return the free column that ends the shortest augmenting path
     */
    private int augmentingPath(final int start, final int workRows, final int workColumns) {
        for (int i = 0; i < workRows; i++) {
            rowVisited[i] = false;
        }
        for (int j = 0; j < workColumns; j++) {
            columnVisited[j] = false;
            shortestPath[j] = Double.POSITIVE_INFINITY;
            path[j] = UNASSIGNED;
        }
        double reached = 0.0;
        int i = start;
        int sink = UNASSIGNED;
        while (sink == UNASSIGNED) {
            rowVisited[i] = true;
            int next = UNASSIGNED;
            double lowest = Double.POSITIVE_INFINITY;
            final int rowStart = i * workColumns;
            final double ui = u[i];
            for (int j = 0; j < workColumns; j++) {
                if (columnVisited[j]) {
                    continue;
                }
                final double r = reached + work[rowStart + j] - ui - v[j];
                if (r < shortestPath[j]) {
                    path[j] = i;
                    shortestPath[j] = r;
                }
                // Equal lengths: a free column ends the search now (fewer steps, and it matters
                // for integer costs, where ties are common); otherwise the lowest index wins.
                final double d = shortestPath[j];
                if (next == UNASSIGNED || d < lowest
                    || d == lowest && rowOfColumn[j] == UNASSIGNED && rowOfColumn[next] != UNASSIGNED) {
                    lowest = d;
                    next = j;
                }
            }
            reached = lowest;
            columnVisited[next] = true;
            if (rowOfColumn[next] == UNASSIGNED) {
                sink = next;
            } else {
                i = rowOfColumn[next];
            }
        }
        pathLength = reached;
        return sink;
    }

    /** Updates the dual variables after a search from {@code start}, keeping reduced costs non-negative. */
    private void updateDuals(final int start, final int workRows, final int workColumns) {
        final double length = pathLength;
        u[start] += length;
        for (int i = 0; i < workRows; i++) {
            if (rowVisited[i] && i != start) {
                u[i] += length - shortestPath[columnOfRow[i]];
            }
        }
        for (int j = 0; j < workColumns; j++) {
            if (columnVisited[j]) {
                v[j] -= length - shortestPath[j];
            }
        }
    }

    /** Flips the matching along the path tree from {@code sink} back to {@code start}. */
    private void augment(final int start, final int sink) {
        int j = sink;
        while (true) {
            final int i = path[j];
            rowOfColumn[j] = i;
            final int previous = columnOfRow[i];
            columnOfRow[i] = j;
            if (i == start) {
                return;
            }
            j = previous;
        }
    }

    private void checkSizes(final double[] costs, final int rows, final int columns, final int[] columnForRowOut) {
        if (rows < 0 || rows > maxRows || columns < 0 || columns > maxColumns) {
            throw new IllegalArgumentException("problem " + rows + " x " + columns + " outside the solver's "
                + maxRows + " x " + maxColumns);
        }
        if (costs.length < rows * columns) {
            throw new IllegalArgumentException("costs has " + costs.length + " elements, a " + rows + " x " + columns
                + " problem needs " + rows * columns);
        }
        if (columnForRowOut.length < rows) {
            throw new IllegalArgumentException("columnForRowOut has " + columnForRowOut.length + " elements, needs "
                + rows);
        }
    }
}
