package io.vigil.fusion.samples.simulation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * A defended area of a scenario: a circle on the WGS-84 ellipsoid.
 *
 * @param id the area's id
 * @param latDeg centre geodetic latitude, degrees
 * @param lonDeg centre longitude, degrees
 * @param radiusKm radius along the surface, kilometres
 */
public record AreaSpec(
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) double latDeg,
    @JsonProperty(required = true) double lonDeg,
    @JsonProperty(required = true) double radiusKm) {

    /**
     * Checks the values.
     *
     * @param id see the record
     * @param latDeg see the record
     * @param lonDeg see the record
     * @param radiusKm see the record
     */
    public AreaSpec {
        Objects.requireNonNull(id, "id");
        ScenarioChecks.latitude("area " + id + " latDeg", latDeg);
        ScenarioChecks.longitude("area " + id + " lonDeg", lonDeg);
        ScenarioChecks.positive("area " + id + " radiusKm", radiusKm);
    }
}
