package io.vigil.fusion.samples.simulation;

import io.vigil.fusion.geo.Wgs84;
import io.vigil.fusion.math.StrictTrig;
import java.util.Arrays;
import java.util.List;

/**
 * One missile's powered flight: the mass, thrust and thrust direction of the stack from
 * launch to thrust end, for a given launch azimuth, kick angle and cut-off time.
 *
 * <p>Times are seconds since the scenario epoch, the origin of the simulator's ECI frame
 * (ECEF at the epoch). The thrust direction is defined in the launch site's local frame,
 * which turns with the Earth, and written in ECI: the vertical rise follows the site's
 * ellipsoid normal; the kick tilts the thrust by the kick angle toward the launch azimuth;
 * the gravity turn then follows the velocity relative to the air, which turns with the Earth
 * (v - omega x r), so the stack flies at zero angle of attack.
 *
 * <p>The regime (which stage burns, whether the thrust is on, which steering law applies)
 * is chosen by a separate regime time, the midpoint of the integration step: every regime
 * change is a step boundary ({@link #eventTimesS}), so a Runge-Kutta step never straddles a
 * discontinuity, and the evaluations at the step's ends see the regime of the step itself.
 */
final class AscentProgram {

    private static final double OMEGA = Wgs84.ANGULAR_VELOCITY_RAD_PER_S;

    private final MissileDesign design;
    private final double launchS;
    private final double cutoffS;
    private final double kickStartS;
    private final double kickEndS;
    private final double[] ignitionS;
    private final double[] massAtIgnitionKg;
    private final double massAtThrustEndKg;
    // Site axes in ECEF: the vertical and the kick's tilted thrust direction.
    private final double[] up = new double[3];
    private final double[] kicked = new double[3];

    /**
     * Creates the program.
     *
     * @param design the missile
     * @param launchS launch time, seconds since the scenario epoch
     * @param latitudeRad launch site geodetic latitude, radians
     * @param longitudeRad launch site longitude, radians
     * @param azimuthRad launch azimuth, radians clockwise from north
     * @param kickRad kick angle from the vertical, radians
     * @param burnS thrust time from launch to cut-off, seconds, in (0, full burn]
     */
    AscentProgram(
        final MissileDesign design, final double launchS, final double latitudeRad, final double longitudeRad,
        final double azimuthRad, final double kickRad, final double burnS) {
        this.design = design;
        this.launchS = launchS;
        this.cutoffS = launchS + burnS;
        this.kickStartS = launchS + design.verticalRiseS();
        this.kickEndS = kickStartS + design.kickDurationS();
        final List<Stage> stages = design.stages();
        ignitionS = new double[stages.size()];
        massAtIgnitionKg = new double[stages.size()];
        double clock = launchS;
        double mass = design.launchMassKg();
        for (int i = 0; i < stages.size(); i++) {
            ignitionS[i] = clock;
            massAtIgnitionKg[i] = mass;
            clock += stages.get(i).burnTimeS();
            mass -= stages.get(i).initialMassKg();
        }
        final int last = stageAt(cutoffS - 1e-9);
        final double burntAtCutoff = stages.get(last).massFlowKgPerS() * (cutoffS - ignitionS[last]);
        massAtThrustEndKg = massAtIgnitionKg[last] - Math.min(burntAtCutoff, stages.get(last).propellantMassKg());

        final double sinLat = StrictTrig.sin(latitudeRad);
        final double cosLat = StrictTrig.cos(latitudeRad);
        final double sinLon = StrictTrig.sin(longitudeRad);
        final double cosLon = StrictTrig.cos(longitudeRad);
        up[0] = cosLat * cosLon;
        up[1] = cosLat * sinLon;
        up[2] = sinLat;
        final double east = StrictTrig.sin(azimuthRad);
        final double north = StrictTrig.cos(azimuthRad);
        final double horizontalX = -sinLon * east - sinLat * cosLon * north;
        final double horizontalY = cosLon * east - sinLat * sinLon * north;
        final double horizontalZ = cosLat * north;
        final double c = StrictTrig.cos(kickRad);
        final double s = StrictTrig.sin(kickRad);
        kicked[0] = c * up[0] + s * horizontalX;
        kicked[1] = c * up[1] + s * horizontalY;
        kicked[2] = c * up[2] + s * horizontalZ;
    }

    /**
     * Returns the launch time, seconds since the epoch.
     *
     * @return launch time, s
     */
    double launchS() {
        return launchS;
    }

    /**
     * Returns the time the thrust ends (burnout or cut-off), seconds since the epoch.
     *
     * @return thrust end, s
     */
    double thrustEndS() {
        return cutoffS;
    }

    /**
     * Returns the stack's mass once the thrust has ended (payload, last stage dry mass and any
     * propellant a cut-off left), kg.
     *
     * @return mass after thrust end, kg
     */
    double massAtThrustEndKg() {
        return massAtThrustEndKg;
    }

    /**
     * Returns the stack's drag area Cd A, m^2.
     *
     * @return Cd A, m^2
     */
    double dragAreaM2() {
        return design.dragAreaM2();
    }

    /**
     * The times at which the regime changes: end of the vertical rise, end of the kick, each
     * staging, thrust end. Ascending, seconds since the epoch.
     *
     * @return the event times, s
     */
    double[] eventTimesS() {
        final double[] events = new double[ignitionS.length + 2];
        int n = 0;
        for (final double t : new double[] {kickStartS, kickEndS}) {
            if (t < cutoffS) {
                events[n++] = t;
            }
        }
        for (int i = 1; i < ignitionS.length; i++) {
            if (ignitionS[i] < cutoffS) {
                events[n++] = ignitionS[i];
            }
        }
        events[n++] = cutoffS;
        final double[] sorted = Arrays.copyOf(events, n);
        Arrays.sort(sorted);
        return sorted;
    }

    /**
     * Whether the engine burns in the regime of a step.
     *
     * @param regimeS the step's regime time (its midpoint), seconds since the epoch
     * @return true while thrusting
     */
    boolean powered(final double regimeS) {
        return regimeS >= launchS && regimeS < cutoffS;
    }

    /**
     * The stack's mass.
     *
     * @param timeS time, seconds since the epoch
     * @param regimeS the step's regime time, seconds since the epoch
     * @return mass, kg
     */
    double massKg(final double timeS, final double regimeS) {
        if (!powered(regimeS)) {
            return regimeS < launchS ? design.launchMassKg() : massAtThrustEndKg;
        }
        final int stage = stageAt(regimeS);
        return massAtIgnitionKg[stage] - design.stages().get(stage).massFlowKgPerS() * (timeS - ignitionS[stage]);
    }

    /**
     * The thrust.
     *
     * @param regimeS the step's regime time, seconds since the epoch
     * @return thrust, newtons (0 once the thrust has ended)
     */
    double thrustN(final double regimeS) {
        return powered(regimeS) ? design.stages().get(stageAt(regimeS)).thrustN() : 0.0;
    }

    /**
     * Writes the unit thrust direction in ECI.
     *
     * @param timeS time, seconds since the epoch (turns the site's axes with the Earth)
     * @param regimeS the step's regime time, seconds since the epoch
     * @param state ECI position (m) and velocity (m/s)
     * @param directionOut receives the ECI unit vector
     */
    void thrustDirection(final double timeS, final double regimeS, final double[] state, final double[] directionOut) {
        if (regimeS >= kickEndS) {
            // Gravity turn: along the velocity relative to the rotating atmosphere.
            final double vx = state[3] + OMEGA * state[1];
            final double vy = state[4] - OMEGA * state[0];
            final double vz = state[5];
            final double norm = Math.sqrt(vx * vx + vy * vy + vz * vz);
            directionOut[0] = vx / norm;
            directionOut[1] = vy / norm;
            directionOut[2] = vz / norm;
            return;
        }
        final double[] axis = regimeS >= kickStartS ? kicked : up;
        final double angle = OMEGA * timeS;
        final double c = StrictTrig.cos(angle);
        final double s = StrictTrig.sin(angle);
        directionOut[0] = c * axis[0] - s * axis[1];
        directionOut[1] = s * axis[0] + c * axis[1];
        directionOut[2] = axis[2];
    }

    private int stageAt(final double timeS) {
        int stage = ignitionS.length - 1;
        while (stage > 0 && timeS < ignitionS[stage]) {
            stage--;
        }
        return stage;
    }
}
