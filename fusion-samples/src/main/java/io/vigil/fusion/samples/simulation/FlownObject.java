package io.vigil.fusion.samples.simulation;

import io.vigil.fusion.geo.EarthRotation;

/**
 * One simulated object of a launch (re-entry vehicle, tank or debris piece) and its
 * trajectory from launch to impact.
 *
 * <p>Before separation the objects of a launch are one body, the stack: their paths share
 * its samples, and sensors see only the lead object (the re-entry vehicle), so the stack
 * gives one plot, not one per object. Times are seconds since the scenario epoch.
 */
final class FlownObject {

    private final String id;
    private final FlightPath path;
    private final double launchS;
    private final double thrustEndS;
    private final double separationS;
    private final boolean lead;
    private final double[] eci = new double[6];

    /**
     * Creates the object.
     *
     * @param id the object's id (for example "L1-TANK")
     * @param path its trajectory, launch to impact
     * @param launchS launch time, s
     * @param thrustEndS end of the stack's thrust, s
     * @param separationS separation time, s (positive infinity if the stack never separates)
     * @param lead whether this object stands for the stack before separation
     */
    FlownObject(
        final String id, final FlightPath path, final double launchS, final double thrustEndS,
        final double separationS, final boolean lead) {
        this.id = id;
        this.path = path;
        this.launchS = launchS;
        this.thrustEndS = thrustEndS;
        this.separationS = separationS;
        this.lead = lead;
    }

    /**
     * Returns the object's id.
     *
     * @return the object's id
     */
    String id() {
        return id;
    }

    /**
     * Returns the trajectory, ECI samples from launch to impact.
     *
     * @return the trajectory, ECI samples from launch to impact
     */
    FlightPath path() {
        return path;
    }

    /**
     * Returns launch time, s.
     *
     * @return launch time, s
     */
    double launchS() {
        return launchS;
    }

    /**
     * Returns impact time, s.
     *
     * @return impact time, s
     */
    double impactS() {
        return path.endS();
    }

    /**
     * Whether a sensor can see this object as a body of its own at a time: between launch and
     * impact, and, unless it stands for the stack, after separation.
     *
     * @param timeS time, s
     * @return true if the object is a separate body in flight
     */
    boolean observableAt(final double timeS) {
        return timeS >= launchS && timeS <= path.endS() && (lead || timeS >= separationS);
    }

    /**
     * Whether the stack's engine burns at a time (the plume an infrared sensor sees).
     *
     * @param timeS time, s
     * @return true while thrusting
     */
    boolean thrustingAt(final double timeS) {
        return timeS >= launchS && timeS < thrustEndS;
    }

    /**
     * Writes the object's ECEF state at a time in flight.
     *
     * @param rotation the Earth's rotation since the scenario epoch
     * @param timeS time, seconds since the epoch
     * @param timeNanos the same time, nanoseconds since the Unix epoch
     * @param ecefOut receives ECEF position (m) and Earth-relative velocity (m/s)
     */
    void stateEcef(final EarthRotation rotation, final double timeS, final long timeNanos, final double[] ecefOut) {
        path.interpolate(timeS, eci);
        rotation.stateToEcef(timeNanos, eci, ecefOut);
    }
}
