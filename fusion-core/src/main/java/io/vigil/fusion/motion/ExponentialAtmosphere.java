package io.vigil.fusion.motion;

/**
 * A piecewise exponential atmosphere from 0 to 1,000 km, vacuum above: the exponential
 * model of Vallado, "Fundamentals of Astrodynamics and Applications", 4th ed. (2013),
 * table 8-4, after Wertz, "Spacecraft Attitude Determination and Control" (1978), p. 820:
 * base densities from the U.S. Standard Atmosphere 1976 at 0 km, CIRA-72 from 25 to 500 km,
 * and CIRA-72 with an exospheric temperature of 1,000 K (moderate solar activity) from 500
 * to 1,000 km.
 *
 * <p>Heights are above the WGS-84 ellipsoid, metres; densities kg/m^3. In each of the 27
 * layers rho(h) = rho_i exp(-(h - h_i) / H_i). The scale height H_i of each layer is
 * recomputed here from the tabulated base densities at its two ends,
 * H_i = (h_{i+1} - h_i) / ln(rho_i / rho_{i+1}), so that the density is continuous. The
 * table's scale heights were adjusted for continuity too, and agree with these to 4e-4
 * relative (the densities to 0.14 %, at 25 km), but their four-digit rounding leaves jumps
 * at the layer boundaries that would put steps into a filter's prediction and its
 * linearisation.
 *
 * <p>Below the ellipsoid the density stays at its sea-level value: terrain reaches no lower
 * than about -0.5 km (where the true density is 6 % higher), and a track propagated past its
 * impact must not meet an exponentially growing density that would make the integration
 * unstable. Above 1,000 km the density is zero (the model's value there, 3e-15 kg/m^3,
 * decelerates a 7 km/s object of 100 kg/m^2 by under 1e-9 m/s^2).
 *
 * <p>This is a mean, static atmosphere: the real density departs from it by tens of percent
 * at re-entry heights (season, latitude, weather) and by factors above 150 km (solar cycle);
 * the estimated ballistic coefficient absorbs the part that is steady over a track. Stateless,
 * thread-safe and allocation-free.
 */
public final class ExponentialAtmosphere implements Atmosphere {

    /** Top of the model, metres; the density is zero above it. */
    public static final double TOP_M = 1_000e3;

    /** Base heights of the layers and the model's top, metres (Vallado table 8-4). */
    private static final double[] BASE_HEIGHT_M = {
        0e3, 25e3, 30e3, 40e3, 50e3, 60e3, 70e3, 80e3, 90e3, 100e3,
        110e3, 120e3, 130e3, 140e3, 150e3, 180e3, 200e3, 250e3, 300e3, 350e3,
        400e3, 450e3, 500e3, 600e3, 700e3, 800e3, 900e3, TOP_M,
    };

    /** Densities at the base heights, kg/m^3 (Vallado table 8-4). */
    private static final double[] BASE_DENSITY = {
        1.225, 3.899e-2, 1.774e-2, 3.972e-3, 1.057e-3, 3.206e-4, 8.770e-5, 1.905e-5, 3.396e-6, 5.297e-7,
        9.661e-8, 2.438e-8, 8.484e-9, 3.845e-9, 2.070e-9, 5.464e-10, 2.789e-10, 7.248e-11, 2.418e-11, 9.518e-12,
        3.725e-12, 1.585e-12, 6.967e-13, 1.454e-13, 3.614e-14, 1.170e-14, 5.245e-15, 3.019e-15,
    };

    private static final int LAYERS = BASE_HEIGHT_M.length - 1;

    /** 1 / H_i of each layer, 1/m, from the densities at its ends (see the class comment). */
    private static final double[] INVERSE_SCALE_HEIGHT = new double[LAYERS];

    static {
        for (int i = 0; i < LAYERS; i++) {
            INVERSE_SCALE_HEIGHT[i] = StrictMath.log(BASE_DENSITY[i] / BASE_DENSITY[i + 1])
                / (BASE_HEIGHT_M[i + 1] - BASE_HEIGHT_M[i]);
        }
    }

    /** Creates the model (it has no parameters; instances are interchangeable). */
    public ExponentialAtmosphere() {
    }

    /**
     * {@inheritDoc}
     *
     * @return the density, kg/m^3: sea level's below the ellipsoid, zero above {@link #TOP_M}
     */
    @Override
    public double density(final double heightM) {
        if (heightM > TOP_M) {
            return 0.0;
        }
        if (!(heightM > 0.0)) {
            return BASE_DENSITY[0];
        }
        final int i = layer(heightM);
        return BASE_DENSITY[i] * StrictMath.exp(-(heightM - BASE_HEIGHT_M[i]) * INVERSE_SCALE_HEIGHT[i]);
    }

    /**
     * {@inheritDoc}
     *
     * @return -1 / H of the layer, 1/m; zero below the ellipsoid and above {@link #TOP_M}
     */
    @Override
    public double logDensitySlope(final double heightM) {
        if (heightM > TOP_M || !(heightM > 0.0)) {
            return 0.0;
        }
        return -INVERSE_SCALE_HEIGHT[layer(heightM)];
    }

    /** The layer containing a height in (0, TOP_M]: the last base at or below it. */
    private static int layer(final double heightM) {
        int low = 0;
        int high = LAYERS - 1;
        while (low < high) {
            final int mid = (low + high + 1) >>> 1;
            if (BASE_HEIGHT_M[mid] <= heightM) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }
}
