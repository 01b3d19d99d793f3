package io.vigil.fusion.samples.simulation;

/** The value checks the scenario file's records share, each with a message naming the field. */
final class ScenarioChecks {

    private ScenarioChecks() {
    }

    /**
     * Checks a latitude.
     *
     * @param name the field, for the message
     * @param degrees the value
     */
    static void latitude(final String name, final double degrees) {
        if (!(degrees >= -90.0 && degrees <= 90.0)) {
            throw new IllegalArgumentException(name + " must be in [-90, 90] degrees, got " + degrees);
        }
    }

    /**
     * Checks a longitude.
     *
     * @param name the field, for the message
     * @param degrees the value
     */
    static void longitude(final String name, final double degrees) {
        if (!(degrees >= -180.0 && degrees <= 360.0)) {
            throw new IllegalArgumentException(name + " must be in [-180, 360] degrees, got " + degrees);
        }
    }

    /**
     * Checks a strictly positive, finite value.
     *
     * @param name the field, for the message
     * @param value the value
     */
    static void positive(final String name, final double value) {
        if (!(value > 0.0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }
}
