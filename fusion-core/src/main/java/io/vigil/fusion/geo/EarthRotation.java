package io.vigil.fusion.geo;

import io.vigil.fusion.math.StrictTrig;

/**
 * Rotation between ECEF and an Earth-centred inertial (ECI) frame by the Earth's rotation
 * angle theta = omega (t - t0), with omega = {@link Wgs84#ANGULAR_VELOCITY_RAD_PER_S}.
 *
 * <p>The inertial frame is the ECEF frame frozen at the reference epoch t0: the two coincide
 * at t0, and ECI = Rz(theta) ECEF afterwards. There is no precession, nutation, polar motion
 * or UT1 correction: the frame is inertial only over the minutes to hours of a ballistic
 * flight, which is what Vigil uses it for (closed-form Kepler checks, inertial-frame
 * propagation). It is not a realisation of GCRF or J2000; do not compare its coordinates
 * with a star catalogue.
 *
 * <p>Times are nanoseconds since the Unix epoch, UTC (see {@code docs/CONVENTIONS.md}); the
 * difference to the reference epoch is taken in {@code long} arithmetic before it becomes
 * seconds, so no precision is lost at large epochs. Immutable, thread-safe and
 * allocation-free; outputs may be the same arrays as inputs.
 */
public final class EarthRotation {

    private static final double OMEGA = Wgs84.ANGULAR_VELOCITY_RAD_PER_S;

    private final long epochNanos;

    /**
     * Creates the rotation with its reference epoch.
     *
     * @param epochNanos the time at which ECI and ECEF coincide, nanoseconds since the Unix
     *     epoch, UTC
     */
    public EarthRotation(final long epochNanos) {
        this.epochNanos = epochNanos;
    }

    /**
     * Returns the reference epoch, nanoseconds since the Unix epoch, UTC.
     *
     * @return the reference epoch, nanoseconds since the Unix epoch, UTC
     */
    public long epochNanos() {
        return epochNanos;
    }

    /**
     * The rotation angle of the Earth since the reference epoch.
     *
     * @param timeNanos time, nanoseconds since the Unix epoch, UTC
     * @return omega (t - t0), radians (not reduced modulo 2pi)
     */
    public double angleRad(final long timeNanos) {
        return OMEGA * ((timeNanos - epochNanos) * 1e-9);
    }

    /**
     * Rotates a position from ECEF to ECI at a time.
     *
     * @param timeNanos time, nanoseconds since the Unix epoch, UTC
     * @param ecef ECEF x, y, z, metres
     * @param eciOut receives ECI x, y, z, metres
     */
    public void positionToEci(final long timeNanos, final double[] ecef, final double[] eciOut) {
        rotateZ(angleRad(timeNanos), ecef, 0, eciOut, 0);
    }

    /**
     * Rotates a position from ECI to ECEF at a time.
     *
     * @param timeNanos time, nanoseconds since the Unix epoch, UTC
     * @param eci ECI x, y, z, metres
     * @param ecefOut receives ECEF x, y, z, metres
     */
    public void positionToEcef(final long timeNanos, final double[] eci, final double[] ecefOut) {
        rotateZ(-angleRad(timeNanos), eci, 0, ecefOut, 0);
    }

    /**
     * Transforms a position-velocity state from ECEF to ECI: r_i = R r_e and
     * v_i = R (v_e + omega x r_e), with R the rotation by the Earth angle.
     *
     * @param timeNanos time, nanoseconds since the Unix epoch, UTC
     * @param ecefState x, y, z (m), vx, vy, vz (m/s) in ECEF
     * @param eciStateOut receives the same six quantities in ECI
     */
    public void stateToEci(final long timeNanos, final double[] ecefState, final double[] eciStateOut) {
        final double x = ecefState[0];
        final double y = ecefState[1];
        final double z = ecefState[2];
        final double inertialVx = ecefState[3] - OMEGA * y;
        final double inertialVy = ecefState[4] + OMEGA * x;
        final double vz = ecefState[5];
        final double angle = angleRad(timeNanos);
        rotateZ(angle, x, y, z, eciStateOut, 0);
        rotateZ(angle, inertialVx, inertialVy, vz, eciStateOut, 3);
    }

    /**
     * Transforms a position-velocity state from ECI to ECEF: r_e = R^T r_i and
     * v_e = R^T v_i - omega x r_e.
     *
     * @param timeNanos time, nanoseconds since the Unix epoch, UTC
     * @param eciState x, y, z (m), vx, vy, vz (m/s) in ECI
     * @param ecefStateOut receives the same six quantities in ECEF
     */
    public void stateToEcef(final long timeNanos, final double[] eciState, final double[] ecefStateOut) {
        final double angle = -angleRad(timeNanos);
        final double vx = eciState[3];
        final double vy = eciState[4];
        final double vz = eciState[5];
        rotateZ(angle, eciState[0], eciState[1], eciState[2], ecefStateOut, 0);
        rotateZ(angle, vx, vy, vz, ecefStateOut, 3);
        ecefStateOut[3] += OMEGA * ecefStateOut[1];
        ecefStateOut[4] -= OMEGA * ecefStateOut[0];
    }

    private static void rotateZ(
        final double angle, final double[] in, final int inOffset, final double[] out, final int outOffset) {
        rotateZ(angle, in[inOffset], in[inOffset + 1], in[inOffset + 2], out, outOffset);
    }

    private static void rotateZ(
        final double angle, final double x, final double y, final double z, final double[] out, final int offset) {
        final double c = StrictTrig.cos(angle);
        final double s = StrictTrig.sin(angle);
        out[offset] = c * x - s * y;
        out[offset + 1] = s * x + c * y;
        out[offset + 2] = z;
    }
}
