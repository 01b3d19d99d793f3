package io.vigil.fusion.samples.simulation;

/**
 * Air density of the U.S. Standard Atmosphere 1976 (NOAA/NASA/USAF, NOAA-S/T 76-1562), as a
 * function of geometric height above the WGS-84 ellipsoid.
 *
 * <p>Up to 86 km geometric (84,852 m geopotential) the standard's seven layers are computed
 * exactly as it defines them: geopotential height H = r0 h / (r0 + h) with r0 = 6,356,766 m,
 * a linear molecular-scale temperature in each layer, hydrostatic pressure from the base
 * pressures of the standard's table 4, and rho = P M0 / (R* T_M). Above 86 km the standard
 * solves a diffusion model that no closed form reproduces; there the density is interpolated
 * log-linearly (an exponential in each interval) between the standard's table I values at
 * 86 to 1,000 km, which is all a ballistic object's drag needs (at 100 km a spent tank loses
 * a few cm/s^2). Above 1,000 km and below the ground the density is 0 and the sea-level
 * value respectively; the ellipsoidal height stands in for the standard's height above mean
 * sea level (the geoid is within 110 m of the ellipsoid).
 *
 * <p>Immutable and stateless; {@link StrictMath} for every transcendental function, so the
 * same height gives the same density bit for bit on every JVM.
 */
public final class StandardAtmosphere1976 {

    /** Effective Earth radius of the geopotential height, r0, metres (US76 eq. 18). */
    static final double GEOPOTENTIAL_RADIUS_M = 6_356_766.0;
    /** Top of the layered model: 86 km geometric, metres. */
    static final double LAYERED_TOP_M = 86_000.0;
    /** Above this geometric height the density is taken as 0, metres. */
    static final double TOP_M = 1_000_000.0;

    private static final double G0 = 9.80665;
    /** Universal gas constant R*, J/(kmol K), as the standard defines it (not CODATA). */
    private static final double GAS_CONSTANT = 8_314.32;
    /** Mean molecular weight of sea-level air M0, kg/kmol. */
    private static final double MOLECULAR_WEIGHT = 28.9644;
    private static final double SPECIFIC_GAS_CONSTANT = GAS_CONSTANT / MOLECULAR_WEIGHT;
    private static final double HYDROSTATIC = G0 / SPECIFIC_GAS_CONSTANT;

    // US76 table 4: layer bases (geopotential m), base molecular temperatures (K), lapse
    // rates (K/m) and base pressures (Pa).
    private static final double[] BASE_HEIGHT = {0.0, 11_000.0, 20_000.0, 32_000.0, 47_000.0, 51_000.0, 71_000.0};
    private static final double[] BASE_TEMPERATURE = {288.15, 216.65, 216.65, 228.65, 270.65, 270.65, 214.65};
    private static final double[] LAPSE_RATE = {-0.0065, 0.0, 0.001, 0.0028, 0.0, -0.0028, -0.002};
    private static final double[] BASE_PRESSURE = {
        101_325.0, 22_632.06, 5_474.889, 868.0187, 110.9063, 66.93887, 3.956420,
    };

    // US76 table I: geometric height (m) and density (kg/m^3) from 86 km to 1,000 km.
    private static final double[] TAIL_HEIGHT = {
        86_000.0, 90_000.0, 100_000.0, 110_000.0, 120_000.0, 150_000.0, 200_000.0, 300_000.0,
        400_000.0, 500_000.0, 600_000.0, 700_000.0, 800_000.0, 900_000.0, 1_000_000.0,
    };
    private static final double[] TAIL_DENSITY = {
        6.958e-6, 3.416e-6, 5.604e-7, 9.708e-8, 2.222e-8, 2.076e-9, 2.541e-10, 1.916e-11,
        2.803e-12, 5.215e-13, 1.137e-13, 3.070e-14, 1.136e-14, 5.759e-15, 3.561e-15,
    };
    private static final double[] TAIL_LOG_DENSITY = new double[TAIL_DENSITY.length];

    static {
        for (int i = 0; i < TAIL_DENSITY.length; i++) {
            TAIL_LOG_DENSITY[i] = StrictMath.log(TAIL_DENSITY[i]);
        }
    }

    /** Creates the model (it has no parameters). */
    public StandardAtmosphere1976() {
    }

    /**
     * Air density.
     *
     * @param heightM geometric height above the WGS-84 ellipsoid, metres
     * @return density, kg/m^3 (0 above 1,000 km; the sea-level value below the ellipsoid)
     */
    public double density(final double heightM) {
        if (heightM >= TOP_M) {
            return 0.0;
        }
        if (heightM > LAYERED_TOP_M) {
            return tailDensity(heightM);
        }
        final double h = Math.max(0.0, heightM);
        final double geopotential = GEOPOTENTIAL_RADIUS_M * h / (GEOPOTENTIAL_RADIUS_M + h);
        int layer = BASE_HEIGHT.length - 1;
        while (geopotential < BASE_HEIGHT[layer]) {
            layer--;
        }
        final double above = geopotential - BASE_HEIGHT[layer];
        final double baseTemperature = BASE_TEMPERATURE[layer];
        final double lapse = LAPSE_RATE[layer];
        final double temperature = baseTemperature + lapse * above;
        final double pressure;
        if (lapse == 0.0) {
            pressure = BASE_PRESSURE[layer] * StrictMath.exp(-HYDROSTATIC * above / baseTemperature);
        } else {
            pressure = BASE_PRESSURE[layer] * StrictMath.pow(baseTemperature / temperature, HYDROSTATIC / lapse);
        }
        return pressure / (SPECIFIC_GAS_CONSTANT * temperature);
    }

    private static double tailDensity(final double heightM) {
        int i = 0;
        while (heightM > TAIL_HEIGHT[i + 1]) {
            i++;
        }
        final double fraction = (heightM - TAIL_HEIGHT[i]) / (TAIL_HEIGHT[i + 1] - TAIL_HEIGHT[i]);
        return StrictMath.exp(TAIL_LOG_DENSITY[i] + fraction * (TAIL_LOG_DENSITY[i + 1] - TAIL_LOG_DENSITY[i]));
    }
}
