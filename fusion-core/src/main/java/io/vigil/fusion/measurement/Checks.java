package io.vigil.fusion.measurement;

/**
 * Argument checks shared by the measurement models. Each names the quantity, its unit and
 * the offending value in the exception message, and builds that message only when it
 * throws: a model is configured once per plot on the fusion thread, so the passing path
 * must not allocate.
 */
final class Checks {

    /** The state elements every measurement reads: ECEF position and velocity. */
    static final int KINEMATIC_STATES = 6;

    private Checks() {
    }

    /**
     * @param name what the value is, with its unit, for the message (for example "range (m)")
     * @param value the value to check
     * @return {@code value}
     * @throws IllegalArgumentException if the value is NaN or infinite
     */
    static double finite(final String name, final double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite, got " + value);
        }
        return value;
    }

    /**
     * @param name what the value is, with its unit, for the message
     * @param value the value to check
     * @return {@code value}
     * @throws IllegalArgumentException unless 0 < value < infinity
     */
    static double positive(final String name, final double value) {
        if (!(value > 0.0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, got " + value);
        }
        return value;
    }

    /**
     * @param name what the value is, with its unit, for the message
     * @param value the value to check
     * @param low the least value allowed
     * @param high the value allowed or excluded, by {@code highIncluded}
     * @param highIncluded whether {@code high} itself is allowed
     * @param range the interval as the message shows it (for example "[0, 2pi)")
     * @return {@code value}
     * @throws IllegalArgumentException if the value is NaN or outside the interval
     */
    static double within(
        final String name, final double value, final double low, final double high, final boolean highIncluded,
        final String range) {
        final boolean inside = value >= low && (highIncluded ? value <= high : value < high);
        if (!inside) {
            throw new IllegalArgumentException(name + " must be in " + range + ", got " + value);
        }
        return value;
    }

    /**
     * Checks the state dimension a caller passes to {@code predict}.
     *
     * @param stateDimension n
     * @throws IllegalArgumentException if n < 6
     */
    static void stateDimension(final int stateDimension) {
        if (stateDimension < KINEMATIC_STATES) {
            throw new IllegalArgumentException(
                "state dimension must be >= " + KINEMATIC_STATES + " (ECEF position, velocity), got " + stateDimension);
        }
    }

    /**
     * @param what the setting that is missing, for the message
     * @param configured whether it has been set
     * @throws IllegalStateException if it has not
     */
    static void configured(final String what, final boolean configured) {
        if (!configured) {
            throw new IllegalStateException(what + " not configured");
        }
    }
}
