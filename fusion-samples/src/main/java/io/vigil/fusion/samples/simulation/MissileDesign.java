package io.vigil.fusion.samples.simulation;

import java.util.List;

/**
 * The flight-relevant design of a ballistic missile: its stages, payload, drag, ascent
 * program and what separates after burnout.
 *
 * <p>The ascent is a vertical rise, then a pitch-over "kick": the thrust is tilted by the
 * kick angle from the launch site's vertical toward the launch azimuth for the kick
 * duration, then follows the air-relative velocity (a zero-lift gravity turn) until
 * burnout. A smaller kick flies a steeper, lofted trajectory; a larger one a flatter,
 * depressed one.
 *
 * @param stages the stages, first to burn first (one or two); each ignites as the one before burns out
 * @param payloadMassKg the re-entry vehicle's mass, kg
 * @param dragAreaM2 the stack's drag area Cd A in boost, m^2 (its beta is mass over this)
 * @param verticalRiseS vertical rise after launch, seconds
 * @param kickDurationS how long the thrust is held at the kick angle, seconds
 * @param aimMode what the aim solver varies
 * @param kickLowDeg lowest kick angle, degrees ({@link AimMode#ENGINE_CUTOFF}: the kick)
 * @param kickHighDeg highest kick angle, degrees; the range is monotone in the kick between the two
 * @param cutoffLowFraction {@link AimMode#ENGINE_CUTOFF}: the shortest burn, as a fraction of the full burn
 * @param separation what separates after burnout
 */
public record MissileDesign(
    List<Stage> stages, double payloadMassKg, double dragAreaM2, double verticalRiseS, double kickDurationS,
    AimMode aimMode, double kickLowDeg, double kickHighDeg, double cutoffLowFraction, SeparationDesign separation) {

    /**
     * Copies the stage list.
     *
     * @param stages see the record
     * @param payloadMassKg see the record
     * @param dragAreaM2 see the record
     * @param verticalRiseS see the record
     * @param kickDurationS see the record
     * @param aimMode see the record
     * @param kickLowDeg see the record
     * @param kickHighDeg see the record
     * @param cutoffLowFraction see the record
     * @param separation see the record
     */
    public MissileDesign {
        stages = List.copyOf(stages);
    }

    /**
     * Returns the total burn time of all stages, seconds.
     *
     * @return the sum of the stages' burn times, seconds
     */
    public double fullBurnS() {
        double total = 0.0;
        for (final Stage stage : stages) {
            total += stage.burnTimeS();
        }
        return total;
    }

    /**
     * Returns the mass at launch, kg.
     *
     * @return all stages plus the payload, kg
     */
    public double launchMassKg() {
        double total = payloadMassKg;
        for (final Stage stage : stages) {
            total += stage.initialMassKg();
        }
        return total;
    }
}
