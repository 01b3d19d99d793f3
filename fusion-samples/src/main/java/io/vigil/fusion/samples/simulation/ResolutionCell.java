package io.vigil.fusion.samples.simulation;

/**
 * A radar's resolution cell, and the grouping of one look's detections into what the radar
 * can tell apart.
 *
 * <p>Two objects are unresolved when they are closer than the range resolution in slant
 * range AND closer than the angular resolution in angle, the angle being the one between
 * their two lines of sight from the antenna (so it means the same at the zenith as at the
 * horizon, unlike a difference of azimuths). Groups are the closure of that relation
 * (single-link clustering): A with B and B with C make one group even when A and C alone
 * would be resolved, as a chain of echoes smeared into one another is one blob to the
 * radar. A group may thus span more than one cell.
 *
 * <p>Deterministic: objects are taken in the order given (the scenario's launch and object
 * order), every pair is tested, and each group is labelled by its first member's index;
 * nothing depends on a hash order. The angle is {@link StrictMath#atan2} of the cross and dot
 * products, accurate at the small angles that matter here.
 */
final class ResolutionCell {

    private final double rangeResolutionM;
    private final double angularResolutionRad;

    /**
     * Creates the cell.
     *
     * @param rangeResolutionM range resolution, metres, at least 0 (0 resolves every pair)
     * @param angularResolutionRad angular resolution, radians, at least 0 (0 resolves every pair)
     */
    ResolutionCell(final double rangeResolutionM, final double angularResolutionRad) {
        if (!(rangeResolutionM >= 0.0) || !(angularResolutionRad >= 0.0)) {
            throw new IllegalArgumentException("resolutions must be >= 0, got " + rangeResolutionM + " m and "
                + angularResolutionRad + " rad");
        }
        this.rangeResolutionM = rangeResolutionM;
        this.angularResolutionRad = angularResolutionRad;
    }

    /**
     * Whether two objects fall in one cell: |delta range| below the range resolution and the
     * angle between their lines of sight below the angular resolution (both strict).
     *
     * @param lines lines of sight from the antenna to the objects, three components (any
     *     Cartesian frame, metres) per object; an object's slant range is its vector's length
     * @param a first object's index
     * @param b second object's index
     * @return true if the radar cannot tell them apart
     */
    boolean unresolved(final double[] lines, final int a, final int b) {
        final double ax = lines[3 * a];
        final double ay = lines[3 * a + 1];
        final double az = lines[3 * a + 2];
        final double bx = lines[3 * b];
        final double by = lines[3 * b + 1];
        final double bz = lines[3 * b + 2];
        final double rangeA = Math.sqrt(ax * ax + ay * ay + az * az);
        final double rangeB = Math.sqrt(bx * bx + by * by + bz * bz);
        if (!(Math.abs(rangeA - rangeB) < rangeResolutionM)) {
            return false;
        }
        final double cx = ay * bz - az * by;
        final double cy = az * bx - ax * bz;
        final double cz = ax * by - ay * bx;
        final double angle = StrictMath.atan2(Math.sqrt(cx * cx + cy * cy + cz * cz), ax * bx + ay * by + az * bz);
        return angle < angularResolutionRad;
    }

    /**
     * Groups objects into what the radar resolves.
     *
     * @param lines lines of sight, three components per object, as for {@link #unresolved}
     * @param count how many objects (the first {@code count} of {@code lines})
     * @param groupOut receives, for each object, the index of its group's first member (an
     *     object resolved from all others is its own group); at least {@code count} long
     */
    void group(final double[] lines, final int count, final int[] groupOut) {
        for (int i = 0; i < count; i++) {
            groupOut[i] = i;
        }
        for (int i = 0; i < count; i++) {
            for (int j = i + 1; j < count; j++) {
                final int rootI = root(groupOut, i);
                final int rootJ = root(groupOut, j);
                if (rootI != rootJ && unresolved(lines, i, j)) {
                    // The smaller index stays the root, so a group's label is its first member.
                    groupOut[Math.max(rootI, rootJ)] = Math.min(rootI, rootJ);
                }
            }
        }
        for (int i = 0; i < count; i++) {
            groupOut[i] = root(groupOut, i);
        }
    }

    private static int root(final int[] parent, final int index) {
        int node = index;
        while (parent[node] != node) {
            node = parent[node];
        }
        return node;
    }
}
