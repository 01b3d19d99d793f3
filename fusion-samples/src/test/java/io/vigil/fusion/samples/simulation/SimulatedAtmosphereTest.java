package io.vigil.fusion.samples.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The atmosphere against the tables of the U.S. Standard Atmosphere 1976 (NOAA-S/T 76-1562). */
class SimulatedAtmosphereTest {

    private static final double R0 = 6_356_766.0;
    private final StandardAtmosphere1976 atmosphere = new StandardAtmosphere1976();

    /** Densities at the layer bases, listed by geopotential height (table 4 with rho = P M0 / (R* T)). */
    @ParameterizedTest(name = "H = {0} m geopotential: {1} kg/m^3")
    @CsvSource({
        "0,      1.2250",
        "11000,  3.6392e-1",
        "20000,  8.8035e-2",
        "32000,  1.3225e-2",
        "47000,  1.4275e-3",
        "51000,  8.6160e-4",
        "71000,  6.4211e-5",
    })
    void matchesTheLayerBaseDensities(final double geopotentialM, final double density) {
        final double geometricM = R0 * geopotentialM / (R0 - geopotentialM);
        assertThat(atmosphere.density(geometricM)).isCloseTo(density, within(0.01 * density));
    }

    /** Densities at geometric heights, from table I. */
    @ParameterizedTest(name = "h = {0} m geometric: {1} kg/m^3")
    @CsvSource({
        "5000,   7.3643e-1",
        "10000,  4.1351e-1",
        "20000,  8.8910e-2",
        "30000,  1.8410e-2",
        "40000,  3.9957e-3",
        "50000,  1.0269e-3",
        "60000,  3.0968e-4",
        "70000,  8.2829e-5",
        "80000,  1.8458e-5",
        "86000,  6.958e-6",
        "100000, 5.604e-7",
        "150000, 2.076e-9",
        "300000, 1.916e-11",
    })
    void matchesTheGeometricTable(final double heightM, final double density) {
        assertThat(atmosphere.density(heightM)).isCloseTo(density, within(0.01 * density));
    }

    @Test
    void decreasesWithHeightAndIsContinuousAt86Km() {
        double previous = Double.POSITIVE_INFINITY;
        for (double h = 0.0; h < 1_000_000.0; h += 250.0) {
            final double rho = atmosphere.density(h);
            assertThat(rho).as("density at %s m", h).isPositive().isLessThan(previous);
            previous = rho;
        }
        final double below = atmosphere.density(85_999.999);
        final double above = atmosphere.density(86_000.001);
        assertThat(above).isCloseTo(below, within(0.001 * below));
        assertThat(atmosphere.density(1_000_001.0)).isZero();
        assertThat(atmosphere.density(-50.0)).isEqualTo(atmosphere.density(0.0));
    }
}
