package io.vigil.fusion.track;

/** The life stage of a track, as reported to the host. */
public enum TrackStatus {
    /** Initiated from too few plots to be trusted; never reported as confirmed. */
    TENTATIVE,
    /** Confirmed and updated recently. */
    CONFIRMED,
    /** Confirmed, but no plot has updated it recently: reported with its predicted state. */
    COASTING,
    /** Deleted: reported once, then its slot is free. */
    DROPPED
}
