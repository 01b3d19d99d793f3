package io.vigil.fusion.trajectory;

/** The phase of a ballistic missile's flight that a track is in. */
public enum FlightPhase {
    /** Powered flight: the motor is burning. */
    BOOST,
    /** Unpowered flight above the sensible atmosphere: gravity only. */
    MIDCOURSE,
    /** Descent through the atmosphere: gravity and drag. */
    REENTRY
}
