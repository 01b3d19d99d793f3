package io.vigil.fusion.samples.metrics;

import io.vigil.fusion.association.LinearAssignment;

/**
 * The generalised optimal sub-pattern assignment metric (GOSPA) of A. S. Rahmathullah,
 * A. F. Garcia-Fernandez and L. Svensson, "Generalized optimal sub-pattern assignment
 * metric", FUSION 2017, with p = 2 and alpha = 2, on 3-D ECEF position:
 *
 * <pre>
 *   GOSPA = ( min over assignments gamma of  sum over (i, j) in gamma of d(x_i, y_j)^2
 *             + c^2 / 2 (|X| + |Y| - 2 |gamma|) )^(1/2)
 * </pre>
 *
 * where gamma pairs objects with tracks at distances d &lt; c. The minimum is found exactly
 * with {@link LinearAssignment} on the costs min(d^2, c^2): a complete assignment of
 * min(|X|, |Y|) pairs in which a pair at d &gt;= c costs c^2, exactly the price of leaving
 * both unassigned (one miss and one false track at c^2 / 2 each), so the two problems have
 * the same optimum. Pairs at d &gt;= c are then reported as unassigned.
 *
 * <p>The same assignment is the track-to-truth association of the other metrics: squared
 * distance, gated at c. Not thread-safe (it keeps its workspace).
 */
public final class Gospa {

    /** The order p. */
    public static final double ORDER = 2.0;
    /** The alpha parameter: 2, so that the metric splits into localisation, missed and false parts. */
    public static final double ALPHA = 2.0;

    private final double cutoffM;
    private final double cutoffSquared;
    private LinearAssignment solver = new LinearAssignment(0, 0);
    private double[] costs = new double[0];
    private int[] columnForRow = new int[0];

    /**
     * Creates the metric.
     *
     * @param cutoffM the cut-off c, metres, finite and &gt; 0
     */
    public Gospa(final double cutoffM) {
        if (!(cutoffM > 0.0 && Double.isFinite(cutoffM))) {
            throw new IllegalArgumentException("cut-off must be finite and > 0, got " + cutoffM);
        }
        this.cutoffM = cutoffM;
        this.cutoffSquared = cutoffM * cutoffM;
    }


    /**
     * The GOSPA distance between objects and tracks.
     *
     * @param objectPositions ECEF x, y, z of each object, metres, 3 values per object
     * @param objects number of objects
     * @param trackPositions ECEF x, y, z of each track, metres, 3 values per track
     * @param tracks number of tracks
     * @return the distance and its parts
     */
    public GospaValue evaluate(final double[] objectPositions, final int objects, final double[] trackPositions,
        final int tracks) {
        return evaluate(objectPositions, objects, trackPositions, tracks, new int[objects]);
    }

    /**
     * The GOSPA distance between objects and tracks, and the optimal assignment.
     *
     * @param objectPositions ECEF x, y, z of each object, metres, 3 values per object
     * @param objects number of objects
     * @param trackPositions ECEF x, y, z of each track, metres, 3 values per track
     * @param tracks number of tracks
     * @param trackForObjectOut receives, per object, the index of its track (closer than c),
     *     or {@link LinearAssignment#UNASSIGNED}; length at least {@code objects}
     * @return the distance and its parts
     */
    public GospaValue evaluate(final double[] objectPositions, final int objects, final double[] trackPositions,
        final int tracks, final int[] trackForObjectOut) {
        ensureCapacity(objects, tracks);
        for (int i = 0; i < objects; i++) {
            for (int j = 0; j < tracks; j++) {
                costs[i * tracks + j] = Math.min(squaredDistance(objectPositions, i, trackPositions, j), cutoffSquared);
            }
        }
        solver.solve(costs, objects, tracks, columnForRow);
        double localisationSquared = 0.0;
        int assigned = 0;
        for (int i = 0; i < objects; i++) {
            final int j = columnForRow[i];
            final double d2 = j == LinearAssignment.UNASSIGNED ? Double.POSITIVE_INFINITY
                : squaredDistance(objectPositions, i, trackPositions, j);
            if (d2 < cutoffSquared) {
                localisationSquared += d2;
                assigned++;
                trackForObjectOut[i] = j;
            } else {
                trackForObjectOut[i] = LinearAssignment.UNASSIGNED;
            }
        }
        final int missed = objects - assigned;
        final int falseTracks = tracks - assigned;
        final double distance = Math.sqrt(localisationSquared + 0.5 * cutoffSquared * (missed + falseTracks));
        return new GospaValue(distance, Math.sqrt(localisationSquared), missed, falseTracks, assigned, cutoffM);
    }

    private void ensureCapacity(final int objects, final int tracks) {
        if (objects > solver.maxRows() || tracks > solver.maxColumns()) {
            // Grow by half again, so a picture that grows a track at a time does not
            // reallocate every evaluation time.
            final int rows = Math.max(objects, solver.maxRows() * 3 / 2);
            final int columns = Math.max(tracks, solver.maxColumns() * 3 / 2);
            solver = new LinearAssignment(rows, columns);
            costs = new double[rows * columns];
            columnForRow = new int[rows];
        }
    }

    private static double squaredDistance(final double[] a, final int i, final double[] b, final int j) {
        final double dx = a[3 * i] - b[3 * j];
        final double dy = a[3 * i + 1] - b[3 * j + 1];
        final double dz = a[3 * i + 2] - b[3 * j + 2];
        return dx * dx + dy * dy + dz * dz;
    }
}
