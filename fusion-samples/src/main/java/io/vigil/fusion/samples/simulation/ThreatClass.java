package io.vigil.fusion.samples.simulation;

import java.util.List;

/**
 * The ballistic missile classes a scenario can launch, each a generic design whose numbers
 * are chosen to fly like its class, not to reproduce any one missile.
 *
 * <p>Sources and reasoning. Masses, burn times and diameters are of the order of public
 * open-source estimates for the classes (CSIS Missile Threat, "Missiles of North Korea";
 * Wright and Kadyshev, Science and Global Security 4, 1994, for the rocket-equation
 * reasoning). Thrust is mass flow times an effective exhaust velocity Isp g0 with a
 * specific impulse typical of the propellant (solid 270 s, early liquid 250 s, later liquid
 * 290-310 s), constant over the burn (no nozzle back-pressure correction). Drag areas are
 * Cd A with Cd 0.3, the supersonic drag of a slender body, and the body's diameter. The
 * numbers were then tuned, with this simulator, until each class lands in its band:
 * <ul>
 *   <li>{@link #SHORT_RANGE_DEPRESSED}: 250 to 450 km on a depressed trajectory with an apogee
 *       of 40 to 80 km (about 55 km at 320 km), like the quasi-ballistic short-range
 *       missiles of recent years, which stay low to complicate interception;</li>
 *   <li>{@link #MEDIUM_RANGE}: 700 to 1,300 km near the minimum-energy trajectory (apogee 250
 *       to 400 km), a single-stage liquid missile that reaches shorter ranges by cutting its
 *       engine;</li>
 *   <li>{@link #LOFTED_LONG_RANGE}: a two-stage missile of intercontinental class fired almost
 *       straight up, reaching an apogee of about 6,500 km and landing 600 to 3,000 km away,
 *       as the 2017-2023 lofted tests into the Sea of Japan did (apogees 4,500 to 6,600 km,
 *       about 1,000 km range, 70 minutes).</li>
 * </ul>
 * Ballistic coefficients after separation: a re-entry vehicle 5,000 to 10,000 kg/m^2 (a
 * dense blunted cone), a spent tank tumbling end over end about 1,000 kg/m^2, debris
 * (insulation, fairings, fasteners) 50 to 500 kg/m^2.
 */
public enum ThreatClass {

    /**
     * Short-range, depressed: one solid stage, 4.4 t at launch, 27 s burn (Isp 270 s), 0.95 m
     * diameter, 0.4 t payload; a 3 s vertical rise and a 62 to 80 degree kick held for 5 s
     * keep it low (apogee 45 km at 260 km, 55 km at 320 km, 75 km at 420 km; it flies through
     * dense air, so more energy mostly buys drag). The whole missile usually flies to the
     * target; with separation its warhead section leaves the 0.7 t motor case 2 s after
     * burnout.
     */
    SHORT_RANGE_DEPRESSED(new MissileDesign(
        List.of(new Stage(323_600.0, 4_000.0, 3_300.0, 27.0)), 400.0, 0.213, 3.0, 5.0,
        AimMode.KICK_ANGLE, 62.0, 80.0, 1.0,
        new SeparationDesign(2.0, 6_000.0, 1_000.0, 50.0, 500.0, 0.5, 2.0, 0.5, 5.0))),

    /**
     * Medium range: one liquid stage, 15.75 t at launch, 100 s burn (Isp 250 s), 1.36 m
     * diameter, 0.75 t re-entry vehicle; a 6 s vertical rise, a 12 degree kick held 6 s, and
     * an engine cut-off between 75 % and 100 % of the burn sets the range. The vehicle
     * separates from its 2 t tank 10 s after cut-off.
     */
    MEDIUM_RANGE(new MissileDesign(
        List.of(new Stage(318_800.0, 15_000.0, 13_000.0, 100.0)), 750.0, 0.436, 6.0, 6.0,
        AimMode.ENGINE_CUTOFF, 12.0, 12.0, 0.75,
        new SeparationDesign(10.0, 7_000.0, 1_000.0, 50.0, 500.0, 1.0, 3.0, 0.5, 5.0))),

    /**
     * Lofted long range: two liquid stages, 73.3 t at launch (first stage 60 t, 110 s, Isp
     * 290 s; second 12.7 t, 150 s, Isp 310 s), 2.4 m diameter, 0.6 t re-entry vehicle; a 10 s
     * vertical rise and a kick of only 1.5 to 8 degrees, so the burnout speed of about 7.2
     * km/s goes mostly into height. The vehicle separates from the second stage 10 s after
     * burnout.
     */
    LOFTED_LONG_RANGE(new MissileDesign(
        List.of(new Stage(1_344_000.0, 60_000.0, 52_000.0, 110.0), new Stage(233_000.0, 12_700.0, 11_500.0, 150.0)),
        600.0, 1.36, 10.0, 6.0,
        AimMode.KICK_ANGLE, 1.5, 8.0, 1.0,
        new SeparationDesign(10.0, 8_000.0, 1_000.0, 50.0, 500.0, 1.0, 3.0, 0.5, 5.0)));

    private final MissileDesign design;

    ThreatClass(final MissileDesign design) {
        this.design = design;
    }

    /**
     * Returns the class's missile design.
     *
     * @return the design
     */
    public MissileDesign design() {
        return design;
    }
}
