package io.vigil.fusion.samples.simulation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * One launch of a scenario: which missile class, from where, toward which aim point, when,
 * and what separates from it.
 *
 * @param id the launch's id; its objects are named id-RV, id-TANK, id-DEB1 ...
 * @param threatClass the missile class
 * @param launchLatDeg launch site geodetic latitude, degrees
 * @param launchLonDeg launch site longitude, degrees
 * @param aimLatDeg aim point geodetic latitude, degrees
 * @param aimLonDeg aim point longitude, degrees
 * @param launchOffsetS launch time after the scenario epoch, seconds (0 if absent)
 * @param separation whether the re-entry vehicle separates from its spent tank after burnout
 * @param debris number of debris pieces released at separation (0 if absent; needs separation)
 */
public record LaunchSpec(
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) ThreatClass threatClass,
    @JsonProperty(required = true) double launchLatDeg,
    @JsonProperty(required = true) double launchLonDeg,
    @JsonProperty(required = true) double aimLatDeg,
    @JsonProperty(required = true) double aimLonDeg,
    double launchOffsetS,
    boolean separation,
    int debris) {

    /** At most this many debris pieces per launch (a display, not a debris-field study). */
    static final int MAX_DEBRIS = 20;

    /**
     * Checks the values.
     *
     * @param id see the record
     * @param threatClass see the record
     * @param launchLatDeg see the record
     * @param launchLonDeg see the record
     * @param aimLatDeg see the record
     * @param aimLonDeg see the record
     * @param launchOffsetS see the record
     * @param separation see the record
     * @param debris see the record
     */
    public LaunchSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(threatClass, "threatClass");
        ScenarioChecks.latitude("launch " + id + " launchLatDeg", launchLatDeg);
        ScenarioChecks.longitude("launch " + id + " launchLonDeg", launchLonDeg);
        ScenarioChecks.latitude("launch " + id + " aimLatDeg", aimLatDeg);
        ScenarioChecks.longitude("launch " + id + " aimLonDeg", aimLonDeg);
        if (!(launchOffsetS >= 0.0)) {
            throw new IllegalArgumentException("launch " + id + ": launchOffsetS must be >= 0 s, got " + launchOffsetS);
        }
        if (debris < 0 || debris > MAX_DEBRIS) {
            throw new IllegalArgumentException("launch " + id + ": debris must be in [0, " + MAX_DEBRIS + "], got " + debris);
        }
        if (debris > 0 && !separation) {
            throw new IllegalArgumentException("launch " + id + ": debris needs separation: true");
        }
    }
}
