package io.vigil.fusion.samples.metrics;

/** Whether the true point lies inside a reported error region. */
public enum Containment {
    /** Inside the region, or on its boundary. */
    INSIDE,
    /** Outside the region. */
    OUTSIDE,
    /** No region was reported (absent or degenerate): not counted in the rates. */
    NOT_REPORTED;

    /**
     * The containment of a test that was made.
     *
     * @param inside whether the point is inside
     * @return {@link #INSIDE} or {@link #OUTSIDE}
     */
    public static Containment of(final boolean inside) {
        return inside ? INSIDE : OUTSIDE;
    }
}
