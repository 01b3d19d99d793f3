package io.vigil.fusion.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ExponentialAtmosphereTest {

    /**
     * Vallado, "Fundamentals of Astrodynamics and Applications", 4th ed., table 8-4, as
     * printed: base height (km), base density (kg/m^3), scale height (km).
     */
    static final double[][] VALLADO = {
        {0, 1.225, 7.249}, {25, 3.899e-2, 6.349}, {30, 1.774e-2, 6.682}, {40, 3.972e-3, 7.554},
        {50, 1.057e-3, 8.382}, {60, 3.206e-4, 7.714}, {70, 8.770e-5, 6.549}, {80, 1.905e-5, 5.799},
        {90, 3.396e-6, 5.382}, {100, 5.297e-7, 5.877}, {110, 9.661e-8, 7.263}, {120, 2.438e-8, 9.473},
        {130, 8.484e-9, 12.636}, {140, 3.845e-9, 16.149}, {150, 2.070e-9, 22.523}, {180, 5.464e-10, 29.740},
        {200, 2.789e-10, 37.105}, {250, 7.248e-11, 45.546}, {300, 2.418e-11, 53.628}, {350, 9.518e-12, 53.298},
        {400, 3.725e-12, 58.515}, {450, 1.585e-12, 60.828}, {500, 6.967e-13, 63.822}, {600, 1.454e-13, 71.835},
        {700, 3.614e-14, 88.667}, {800, 1.170e-14, 124.64}, {900, 5.245e-15, 181.05}, {1000, 3.019e-15, 268.00},
    };

    private final ExponentialAtmosphere atmosphere = new ExponentialAtmosphere();

    private static double vallado(final double heightM) {
        int i = 0;
        while (i + 1 < VALLADO.length && VALLADO[i + 1][0] * 1e3 <= heightM) {
            i++;
        }
        return VALLADO[i][1] * StrictMath.exp(-(heightM / 1e3 - VALLADO[i][0]) / VALLADO[i][2]);
    }

    @Test
    void reproducesTheTabulatedDensityAtEveryBaseHeight() {
        for (final double[] row : VALLADO) {
            assertThat(atmosphere.density(row[0] * 1e3)).as("%s km", row[0]).isCloseTo(row[1], within(1e-14 * row[1]));
        }
    }

    @Test
    void agreesWithTheTablesOwnScaleHeightsWithinTheirRounding() {
        // The table's four-digit scale heights leave it discontinuous by up to 0.14 % (at
        // 25 km); the continuous model stays within that of it everywhere.
        final SplittableRandom random = new SplittableRandom(84L);
        for (int i = 0; i < 100_000; i++) {
            final double h = random.nextDouble(1.0, 1_000e3);
            final double expected = vallado(h);
            assertThat(atmosphere.density(h)).as("h %s m", h).isCloseTo(expected, within(1.5e-3 * expected));
        }
    }

    @Test
    void isContinuousAcrossLayerBoundaries() {
        for (int i = 1; i < VALLADO.length - 1; i++) {
            final double boundary = VALLADO[i][0] * 1e3;
            final double below = atmosphere.density(boundary - 1e-3);
            final double above = atmosphere.density(boundary + 1e-3);
            // 2 mm at a scale height of 5 km or more changes the density by under 4e-7.
            assertThat(above).as("%s km", VALLADO[i][0]).isCloseTo(below, within(1e-6 * below));
        }
    }

    @Test
    void logDensitySlopeIsTheDerivativeOfTheLogarithmOfTheDensity() {
        final SplittableRandom random = new SplittableRandom(85L);
        for (int i = 0; i < 10_000; i++) {
            final double h = random.nextDouble(10.0, 1_000e3 - 10.0);
            final double step = 1.0;
            final double difference = (StrictMath.log(atmosphere.density(h + step))
                - StrictMath.log(atmosphere.density(h - step))) / (2.0 * step);
            final double slope = atmosphere.logDensitySlope(h);
            // At a layer boundary the slope jumps; the difference then straddles two layers.
            final double scaleHeight = -1.0 / slope;
            assertThat(scaleHeight).isBetween(5.0e3, 270e3);
            if (Math.abs(layerOffset(h)) > step) {
                assertThat(difference).as("h %s", h).isCloseTo(slope, within(1e-9 * Math.abs(slope)));
            }
        }
    }

    @Test
    void isAVacuumAboveTheTopAndSeaLevelAirBelowTheEllipsoid() {
        assertThat(atmosphere.density(ExponentialAtmosphere.TOP_M)).isCloseTo(3.019e-15, within(1e-20));
        assertThat(atmosphere.density(ExponentialAtmosphere.TOP_M + 1.0)).isZero();
        assertThat(atmosphere.density(40_000e3)).isZero();
        assertThat(atmosphere.logDensitySlope(1_500e3)).isZero();
        assertThat(atmosphere.density(-400.0)).isEqualTo(1.225);
        assertThat(atmosphere.logDensitySlope(-400.0)).isZero();
    }

    /** Distance from h to the nearest layer boundary, metres. */
    private static double layerOffset(final double h) {
        double nearest = Double.POSITIVE_INFINITY;
        for (final double[] row : VALLADO) {
            final double distance = h - row[0] * 1e3;
            if (Math.abs(distance) < Math.abs(nearest)) {
                nearest = distance;
            }
        }
        return nearest;
    }
}
