package io.vigil.fusion.motion;

import io.vigil.fusion.geo.Geodetic;

/**
 * Initial states of representative flights for the motion tests, built from a place, a
 * heading and a speed. Velocities are given in the local east-north-up frame and returned
 * in the same frame as positions (ECEF, or inertial where a test treats them so).
 */
public final class Trajectories {

    /** A named initial state and how long the test propagates it. */
    record Case(String name, double[] state, double durationSeconds) {
    }

    private Trajectories() {
    }

    /**
     * A state at a geodetic place moving with a given speed, azimuth and flight-path angle.
     *
     * @return x, y, z (m), vx, vy, vz (m/s)
     */
    public static double[] at(
        final double latDeg, final double lonDeg, final double heightM,
        final double azimuthDeg, final double flightPathDeg, final double speed) {
        final double lat = Math.toRadians(latDeg);
        final double lon = Math.toRadians(lonDeg);
        final double[] state = new double[6];
        Geodetic.toEcef(lat, lon, heightM, state);
        final double az = Math.toRadians(azimuthDeg);
        final double gamma = Math.toRadians(flightPathDeg);
        final double east = speed * StrictMath.cos(gamma) * StrictMath.sin(az);
        final double north = speed * StrictMath.cos(gamma) * StrictMath.cos(az);
        final double up = speed * StrictMath.sin(gamma);
        final double sinLat = StrictMath.sin(lat);
        final double cosLat = StrictMath.cos(lat);
        final double sinLon = StrictMath.sin(lon);
        final double cosLon = StrictMath.cos(lon);
        // Columns of the ENU-to-ECEF rotation (docs/CONVENTIONS.md rows, transposed).
        state[3] = -sinLon * east - sinLat * cosLon * north + cosLat * cosLon * up;
        state[4] = cosLon * east - sinLat * sinLon * north + cosLat * sinLon * up;
        state[5] = cosLat * north + sinLat * up;
        return state;
    }

    /**
     * Midcourse flights of 1,000 s (except the short-range one, whose whole flight is
     * shorter) used by the accuracy tests.
     */
    static Case[] midcourse() {
        return new Case[] {
            // Minimum-energy 10,000 km shot: burnout at 200 km, gamma = 45 - 90/4 deg, speed
            // sqrt(2 sin(psi/2) / (1 + sin(psi/2)) GM / r) for psi = 90 deg.
            new Case("minimum-energy 10,000 km", at(40.0, 60.0, 200e3, 30.0, 22.5, 7085.0), 1000.0),
            // Lofted arc from its 6,000 km apogee: perigee radius 2,000 km, speed at apogee
            // sqrt(2 GM r_p / (r_a (r_a + r_p))).
            new Case("lofted, 6,000 km apogee, forwards", at(30.0, -100.0, 6000e3, 90.0, 0.0, 2993.0), 1000.0),
            new Case("lofted, 6,000 km apogee, backwards", at(30.0, -100.0, 6000e3, 90.0, 0.0, 2993.0), -1000.0),
            new Case("lofted, burnout at 300 km", at(-20.0, 150.0, 300e3, 200.0, 70.0, 8000.0), 1000.0),
            // Short range: about 600 km and 385 s from burnout to impact; 300 s of it.
            new Case("short range", at(35.0, 45.0, 30e3, 120.0, 45.0, 2300.0), 300.0),
            new Case("circular low Earth orbit", at(0.0, 0.0, 400e3, 45.0, 0.0, 7669.0), 1000.0),
            new Case("polar depressed", at(70.0, -30.0, 150e3, 0.0, 10.0, 7000.0), 1000.0),
        };
    }
}
