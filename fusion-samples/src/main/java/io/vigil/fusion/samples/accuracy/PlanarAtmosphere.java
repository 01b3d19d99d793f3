package io.vigil.fusion.samples.accuracy;

/**
 * The two-layer exponential air density of the benchmark: rho = 1.227 exp(-1.093e-4 h)
 * below 9,144 m (30,000 ft) and 1.754 exp(-1.49e-4 h) above, kg/m^3, h in metres.
 *
 * <p>The two layers do not meet exactly (0.4517 against 0.4492 kg/m^3 at 9,144 m, a 0.6 %
 * step): the benchmark's own model, kept as published.
 */
final class PlanarAtmosphere {

    /** Height of the layer boundary, m. */
    static final double LAYER_BOUNDARY_M = 9144.0;

    private static final double LOW_DENSITY = 1.227;
    private static final double LOW_DECAY = 1.093e-4;
    private static final double HIGH_DENSITY = 1.754;
    private static final double HIGH_DECAY = 1.49e-4;

    private PlanarAtmosphere() {
    }

    /**
     * Air density.
     *
     * @param heightM height above the radar's plane, m
     * @return rho, kg/m^3
     */
    static double density(final double heightM) {
        return heightM < LAYER_BOUNDARY_M
            ? LOW_DENSITY * StrictMath.exp(-LOW_DECAY * heightM)
            : HIGH_DENSITY * StrictMath.exp(-HIGH_DECAY * heightM);
    }

    /**
     * The decay rate k of the layer the height is in, so that d rho / dh = -k rho.
     *
     * @param heightM height, m
     * @return k, 1/m
     */
    static double decayRate(final double heightM) {
        return heightM < LAYER_BOUNDARY_M ? LOW_DECAY : HIGH_DECAY;
    }
}
