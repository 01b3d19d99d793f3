package io.vigil.fusion.motion;

/**
 * Air density as a function of height, for drag. Implementations are pure functions of the
 * height: no time, solar or geomagnetic dependence, and they allocate nothing.
 */
public interface Atmosphere {

    /**
     * The density at a height.
     *
     * @param heightM height above the WGS-84 ellipsoid, metres
     * @return density, kg/m^3, zero or positive
     */
    double density(double heightM);

    /**
     * The logarithmic derivative of the density, (d rho / dh) / rho: minus the inverse of
     * the local scale height. Linearised drag needs d rho / dh = rho times this, without a
     * second exponential.
     *
     * @param heightM height above the WGS-84 ellipsoid, metres
     * @return d ln(rho) / dh, 1/m (zero where the density is constant or zero)
     */
    double logDensitySlope(double heightM);
}
