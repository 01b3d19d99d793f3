package io.vigil.fusion.testing;

import java.util.Locale;

/**
 * Prints a figure a test measured, as one line {@code MEASURED <what>: <value>}, so that the
 * numbers quoted in docs/ACCURACY.md come from a command anyone can rerun
 * ({@code ./mvnw -B -pl fusion-core test ... | grep MEASURED}). The test still asserts its
 * tolerance; this only reports how far inside it the code is.
 */
public final class Measured {

    private Measured() {
    }

    /**
     * Prints one measured figure.
     *
     * @param what what was measured, with its unit
     * @param value the value
     */
    public static void report(final String what, final double value) {
        System.out.println(String.format(Locale.ROOT, "MEASURED %s: %.3g", what, value));
    }

    /**
     * Tracks the largest of a series of values.
     */
    public static final class Worst {
        private double worst;

        /**
         * Records a value.
         *
         * @param value the value (its magnitude counts)
         * @return the value, for use inline
         */
        public double of(final double value) {
            worst = Math.max(worst, Math.abs(value));
            return value;
        }

        /**
         * Prints the largest magnitude recorded.
         *
         * @param what what was measured, with its unit
         */
        public void report(final String what) {
            Measured.report(what, worst);
        }
    }
}
