package io.vigil.fusion.trajectory;

/** The life cycle of a defended-area warning. */
public enum WarningState {
    /** The probability of impact inside the area reached the warning threshold. */
    RAISED,
    /** A raised warning changed materially (probability or time to impact). */
    UPDATED,
    /** The warning no longer holds (probability fell below the threshold with hysteresis, or impact time passed). */
    CLEARED
}
