package io.vigil.fusion.trajectory;

import io.vigil.fusion.geo.Geodetic;
import io.vigil.fusion.math.StrictTrig;

/** The phase of a ballistic missile's flight that a track is in. */
public enum FlightPhase {
    /** Powered flight: the motor is burning. */
    BOOST,
    /** Unpowered flight above the sensible atmosphere: gravity only. */
    MIDCOURSE,
    /** Descent through the atmosphere: gravity and drag. */
    REENTRY;

    /**
     * The height below which a descending object is re-entering, m: the conventional entry
     * interface, where drag starts to shape the trajectory of a re-entry vehicle.
     */
    public static final double ENTRY_INTERFACE_M = 120_000.0;

    /**
     * Classifies a flight: BOOST while the boost mode of a flight-phase IMM is the more likely
     * (probability at least 1/2), else REENTRY when descending below
     * {@link #ENTRY_INTERFACE_M}, else MIDCOURSE (a short-range missile that never leaves the
     * atmosphere is in MIDCOURSE while it climbs after burnout).
     *
     * @param boostProbability the probability that the object is thrusting, [0, 1]
     * @param heightM the height above the WGS-84 ellipsoid, m
     * @param verticalSpeedMps the speed along the local up direction, m/s (negative: descending)
     * @return the phase
     */
    public static FlightPhase of(final double boostProbability, final double heightM, final double verticalSpeedMps) {
        if (boostProbability >= 0.5) {
            return BOOST;
        }
        return heightM < ENTRY_INTERFACE_M && verticalSpeedMps < 0.0 ? REENTRY : MIDCOURSE;
    }

    /**
     * Classifies an ECEF state ({@link #of}), its vertical speed taken along the ellipsoid
     * normal at its geodetic position.
     *
     * @param boostProbability the probability that the object is thrusting, [0, 1]
     * @param geodetic the state's position as {@link Geodetic#fromEcef} gives it (latitude and
     *     longitude in radians, height in m)
     * @param state the ECEF state: position (m), then velocity (m/s) at indices 3 to 5
     * @return the phase
     */
    public static FlightPhase of(final double boostProbability, final double[] geodetic, final double[] state) {
        final double latitude = geodetic[Geodetic.LATITUDE];
        final double longitude = geodetic[Geodetic.LONGITUDE];
        final double cosLat = StrictTrig.cos(latitude);
        final double vertical = cosLat * StrictTrig.cos(longitude) * state[3]
            + cosLat * StrictTrig.sin(longitude) * state[4] + StrictTrig.sin(latitude) * state[5];
        return of(boostProbability, geodetic[Geodetic.HEIGHT], vertical);
    }
}
