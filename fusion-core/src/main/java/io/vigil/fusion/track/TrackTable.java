package io.vigil.fusion.track;

/**
 * The bounded, preallocated table of tracks: every slot is created at construction, a new
 * track takes the lowest free slot and a new id, a dropped track frees its slot. Iteration is
 * by slot index, in a fixed order, so the fusion thread's output does not depend on hash
 * order. Owned by the fusion thread; allocation-free after construction.
 */
public final class TrackTable {

    private final Track[] slots;
    private final int[] free;
    private int freeCount;
    private int alive;
    private int highestSlot = -1;
    private long nextId = 1L;

    /**
     * Creates the table.
     *
     * @param capacity the maximum number of live tracks
     * @param maxDimension the largest state dimension of a track
     * @param maxSensors the number of sensors whose contributions a track records
     */
    public TrackTable(final int capacity, final int maxDimension, final int maxSensors) {
        if (capacity < 1) {
            throw new IllegalArgumentException("track capacity must be >= 1, got " + capacity);
        }
        slots = new Track[capacity];
        free = new int[capacity];
        for (int i = 0; i < capacity; i++) {
            slots[i] = new Track(i, maxDimension, maxSensors);
            // Stack of free slots with the lowest on top, so new tracks fill the table from 0.
            free[i] = capacity - 1 - i;
        }
        freeCount = capacity;
    }

    /**
     * Starts a new track in the lowest free slot.
     *
     * @param dimension the state dimension
     * @param nowNanos initiation time, nanoseconds since the Unix epoch
     * @return the track, or null if the table is full
     */
    public Track create(final int dimension, final long nowNanos) {
        if (freeCount == 0) {
            return null;
        }
        final Track track = slots[free[--freeCount]];
        track.start(nextId++, dimension, nowNanos);
        alive++;
        highestSlot = Math.max(highestSlot, track.slot());
        return track;
    }

    /**
     * Drops a live track and frees its slot.
     *
     * @param track the track
     */
    public void drop(final Track track) {
        if (!track.alive()) {
            return;
        }
        track.status(TrackStatus.DROPPED);
        alive--;
        // Keep the free stack sorted so the lowest slot is reused first: insertion is
        // O(free slots) but only runs when a track dies.
        int i = freeCount++;
        while (i > 0 && free[i - 1] < track.slot()) {
            free[i] = free[i - 1];
            i--;
        }
        free[i] = track.slot();
    }

    /**
     * Returns the slot count to iterate over: slots 0 .. limit - 1 may hold live tracks.
     *
     * @return one past the highest slot ever used
     */
    public int limit() {
        return highestSlot + 1;
    }

    /**
     * Returns the track in a slot (alive or not: check {@link Track#alive()}).
     *
     * @param slot slot index, below {@link #limit()}
     * @return the track object of the slot
     */
    public Track slot(final int slot) {
        return slots[slot];
    }

    /**
     * Returns the number of live tracks.
     *
     * @return live tracks
     */
    public int alive() {
        return alive;
    }

    /**
     * Returns the table's capacity.
     *
     * @return the maximum number of live tracks
     */
    public int capacity() {
        return slots.length;
    }
}
