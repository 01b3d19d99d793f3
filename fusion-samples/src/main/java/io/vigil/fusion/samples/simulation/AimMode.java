package io.vigil.fusion.samples.simulation;

/** Which boost parameter the aim solver varies to reach the aim point's range. */
public enum AimMode {
    /** Full burn; the pitch-over kick angle is solved (solid motors, which burn out). */
    KICK_ANGLE,
    /** A fixed kick; the engine cut-off time is solved (liquid engines, which can be shut down). */
    ENGINE_CUTOFF
}
