package io.vigil.fusion.samples.simulation;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The delay of one nation's link from its sensors to the fusion hub: a mean plus jitter.
 *
 * <p>{@link Jitter#UNIFORM}: the delay is uniform in [mean - jitter, mean + jitter] (so the
 * jitter may not exceed the mean). {@link Jitter#LOGNORMAL}: the delay is log-normal with
 * the given mean and standard deviation (the jitter), the long right tail of a congested
 * network. Either way a sensor's plots keep their order on the link (see
 * {@link ScenarioSimulator}).
 *
 * @param meanS mean delay, seconds (positive)
 * @param jitterS half-width ({@link Jitter#UNIFORM}) or standard deviation ({@link Jitter#LOGNORMAL}), seconds
 * @param jitter the shape of the jitter; UNIFORM if absent
 */
public record LinkLatency(
    @JsonProperty(required = true) double meanS, double jitterS, Jitter jitter) {

    /** The distribution of a link's delay about its mean. */
    public enum Jitter {
        /** Uniform in [mean - jitter, mean + jitter]. */
        UNIFORM,
        /** Log-normal with the mean and standard deviation given. */
        LOGNORMAL
    }

    /**
     * Checks the values and fills in the default jitter shape.
     *
     * @param meanS see the record
     * @param jitterS see the record
     * @param jitter see the record
     */
    public LinkLatency {
        if (jitter == null) {
            jitter = Jitter.UNIFORM;
        }
        if (!(meanS > 0.0 && meanS < 3600.0)) {
            throw new IllegalArgumentException("meanS must be in (0, 3600) s, got " + meanS);
        }
        if (!(jitterS >= 0.0)) {
            throw new IllegalArgumentException("jitterS must be >= 0 s, got " + jitterS);
        }
        if (jitter == Jitter.UNIFORM && jitterS > meanS) {
            throw new IllegalArgumentException("a UNIFORM jitterS (" + jitterS + " s) may not exceed meanS (" + meanS
                + " s): the delay would go negative");
        }
    }

    /**
     * Draws one delay.
     *
     * @param noise the link's random source
     * @return delay, seconds (non-negative)
     */
    double draw(final NoiseSource noise) {
        if (jitter == Jitter.UNIFORM) {
            return meanS + jitterS * (2.0 * noise.uniform() - 1.0);
        }
        final double ratio = jitterS / meanS;
        final double logVariance = StrictMath.log1p(ratio * ratio);
        final double logMean = StrictMath.log(meanS) - 0.5 * logVariance;
        return StrictMath.exp(logMean + Math.sqrt(logVariance) * noise.gaussian());
    }
}
