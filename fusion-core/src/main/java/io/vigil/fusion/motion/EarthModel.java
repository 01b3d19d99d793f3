package io.vigil.fusion.motion;

import io.vigil.fusion.geo.Wgs84;

/**
 * Which of the Earth's forces a gravity-driven motion model includes: the point-mass
 * gravity, its J2 (oblateness) term, and the Coriolis and centrifugal terms of the rotating
 * ECEF frame.
 *
 * <p>{@link #WGS84} has all three and is what tracking uses. The reduced models exist for
 * closed-form checks: without rotation the state frame is treated as inertial (Vigil's ECI
 * at the state's epoch, see {@code docs/CONVENTIONS.md}) and any atmosphere as at rest in
 * it; without J2 and rotation the dynamics are Kepler's two-body problem; without gravity
 * only the model's own forces (drag, thrust) remain. Constants are those of
 * {@link Wgs84}. Immutable and thread-safe.
 */
public final class EarthModel {

    /**
     * Point-mass gravity plus J2 in the rotating ECEF frame (Coriolis and centrifugal terms
     * about z at {@link Wgs84#ANGULAR_VELOCITY_RAD_PER_S}): the model for tracking.
     */
    public static final EarthModel WGS84 = new EarthModel(true, true, true);

    private final boolean gravity;
    private final boolean j2;
    private final boolean rotating;

    private EarthModel(final boolean gravity, final boolean j2, final boolean rotating) {
        this.gravity = gravity;
        this.j2 = gravity && j2;
        this.rotating = rotating;
    }

    /**
     * Returns this model without the J2 term: spherical (point-mass) gravity only.
     *
     * @return this model without the J2 term: spherical (point-mass) gravity only
     */
    public EarthModel withoutJ2() {
        return new EarthModel(gravity, false, rotating);
    }

    /**
     * This model without the frame's rotation.
     *
     * @return this model without the frame's rotation: no Coriolis or centrifugal
     *     acceleration, the state frame taken as inertial
     */
    public EarthModel withoutRotation() {
        return new EarthModel(gravity, j2, false);
    }

    /**
     * Returns this model without any gravity (point mass and J2).
     *
     * @return this model without any gravity (point mass and J2)
     */
    public EarthModel withoutGravity() {
        return new EarthModel(false, false, rotating);
    }

    /**
     * Returns whether point-mass gravity, GM / r^2 towards the centre, is included.
     *
     * @return whether point-mass gravity, GM / r^2 towards the centre, is included
     */
    public boolean gravity() {
        return gravity;
    }

    /**
     * Returns whether the J2 zonal term of gravity is included (never without gravity).
     *
     * @return whether the J2 zonal term of gravity is included (never without gravity)
     */
    public boolean j2() {
        return j2;
    }

    /**
     * Returns whether the state frame rotates with the Earth (Coriolis and centrifugal terms).
     *
     * @return whether the state frame rotates with the Earth (Coriolis and centrifugal terms)
     */
    public boolean rotating() {
        return rotating;
    }

    /**
     * Returns GM if gravity is on, else 0, m^3/s^2.
     *
     * @return GM if gravity is on, else 0, m^3/s^2
     */
    double gm() {
        return gravity ? Wgs84.GM_M3_PER_S2 : 0.0;
    }

    /**
     * Returns the frame's angular velocity about z if rotating, else 0, rad/s.
     *
     * @return the frame's angular velocity about z if rotating, else 0, rad/s
     */
    double omega() {
        return rotating ? Wgs84.ANGULAR_VELOCITY_RAD_PER_S : 0.0;
    }

    @Override
    public String toString() {
        return "EarthModel[gravity=" + gravity + ", j2=" + j2 + ", rotating=" + rotating + "]";
    }
}
