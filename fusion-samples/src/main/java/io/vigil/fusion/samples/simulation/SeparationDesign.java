package io.vigil.fusion.samples.simulation;

/**
 * What happens after burnout: when the re-entry vehicle leaves its spent tank, how hard the
 * pieces are pushed apart, and how much drag each piece has.
 *
 * <p>A ballistic coefficient is beta = m / (Cd A), kg/m^2: the higher it is, the less the
 * air slows the object. A dense conical re-entry vehicle is thousands, a tumbling empty
 * tank about a thousand, a sheet of insulation or a fairing fragment tens to hundreds.
 *
 * @param delayS time from thrust end to separation, seconds
 * @param rvBallisticCoefficient re-entry vehicle beta, kg/m^2
 * @param tankBallisticCoefficient spent tank beta, kg/m^2
 * @param debrisBallisticLow lowest debris beta, kg/m^2 (each piece drawn uniformly up to the highest)
 * @param debrisBallisticHigh highest debris beta, kg/m^2
 * @param tankSpeedLowMps lowest separation speed of the tank from the vehicle, m/s
 * @param tankSpeedHighMps highest separation speed of the tank, m/s
 * @param debrisSpeedLowMps lowest separation speed of a debris piece, m/s
 * @param debrisSpeedHighMps highest separation speed of a debris piece, m/s
 */
public record SeparationDesign(
    double delayS, double rvBallisticCoefficient, double tankBallisticCoefficient,
    double debrisBallisticLow, double debrisBallisticHigh,
    double tankSpeedLowMps, double tankSpeedHighMps, double debrisSpeedLowMps, double debrisSpeedHighMps) {
}
