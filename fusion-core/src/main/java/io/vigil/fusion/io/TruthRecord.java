package io.vigil.fusion.io;

/**
 * One row of {@code truth.csv}: the true ECEF (WGS-84) state of a simulated object.
 *
 * @param timeNanos nanoseconds since the Unix epoch (UTC)
 * @param objectId the object's id
 * @param xM position x, metres
 * @param yM position y, metres
 * @param zM position z, metres
 * @param vxMps velocity x (Earth-fixed), m/s
 * @param vyMps velocity y, m/s
 * @param vzMps velocity z, m/s
 */
public record TruthRecord(
    long timeNanos, String objectId, double xM, double yM, double zM, double vxMps, double vyMps, double vzMps) {
}
