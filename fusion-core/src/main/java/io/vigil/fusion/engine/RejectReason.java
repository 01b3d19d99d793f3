package io.vigil.fusion.engine;

/**
 * Why the fusion thread refused a plot at its door. Every rejected plot is counted under
 * exactly one reason and reported on {@code FusionListener.onReject}; it changes no engine
 * state. The checks run in the order of the constants, and the first that fails is reported.
 */
public enum RejectReason {
    /** The sensor index names no configured sensor. */
    UNKNOWN_SENSOR,
    /** The plot's kind does not fit the sensor (a line of sight from a radar, or a radar plot from an IR sensor). */
    WRONG_KIND_FOR_SENSOR,
    /** A field the plot needs is NaN or infinite (or absent where the sensor type requires it). */
    NOT_FINITE,
    /** The slant range is zero or negative. */
    RANGE_NOT_POSITIVE,
    /** The slant range is beyond the sensor's configured maximum range. */
    RANGE_BEYOND_MAXIMUM,
    /** The azimuth is outside [0, 2pi) radians, i.e. [0, 360) degrees. */
    AZIMUTH_OUT_OF_RANGE,
    /** The elevation is outside [-pi/2, pi/2] radians, i.e. [-90, 90] degrees. */
    ELEVATION_OUT_OF_RANGE,
    /** The line-of-sight vector's length differs from 1 by more than the tolerance. */
    LINE_OF_SIGHT_NOT_UNIT,
    /** A per-plot sigma override is zero or negative. */
    SIGMA_NOT_POSITIVE,
    /** The measurement time is further ahead of the engine clock than the configured skew. */
    TIME_TOO_FAR_AHEAD,
    /** The measurement time is older than the out-of-sequence bound behind the engine clock. */
    LATE,
    /**
     * A defended-area change names no configured area, or its latitude is outside [-pi/2,
     * pi/2], its longitude not finite or its radius negative or not finite.
     */
    BAD_AREA
}
