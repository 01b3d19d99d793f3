package io.vigil.fusion.samples.simulation;

import io.vigil.fusion.math.StrictTrig;
import java.util.SplittableRandom;

/**
 * Seeded random numbers for the simulator: uniform, Gaussian, Poisson draws and random
 * directions, identical bit for bit on every JVM for the same seed.
 *
 * <p>Built on {@link SplittableRandom}, whose algorithm is specified; the Gaussian is
 * Marsaglia's polar method with {@link StrictMath#log} (the JDK's own {@code nextGaussian}
 * is not specified to be the same across versions), the Poisson count is Knuth's product
 * of uniforms (the means here are a few per scan). Not thread-safe: one source per sensor,
 * link or launch, each split from the scenario's seed in a fixed order.
 */
final class NoiseSource {

    private final SplittableRandom random;
    private boolean hasSpare;
    private double spare;

    /**
     * Wraps a generator.
     *
     * @param random the generator (owned by this source from now on)
     */
    NoiseSource(final SplittableRandom random) {
        this.random = random;
    }

    /**
     * A uniform draw.
     *
     * @return a value in [0, 1)
     */
    double uniform() {
        return random.nextDouble();
    }

    /**
     * A uniform draw in an interval.
     *
     * @param low lower end
     * @param high upper end
     * @return a value in [low, high)
     */
    double uniform(final double low, final double high) {
        return low + (high - low) * random.nextDouble();
    }

    /**
     * A standard normal draw.
     *
     * @return a draw of N(0, 1)
     */
    double gaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spare;
        }
        double u;
        double v;
        double s;
        do {
            u = 2.0 * random.nextDouble() - 1.0;
            v = 2.0 * random.nextDouble() - 1.0;
            s = u * u + v * v;
        } while (s >= 1.0 || s == 0.0);
        final double factor = Math.sqrt(-2.0 * StrictMath.log(s) / s);
        spare = v * factor;
        hasSpare = true;
        return u * factor;
    }

    /**
     * A Poisson count.
     *
     * @param mean the mean, at most a few tens
     * @return a draw of Poisson(mean)
     */
    int poisson(final double mean) {
        if (mean <= 0.0) {
            return 0;
        }
        final double limit = StrictMath.exp(-mean);
        int count = 0;
        double product = random.nextDouble();
        while (product > limit) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }

    /**
     * A direction uniform on the unit sphere.
     *
     * @param out receives the unit vector's three components
     */
    void direction(final double[] out) {
        final double z = 2.0 * random.nextDouble() - 1.0;
        final double azimuth = 2.0 * Math.PI * random.nextDouble();
        final double horizontal = Math.sqrt(1.0 - z * z);
        out[0] = horizontal * StrictTrig.cos(azimuth);
        out[1] = horizontal * StrictTrig.sin(azimuth);
        out[2] = z;
    }
}
