package io.vigil.fusion.engine;

import com.lmax.disruptor.InsufficientCapacityException;
import com.lmax.disruptor.RingBuffer;

/**
 * The host's way into the engine: claims slots of the ingest ring for one producer thread.
 * Get one per producing thread from the engine and keep it; it owns a reusable
 * {@link PlotClaim}, so publishing allocates nothing.
 *
 * <pre>
 *   PlotClaim c = publisher.claim();
 *   if (c != null) {
 *       c.sensor(radar).time(tNanos).scan(scan, last).radar(r, az, el).rangeRate(rdot).commit();
 *   }
 * </pre>
 *
 * <p>Under {@link BackPressure#BLOCK} {@link #claim()} waits for a free slot and never
 * answers null; under {@link BackPressure#DROP_NEWEST} a full ring makes it answer null and
 * the plot counts as published and dropped. {@link #tryClaim()} never waits.
 */
public final class PlotPublisher {

    private final RingBuffer<PlotSlot> ring;
    private final EngineCounters counters;
    private final BackPressure backPressure;
    private final PlotClaim claim;

    PlotPublisher(final RingBuffer<PlotSlot> ring, final EngineCounters counters, final BackPressure backPressure) {
        this.ring = ring;
        this.counters = counters;
        this.backPressure = backPressure;
        this.claim = new PlotClaim(ring, counters);
    }

    /**
     * Claims the next slot, as the back-pressure policy says.
     *
     * @return the claim to fill and commit, or null if the ring is full under DROP_NEWEST
     *     (the plot is then counted as dropped)
     */
    public PlotClaim claim() {
        if (backPressure == BackPressure.DROP_NEWEST) {
            return tryClaim();
        }
        return claim.bind(ring.next());
    }

    /**
     * Claims the next slot without waiting.
     *
     * @return the claim, or null if the ring is full; under DROP_NEWEST the refused plot is
     *     counted as published and dropped, under BLOCK the caller may try again
     */
    public PlotClaim tryClaim() {
        try {
            return claim.bind(ring.tryNext());
        } catch (final InsufficientCapacityException full) {
            if (backPressure == BackPressure.DROP_NEWEST) {
                counters.incrementPublished();
                counters.incrementDropped();
            }
            return null;
        }
    }

    /**
     * Publishes a clock tick: engine time advances to {@code timeNanos} without a plot, so
     * that coasting tracks are reported and time-outs fire during gaps in coverage. Follows
     * the back-pressure policy like a plot.
     *
     * @param timeNanos the host's time (its wall clock live, the plot clock in replay),
     *     nanoseconds since the Unix epoch, UTC
     * @return true if the tick was committed, false if dropped under DROP_NEWEST
     */
    public boolean tick(final long timeNanos) {
        final PlotClaim c = claim();
        if (c == null) {
            return false;
        }
        c.time(timeNanos).markTick();
        c.commit();
        return true;
    }
}
