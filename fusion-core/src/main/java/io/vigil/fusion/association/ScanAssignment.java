package io.vigil.fusion.association;

import java.util.Arrays;

/**
 * Global nearest neighbour assignment of one sensor scan: the plots of the scan are assigned
 * jointly to tracks, each plot to at most one track and each track to at most one plot, so
 * that the total cost is least. A plot assigned to no track is new or false (the engine
 * offers it to track initiation).
 *
 * <p><b>Cost.</b> The cost of pairing plot i with track j is the negative log-likelihood
 * ratio of "plot i comes from track j" against "plot i is new or false and track j is not
 * detected", so that leaving a plot unassigned costs 0 (Blackman and Popoli, "Design and
 * Analysis of Modern Tracking Systems", Artech House, 1999, ch. 6; Blackman, "Multiple
 * hypothesis tracking for multiple target tracking", IEEE Aerospace and Electronic Systems
 * Magazine 19(1), 5-18, 2004). For a Gaussian innovation y_ij with covariance S_ij (dimension
 * m), detection probability P_D, gate probability P_G and beta = beta_NT + beta_FA the
 * spatial density of new targets' and false plots (per unit volume of the measurement space,
 * the same units as sqrt(det S)):
 * <pre>
 *   cost_ij = NIS_ij / 2 + ln sqrt(det(2 pi S_ij)) - ln P_D + ln beta + ln(1 - P_D P_G)
 *           = NIS_ij / 2 + (ln det S_ij) / 2 + (m / 2) ln(2 pi) + ln(beta (1 - P_D P_G) / P_D)
 * </pre>
 * with NIS_ij = y_ij^T S_ij^-1 y_ij. The likelihood of a whole scan hypothesis is the
 * product of P_D g_ij over the assigned pairs, beta over the unassigned plots and
 * (1 - P_D P_G) over the undetected tracks; dividing it by the hypothesis "every plot new or
 * false, every gated track missed" leaves a product over the assigned pairs only, whose
 * negative logarithm is the sum of the costs above. The missed detections are thus
 * accounted as -ln(1 - P_D P_G) per gated track, a constant of the scan that does not
 * change which assignment is best. {@link AssignmentCost} computes the formula.
 *
 * <p>A pair whose cost is 0 or more can never lower the total (the plot's "new or false"
 * option costs 0 and frees the track), so {@link #candidate} discards it: such pairs neither
 * join clusters nor take a candidate place. Ties between being assigned and not therefore
 * go to "not assigned". A cost of {@code +infinity} means "outside the gate" and is
 * discarded too.
 *
 * <p><b>Method.</b> The gated pairs form a bipartite graph of plots and tracks. It is split
 * into independent clusters (connected components, by union-find with path halving, the
 * lowest node index as root so that the result is independent of the order of unions); a
 * plot in no pair is its own trivial cluster and is not assigned. A cluster of one plot
 * takes its cheapest pair. Every other cluster of p plots and t tracks is solved by
 * {@link LinearAssignment} on the p x (t + p) matrix [C | D], where C holds the pair costs
 * (+infinity outside the gate) and D is p x p with 0 on its diagonal (plot i's own "new or
 * false" option) and +infinity elsewhere. Every plot then gets exactly one option and every
 * track at most one plot, and since every row can take its own diagonal column, the
 * solver's "most allowed pairs first" rule is satisfied by every full assignment and its
 * least total is the optimum. Solving the clusters separately gives the same total as one
 * solve of the whole scan (the costs of different clusters share no row or column), at
 * O(sum p^2 (t + p)) instead of O(P^2 (T + P)).
 *
 * <p><b>Determinism.</b> Plots are numbered in the order they are added, clusters are
 * solved in the order of their lowest plot, and a cluster's tracks are its columns in
 * increasing slot order, so the result depends on the set of pairs and the plot order only,
 * never on the order in which candidates were given (a test feeds them shuffled). Between
 * assignments of equal total, a cluster of one plot takes the lower slot, and a larger
 * cluster follows {@link LinearAssignment}'s index rule (rows added in plot order, the
 * lowest column among equally short paths, a free one first). The "new or false" columns
 * are placed in decreasing plot order so that, when two plots contest one track at equal
 * cost, the lower plot keeps it; with more plots in a tie the choice is deterministic but
 * not always the lexicographically first optimum (exact ties need equal costs, which
 * continuous NIS values practically never give).
 *
 * <p><b>Capacities and the overflow fallback.</b> Everything is sized at construction:
 * {@code maxPlotsPerScan} plots, {@code maxCandidatesPerPlot} pairs per plot, track slots
 * below {@code maxTracks}. A plot with more gated tracks than {@code maxCandidatesPerPlot}
 * keeps the cheapest ones (ties: the lower slot); every pair discarded so is counted by
 * {@link #droppedCandidateCount()}. A scan with more plots than {@code maxPlotsPerScan} is
 * solved in parts: when {@link #isFull()} the engine solves the part, applies it, and calls
 * {@link #continueScan()}; the next part's plots are numbered from 0 again, and the tracks
 * assigned by earlier parts of the same scan are no longer available to it (their pairs are
 * ignored), so no track takes two plots of one scan. The first part is thus solved without
 * knowing the later plots (a greedy step at the granularity of parts, as one-at-a-time
 * assignment is at the granularity of plots). Plots of continuation parts are counted by
 * {@link #overflowCount()}, which the engine exposes.
 *
 * <p><b>Memory.</b> With P plots, C candidates per plot and T' = min(maxTracks, P C) track
 * nodes, the cluster cost matrix and the solver's working copy take 16 P (T' + P) bytes (for
 * P = 256, C = 8: 9.4 MB); the rest is O(P C + maxTracks). The worst-case time of one scan
 * is that of a single cluster holding every plot: O(P^2 (T' + P)).
 *
 * <p><b>Use per scan</b> (fusion thread):
 * <pre>
 *   scan.begin();
 *   for each plot of the scan: i = scan.addPlot();
 *       for each track j in its gate: scan.candidate(i, j.slot(), cost.cost(nis, lnDetS, m));
 *       (if scan.isFull() before a plot: solve, apply, scan.continueScan())
 *   scan.solve();
 *   for each plot i: scan.trackOf(i) is its track slot, or NONE (new or false)
 * </pre>
 * Allocation-free after construction (measured by a test); one instance per thread.
 */
public final class ScanAssignment {

    /** The track of a plot that is assigned to none (new or false), and the plot of a track that has none. */
    public static final int NONE = -1;

    private static final int IDLE = 0;
    private static final int OPEN = 1;
    private static final int SOLVED = 2;

    private final int maxPlots;
    private final int maxTracks;
    private final int maxCandidates;
    private final int maxTrackNodes;

    // Per plot of the current part.
    private final int[] candidateCount;
    /** Track slot of candidate k of plot i at {@code i * maxCandidates + k}. */
    private final int[] candidateSlot;
    private final double[] candidateCost;
    private final int[] trackOfPlot;

    // Per track slot, valid when the slot's stamp equals the current part (or scan).
    private final long[] touchedPart;
    private final int[] localOfSlot;
    private final long[] assignedPart;
    private final int[] plotOfSlot;
    private final long[] takenScan;

    // Per track node of the current part (local index = rank of the slot among touched slots).
    private final int[] slotOfLocal;

    // Union-find over nodes: plots 0 .. P - 1, then tracks P + local.
    private final int[] parent;
    private final int[] clusterOfRoot;

    // Clusters of the current part.
    private final int[] clusterPlotStart;
    private final int[] clusterTrackStart;
    private final int[] clusterPlots;
    private final int[] clusterTracks;
    private final int[] fill;
    private final int[] columnOfLocal;

    private final double[] costs;
    private final int[] columnForRow;
    private final LinearAssignment solver;

    private int state = IDLE;
    private long scan;
    private long part;
    /** The part number of the current scan's first part. */
    private long firstPartOfScan;
    private int plots;
    private int touched;
    private int clusters;
    private int largestCluster;
    private double totalCost;
    private long overflow;
    private long droppedCandidates;

    /**
     * Creates the assignment with all its workspace.
     *
     * @param maxPlotsPerScan the most plots solved jointly (one part of a scan), &gt;= 1
     * @param maxTracks the number of track slots: slots are 0 .. maxTracks - 1, &gt;= 1
     * @param maxCandidatesPerPlot the most gated tracks kept per plot, &gt;= 1
     * @throws IllegalArgumentException if a capacity is below 1 or the cost matrix would not
     *     fit an array
     */
    public ScanAssignment(final int maxPlotsPerScan, final int maxTracks, final int maxCandidatesPerPlot) {
        if (maxPlotsPerScan < 1 || maxTracks < 1 || maxCandidatesPerPlot < 1) {
            throw new IllegalArgumentException("capacities must be >= 1, got " + maxPlotsPerScan + " plots, "
                + maxTracks + " tracks, " + maxCandidatesPerPlot + " candidates per plot");
        }
        this.maxPlots = maxPlotsPerScan;
        this.maxTracks = maxTracks;
        this.maxCandidates = maxCandidatesPerPlot;
        this.maxTrackNodes = (int) Math.min(maxTracks, (long) maxPlotsPerScan * maxCandidatesPerPlot);
        final long pairs = (long) maxPlotsPerScan * maxCandidatesPerPlot;
        final long matrix = (long) maxPlotsPerScan * (maxTrackNodes + maxPlotsPerScan);
        if (pairs > Integer.MAX_VALUE - 8 || matrix > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a scan of " + maxPlotsPerScan + " plots with " + maxCandidatesPerPlot
                + " candidates each does not fit an array");
        }
        this.candidateCount = new int[maxPlots];
        this.candidateSlot = new int[(int) pairs];
        this.candidateCost = new double[(int) pairs];
        this.trackOfPlot = new int[maxPlots];
        this.touchedPart = new long[maxTracks];
        this.localOfSlot = new int[maxTracks];
        this.assignedPart = new long[maxTracks];
        this.plotOfSlot = new int[maxTracks];
        this.takenScan = new long[maxTracks];
        this.slotOfLocal = new int[maxTrackNodes];
        this.parent = new int[maxPlots + maxTrackNodes];
        this.clusterOfRoot = new int[maxPlots];
        this.clusterPlotStart = new int[maxPlots + 1];
        this.clusterTrackStart = new int[maxPlots + 1];
        this.clusterPlots = new int[maxPlots];
        this.clusterTracks = new int[maxTrackNodes];
        this.fill = new int[maxPlots];
        this.columnOfLocal = new int[maxTrackNodes];
        this.costs = new double[(int) matrix];
        this.columnForRow = new int[maxPlots];
        this.solver = new LinearAssignment(maxPlots, maxTrackNodes + maxPlots);
    }

    /**
     * Starts a new scan: forgets the previous scan's plots, pairs and results.
     */
    public void begin() {
        scan++;
        startPart();
        firstPartOfScan = part;
    }

    /**
     * Starts the next part of the current scan after {@link #solve()}, when the scan has more
     * plots than {@code maxPlotsPerScan} (see the class description): plots are numbered from
     * 0 again, and the tracks assigned in earlier parts of this scan stay taken.
     *
     * @throws IllegalStateException if the current part has not been solved
     */
    public void continueScan() {
        requireState(SOLVED, "continueScan() follows solve()");
        startPart();
    }

    private void startPart() {
        part++;
        plots = 0;
        touched = 0;
        clusters = 0;
        largestCluster = 0;
        totalCost = 0.0;
        state = OPEN;
    }

    /**
     * Returns whether the current part holds {@code maxPlotsPerScan} plots, so that a further
     * plot needs {@link #solve()} and {@link #continueScan()} first.
     *
     * @return true if no plot can be added to this part
     */
    public boolean isFull() {
        return plots == maxPlots;
    }

    /**
     * Adds a plot to the current part.
     *
     * @return the plot's index in this part, 0, 1, ... in the order added
     * @throws IllegalStateException if no part is open (call {@link #begin()}) or the part
     *     is full ({@link #isFull()})
     */
    public int addPlot() {
        requireState(OPEN, "addPlot() needs begin() or continueScan()");
        if (plots == maxPlots) {
            throw new IllegalStateException("the scan part holds its " + maxPlots
                + " plots: solve() and continueScan() before adding more");
        }
        final int plot = plots++;
        candidateCount[plot] = 0;
        if (part != firstPartOfScan) {
            overflow++;
        }
        return plot;
    }

    /**
     * Gives a gated (plot, track) pair and its cost. A cost of 0 or more, or
     * {@code +infinity}, is discarded (it can never be chosen; see the class description), as
     * is a pair with a track already assigned by an earlier part of this scan.
     *
     * @param plot the plot's index from {@link #addPlot()}
     * @param trackSlot the track's slot, 0 .. maxTracks - 1
     * @param cost the negative log-likelihood ratio of the pair against "new or false" (see
     *     the class description), dimensionless
     * @throws IllegalArgumentException if the plot or slot is out of range, the cost is NaN
     *     or {@code -infinity}, or the pair is already held for this part
     * @throws IllegalStateException if no part is open
     */
    public void candidate(final int plot, final int trackSlot, final double cost) {
        requireState(OPEN, "candidate() needs begin() or continueScan()");
        if (plot < 0 || plot >= plots) {
            throw new IllegalArgumentException("plot " + plot + " is not one of this part's " + plots + " plots");
        }
        if (trackSlot < 0 || trackSlot >= maxTracks) {
            throw new IllegalArgumentException("track slot " + trackSlot + " outside 0 .. " + (maxTracks - 1));
        }
        if (Double.isNaN(cost) || cost == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("cost of plot " + plot + " and track " + trackSlot + " is " + cost);
        }
        final int base = plot * maxCandidates;
        final int count = candidateCount[plot];
        for (int k = 0; k < count; k++) {
            if (candidateSlot[base + k] == trackSlot) {
                throw new IllegalArgumentException("plot " + plot + " and track " + trackSlot + " given twice");
            }
        }
        if (!(cost < 0.0) || takenScan[trackSlot] == scan) {
            return;
        }
        if (count < maxCandidates) {
            candidateSlot[base + count] = trackSlot;
            candidateCost[base + count] = cost;
            candidateCount[plot] = count + 1;
            return;
        }
        // Full: keep the cheapest pairs; the worst is the highest cost, then the highest slot.
        int worst = base;
        for (int k = base + 1; k < base + count; k++) {
            if (worse(candidateCost[k], candidateSlot[k], candidateCost[worst], candidateSlot[worst])) {
                worst = k;
            }
        }
        droppedCandidates++;
        if (worse(candidateCost[worst], candidateSlot[worst], cost, trackSlot)) {
            candidateSlot[worst] = trackSlot;
            candidateCost[worst] = cost;
        }
    }

    private static boolean worse(final double cost, final int slot, final double otherCost, final int otherSlot) {
        return cost > otherCost || cost == otherCost && slot > otherSlot;
    }

    /**
     * Solves the current part: clusters, then each cluster's assignment.
     *
     * @return the total cost of the assigned pairs (0 if none), dimensionless
     * @throws IllegalStateException if no part is open
     */
    public double solve() {
        requireState(OPEN, "solve() needs begin() or continueScan()");
        registerTracks();
        buildClusters();
        totalCost = 0.0;
        for (int c = 0; c < clusters; c++) {
            totalCost += solveCluster(c);
        }
        state = SOLVED;
        return totalCost;
    }

    /** Numbers the touched track slots in increasing slot order and joins every pair's plot and track. */
    private void registerTracks() {
        for (int plot = 0; plot < plots; plot++) {
            parent[plot] = plot;
            trackOfPlot[plot] = NONE;
            final int base = plot * maxCandidates;
            for (int k = base; k < base + candidateCount[plot]; k++) {
                final int slot = candidateSlot[k];
                if (touchedPart[slot] != part) {
                    touchedPart[slot] = part;
                    slotOfLocal[touched++] = slot;
                }
            }
        }
        sortAscending(slotOfLocal, touched);
        for (int local = 0; local < touched; local++) {
            localOfSlot[slotOfLocal[local]] = local;
            parent[plots + local] = plots + local;
        }
        for (int plot = 0; plot < plots; plot++) {
            final int base = plot * maxCandidates;
            for (int k = base; k < base + candidateCount[plot]; k++) {
                union(plot, plots + localOfSlot[candidateSlot[k]]);
            }
        }
    }

    /**
     * Groups plots and tracks by cluster. A cluster's root is its lowest node, always a plot
     * (every touched track has a pair), so clusters are numbered in the order of their lowest
     * plot; plots and tracks are listed in increasing order within each.
     */
    private void buildClusters() {
        clusters = 0;
        for (int plot = 0; plot < plots; plot++) {
            if (find(plot) == plot) {
                clusterOfRoot[plot] = clusters++;
            }
        }
        Arrays.fill(clusterPlotStart, 0, clusters + 1, 0);
        Arrays.fill(clusterTrackStart, 0, clusters + 1, 0);
        for (int plot = 0; plot < plots; plot++) {
            clusterPlotStart[clusterOfRoot[find(plot)] + 1]++;
        }
        for (int local = 0; local < touched; local++) {
            clusterTrackStart[clusterOfRoot[find(plots + local)] + 1]++;
        }
        for (int c = 0; c < clusters; c++) {
            clusterPlotStart[c + 1] += clusterPlotStart[c];
            clusterTrackStart[c + 1] += clusterTrackStart[c];
            largestCluster = Math.max(largestCluster, clusterPlotStart[c + 1] - clusterPlotStart[c]);
        }
        System.arraycopy(clusterPlotStart, 0, fill, 0, clusters);
        for (int plot = 0; plot < plots; plot++) {
            clusterPlots[fill[clusterOfRoot[find(plot)]]++] = plot;
        }
        System.arraycopy(clusterTrackStart, 0, fill, 0, clusters);
        for (int local = 0; local < touched; local++) {
            clusterTracks[fill[clusterOfRoot[find(plots + local)]]++] = local;
        }
    }

    /** Solves one cluster and records its pairs; returns its total cost. */
    private double solveCluster(final int c) {
        final int firstPlot = clusterPlotStart[c];
        final int rows = clusterPlotStart[c + 1] - firstPlot;
        final int firstTrack = clusterTrackStart[c];
        final int tracks = clusterTrackStart[c + 1] - firstTrack;
        if (tracks == 0) {
            return 0.0; // a plot in no pair: new or false
        }
        if (rows == 1) {
            return assignCheapest(clusterPlots[firstPlot]);
        }
        final int columns = tracks + rows;
        for (int t = 0; t < tracks; t++) {
            columnOfLocal[clusterTracks[firstTrack + t]] = t;
        }
        Arrays.fill(costs, 0, rows * columns, Double.POSITIVE_INFINITY);
        for (int r = 0; r < rows; r++) {
            final int plot = clusterPlots[firstPlot + r];
            final int row = r * columns;
            // "New or false" columns in decreasing plot order: see the class description.
            costs[row + tracks + rows - 1 - r] = 0.0;
            final int base = plot * maxCandidates;
            for (int k = base; k < base + candidateCount[plot]; k++) {
                costs[row + columnOfLocal[localOfSlot[candidateSlot[k]]]] = candidateCost[k];
            }
        }
        solver.solve(costs, rows, columns, columnForRow);
        double total = 0.0;
        for (int r = 0; r < rows; r++) {
            final int column = columnForRow[r];
            if (column >= 0 && column < tracks) {
                final int plot = clusterPlots[firstPlot + r];
                final int slot = slotOfLocal[clusterTracks[firstTrack + column]];
                total += costs[r * columns + column];
                assign(plot, slot);
            }
        }
        return total;
    }

    /** The cluster of one plot: its cheapest pair (all its costs are negative), ties to the lower slot. */
    private double assignCheapest(final int plot) {
        final int base = plot * maxCandidates;
        int best = base;
        for (int k = base + 1; k < base + candidateCount[plot]; k++) {
            if (worse(candidateCost[best], candidateSlot[best], candidateCost[k], candidateSlot[k])) {
                best = k;
            }
        }
        assign(plot, candidateSlot[best]);
        return candidateCost[best];
    }

    private void assign(final int plot, final int slot) {
        trackOfPlot[plot] = slot;
        plotOfSlot[slot] = plot;
        assignedPart[slot] = part;
        takenScan[slot] = scan;
    }

    /**
     * Returns the track a plot is assigned to.
     *
     * @param plot the plot's index in the solved part
     * @return the track's slot, or {@link #NONE} if the plot is new or false
     * @throws IllegalStateException if the part has not been solved
     * @throws IllegalArgumentException if the plot is out of range
     */
    public int trackOf(final int plot) {
        requireState(SOLVED, "trackOf() follows solve()");
        if (plot < 0 || plot >= plots) {
            throw new IllegalArgumentException("plot " + plot + " is not one of this part's " + plots + " plots");
        }
        return trackOfPlot[plot];
    }

    /**
     * Returns the plot a track is assigned to in the solved part.
     *
     * @param trackSlot the track's slot, 0 .. maxTracks - 1
     * @return the plot's index in this part, or {@link #NONE} if the track took no plot of
     *     this part (it may have taken one in an earlier part of the scan: see {@link #taken})
     * @throws IllegalStateException if the part has not been solved
     * @throws IllegalArgumentException if the slot is out of range
     */
    public int plotOf(final int trackSlot) {
        requireState(SOLVED, "plotOf() follows solve()");
        if (trackSlot < 0 || trackSlot >= maxTracks) {
            throw new IllegalArgumentException("track slot " + trackSlot + " outside 0 .. " + (maxTracks - 1));
        }
        return assignedPart[trackSlot] == part ? plotOfSlot[trackSlot] : NONE;
    }

    /**
     * Returns whether a track has taken a plot in any solved part of the current scan.
     *
     * @param trackSlot the track's slot, 0 .. maxTracks - 1
     * @return true if it has
     */
    public boolean taken(final int trackSlot) {
        return state != IDLE && takenScan[trackSlot] == scan;
    }

    /**
     * Returns the number of plots in the current part.
     *
     * @return plots added since {@link #begin()} or {@link #continueScan()}
     */
    public int plots() {
        return plots;
    }

    /**
     * Returns the total cost of the last solved part.
     *
     * @return the sum of the assigned pairs' costs, dimensionless (0 if none)
     */
    public double totalCost() {
        return totalCost;
    }

    /**
     * Returns the number of clusters of the last solved part, trivial ones (a plot in no
     * pair) included.
     *
     * @return clusters
     */
    public int clusterCount() {
        return clusters;
    }

    /**
     * Returns the number of plots in the largest cluster of the last solved part (the size of
     * the largest assignment problem solved).
     *
     * @return plots, 0 if the part had none
     */
    public int largestCluster() {
        return largestCluster;
    }

    /**
     * Returns how many plots, since construction, arrived after their scan's first
     * {@code maxPlotsPerScan} and were assigned in a continuation part.
     *
     * @return overflowed plots
     */
    public long overflowCount() {
        return overflow;
    }

    /**
     * Returns how many gated pairs, since construction, were discarded because their plot
     * had more than {@code maxCandidatesPerPlot} cheaper ones.
     *
     * @return discarded pairs
     */
    public long droppedCandidateCount() {
        return droppedCandidates;
    }

    /**
     * Returns the most plots solved jointly.
     *
     * @return maxPlotsPerScan as constructed
     */
    public int maxPlotsPerScan() {
        return maxPlots;
    }

    /**
     * Returns the number of track slots.
     *
     * @return maxTracks as constructed
     */
    public int maxTracks() {
        return maxTracks;
    }

    /**
     * Returns the most pairs kept per plot.
     *
     * @return maxCandidatesPerPlot as constructed
     */
    public int maxCandidatesPerPlot() {
        return maxCandidates;
    }

    private int find(final int node) {
        int x = node;
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private void union(final int a, final int b) {
        final int ra = find(a);
        final int rb = find(b);
        if (ra < rb) {
            parent[rb] = ra;
        } else if (rb < ra) {
            parent[ra] = rb;
        }
    }

    private void requireState(final int expected, final String message) {
        if (state != expected) {
            throw new IllegalStateException(message);
        }
    }

    /** Heapsort of a[0 .. n - 1] into increasing order: in place, no allocation, O(n log n). */
    private static void sortAscending(final int[] a, final int n) {
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(a, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            final int top = a[0];
            a[0] = a[end];
            a[end] = top;
            siftDown(a, 0, end);
        }
    }

    private static void siftDown(final int[] a, final int start, final int n) {
        int i = start;
        final int value = a[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && a[child + 1] > a[child]) {
                child++;
            }
            if (a[child] <= value) {
                break;
            }
            a[i] = a[child];
            i = child;
        }
        a[i] = value;
    }
}
