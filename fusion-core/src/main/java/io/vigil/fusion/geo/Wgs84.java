package io.vigil.fusion.geo;

/**
 * The World Geodetic System 1984 ellipsoid and Earth model: the one place Vigil defines them.
 *
 * <p>Every geodetic, ECEF and gravity computation in Vigil uses these values and no others.
 * The defining parameters (a, 1/f, GM, omega) are those of NIMA TR8350.2, "Department of
 * Defense World Geodetic System 1984", 3rd edition, amendment 2 (2004), table 3.1; J2 is
 * derived from the EGM2008 normalised coefficient (see {@link #J2}). Units are SI.
 */
public final class Wgs84 {

    /** Semi-major (equatorial) axis a, metres. NIMA TR8350.2, table 3.1 (defining). */
    public static final double SEMI_MAJOR_AXIS_M = 6_378_137.0;

    /** Inverse flattening 1/f, dimensionless. NIMA TR8350.2, table 3.1 (defining). */
    public static final double INVERSE_FLATTENING = 298.257223563;

    /** Flattening f = (a - b) / a, dimensionless. Derived from {@link #INVERSE_FLATTENING}. */
    public static final double FLATTENING = 1.0 / INVERSE_FLATTENING;

    /** Semi-minor (polar) axis b = a (1 - f), metres (6356752.314245... m, TR8350.2 table 3.3). */
    public static final double SEMI_MINOR_AXIS_M = SEMI_MAJOR_AXIS_M * (1.0 - FLATTENING);

    /** First eccentricity squared e^2 = f (2 - f), dimensionless (TR8350.2 table 3.3). */
    public static final double ECCENTRICITY_SQUARED = FLATTENING * (2.0 - FLATTENING);

    /** Second eccentricity squared e'^2 = e^2 / (1 - e^2), dimensionless (TR8350.2 table 3.3). */
    public static final double SECOND_ECCENTRICITY_SQUARED =
        ECCENTRICITY_SQUARED / (1.0 - ECCENTRICITY_SQUARED);

    /**
     * Earth's gravitational constant GM including the atmosphere, m^3/s^2.
     * NIMA TR8350.2, table 3.1 (defining): 3.986004418e14.
     */
    public static final double GM_M3_PER_S2 = 3.986004418e14;

    /**
     * Nominal mean angular velocity of the Earth, rad/s, about the ECEF z axis.
     * NIMA TR8350.2, table 3.1 (defining): 7.292115e-5. Vigil uses it both for the
     * ECEF/ECI rotation and for the Coriolis and centrifugal terms of ballistic motion.
     */
    public static final double ANGULAR_VELOCITY_RAD_PER_S = 7.292115e-5;

    /**
     * Second zonal harmonic J2, dimensionless: 1.08262998905e-3.
     *
     * <p>J2 = -sqrt(5) C(2,0) with the EGM2008 normalised coefficient
     * C(2,0) = -4.84165143790815e-4 (Pavlis et al. 2012, tide-free). TR8350.2 lists the
     * EGM96 value of C(2,0) (-4.84166774985e-4), which differs by 4e-9 in J2, far below what
     * a track of a ballistic object can resolve; Vigil takes the newer gravity model.
     */
    public static final double J2 = 1.08262998905e-3;

    private Wgs84() {
    }
}
