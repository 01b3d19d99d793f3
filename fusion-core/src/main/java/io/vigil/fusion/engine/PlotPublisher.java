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

    /**
     * Moves, resizes, switches on or off a defended area configured at build time, through
     * the ring (the fusion thread applies it in order with the plots; no lock). A radius of 0
     * switches the area off: its raised warnings are CLEARED. The change takes effect for each
     * track at its next reported impact prediction (one reported after the change, even if
     * taken before it). An index naming no area, or a centre or radius that
     * is not valid, is rejected with {@link RejectReason#BAD_AREA}. Follows the back-pressure
     * policy like a plot.
     *
     * @param areaIndex the area's index ({@link FusionEngine#areaIndex})
     * @param latitudeRad the new centre's geodetic latitude, radians, in [-pi/2, pi/2]
     * @param longitudeRad the new centre's longitude, radians, finite
     * @param radiusM the new radius along the surface, metres, &gt;= 0
     * @return true if the change was committed, false if dropped under DROP_NEWEST
     */
    public boolean defendedArea(final int areaIndex, final double latitudeRad, final double longitudeRad,
        final double radiusM) {
        final PlotClaim c = claim();
        if (c == null) {
            return false;
        }
        c.markArea(areaIndex, latitudeRad, longitudeRad, radiusM);
        c.commit();
        return true;
    }
}
