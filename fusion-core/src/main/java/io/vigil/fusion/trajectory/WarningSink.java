package io.vigil.fusion.trajectory;

/**
 * Receives the defended-area warning events of {@link AreaWarnings}, as primitives (the
 * engine turns them into its listener's views).
 */
public interface WarningSink {

    /**
     * A warning changed state.
     *
     * @param area the area's index
     * @param slot the track slot the warning is for
     * @param state RAISED, UPDATED or CLEARED
     * @param probability the probability that the impact falls inside the area, [0, 1] (the
     *     last evaluated one for a CLEARED warning)
     * @param impactTimeNanos the predicted impact time, ns since the Unix epoch
     */
    void onWarning(int area, int slot, WarningState state, double probability, long impactTimeNanos);
}
