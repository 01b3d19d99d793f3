package io.vigil.fusion.track;

/**
 * What a track's confirmation logic ({@link TrackScore}, {@link MofN}) concludes after a
 * track starts, is hit or is missed. The engine maps it onto {@link TrackStatus}: CONFIRM is
 * the one transition from TENTATIVE to CONFIRMED, DELETE means drop the track (the logic
 * has already released the slot's state).
 */
public enum TrackVerdict {
    /** Not confirmed yet: keep the track tentative. */
    TENTATIVE,
    /** Confirmed by this start, hit or miss: returned once per track. */
    CONFIRM,
    /** Confirmed earlier and still kept. */
    CONFIRMED,
    /** Delete the track. */
    DELETE
}
