package io.vigil.fusion.samples.accuracy;

import java.util.SplittableRandom;

/**
 * Standard normal deviates by Marsaglia's polar method from a {@link SplittableRandom}.
 *
 * <p>Why not {@code SplittableRandom.nextGaussian()}: its algorithm is the JDK's choice, not
 * specified, and may change between releases; the polar method needs only
 * {@link StrictMath#log} and the correctly rounded square root, so a seed gives the same
 * deviates on every JVM and CPU (docs/CONVENTIONS.md, Determinism). Each call consumes an
 * even number of uniforms and returns one deviate (the pair's second is dropped: simpler
 * than carrying state between calls, and cost does not matter here).
 */
final class PolarGaussian {

    private PolarGaussian() {
    }

    /**
     * One standard normal deviate.
     *
     * @param random the generator, advanced
     * @return a N(0, 1) sample
     */
    static double next(final SplittableRandom random) {
        while (true) {
            final double u = 2.0 * random.nextDouble() - 1.0;
            final double v = 2.0 * random.nextDouble() - 1.0;
            final double s = u * u + v * v;
            if (s > 0.0 && s < 1.0) {
                return u * Math.sqrt(-2.0 * StrictMath.log(s) / s);
            }
        }
    }
}
