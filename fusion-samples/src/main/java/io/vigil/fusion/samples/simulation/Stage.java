package io.vigil.fusion.samples.simulation;

/**
 * One rocket stage: constant thrust and constant mass flow over its burn.
 *
 * @param thrustN thrust, newtons (constant over the burn; no nozzle-pressure correction)
 * @param initialMassKg the stage's own mass at ignition, propellant included, kg
 * @param propellantMassKg propellant burnt over the full burn, kg
 * @param burnTimeS full burn time, seconds
 */
public record Stage(double thrustN, double initialMassKg, double propellantMassKg, double burnTimeS) {

    /**
     * Checks the stage is physical.
     *
     * @param thrustN see the record
     * @param initialMassKg see the record
     * @param propellantMassKg see the record
     * @param burnTimeS see the record
     */
    public Stage {
        if (!(thrustN > 0.0 && burnTimeS > 0.0 && propellantMassKg > 0.0 && initialMassKg > propellantMassKg)) {
            throw new IllegalArgumentException("not a physical stage: " + thrustN + " N, " + initialMassKg + " kg, "
                + propellantMassKg + " kg propellant, " + burnTimeS + " s");
        }
    }

    /**
     * Returns the mass flow, kg/s.
     *
     * @return propellant mass over burn time, kg/s
     */
    public double massFlowKgPerS() {
        return propellantMassKg / burnTimeS;
    }

    /**
     * Returns the stage's mass after its burn (case, engine, residuals), kg.
     *
     * @return initial mass minus propellant, kg
     */
    public double dryMassKg() {
        return initialMassKg - propellantMassKg;
    }
}
