package io.vigil.fusion.samples.simulation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A simulation scenario: when it starts and how long it runs, which missiles are launched,
 * which sensors watch, how late each nation's plots arrive, and which areas are defended.
 *
 * <p>Scenarios are JSON files, read with {@link #load}; five are built in ({@link
 * #builtIn}, {@link #BUILT_IN_NAMES}): {@code trilateral} (the default), {@code lofted},
 * {@code srbm-raid}, {@code raid} (24 objects from eight launches in overlapping salvos,
 * separating pieces, crossing and near-parallel flights, for multi-target tracking) and
 * {@code clutter} (no launches, an hour of false plots on the trilateral radars, for
 * false-track rates); each file's {@code description} says what it holds, and {@code
 * scenarios/trilateral.json} among the resources is the example to copy. Every field name
 * carries its unit; angles are degrees, geodetic on WGS-84. Unknown fields are errors (a
 * misspelt field is not silently ignored); fields marked required below must be present,
 * others default to 0, false or empty. {@code launches} may be empty or absent: the
 * sensors then see clutter alone.
 * <pre>{@code
 * {
 *   "name": "trilateral",                     required
 *   "description": "...",                     free text
 *   "epoch": "2026-03-01T03:00:00Z",          required; ISO-8601 UTC, the simulation's time 0
 *   "durationS": 900,                         required; sensors scan from 0 to this, seconds
 *   "truthStepS": 1.0,                        truth state spacing, seconds (1 if absent)
 *   "clutterPerScan": 0.5,                    mean false plots per radar scan (Poisson)
 *   "latency": {                              required; one entry per sensor nation
 *     "KOR": {"meanS": 0.4, "jitterS": 0.2, "jitter": "UNIFORM"},
 *     "USA": {"meanS": 1.5, "jitterS": 0.6, "jitter": "LOGNORMAL"}
 *   },
 *   "launches": [ {                           see LaunchSpec; may be [] or absent
 *     "id": "L1", "threatClass": "MEDIUM_RANGE",
 *     "launchLatDeg": 39.6, "launchLonDeg": 125.2, "aimLatDeg": 39.9, "aimLonDeg": 136.4,
 *     "launchOffsetS": 60, "separation": true, "debris": 2 } ],
 *   "sensors": [ {                            see SensorSpec
 *     "id": "KOR-GP1", "nation": "KOR", "type": "RADAR",
 *     "site": {"latDeg": 36.1, "lonDeg": 127.6, "heightM": 300},
 *     "sigmaRangeM": 60, "sigmaAzimuthDeg": 0.15, "sigmaElevationDeg": 0.15,
 *     "rangeRate": true, "sigmaRangeRateMps": 3,
 *     "pd": 0.9, "maxRangeKm": 900, "maskDeg": 2, "revisitS": 2, "scanOffsetS": 0.3,
 *     "rangeResolutionM": 30, "angularResolutionDeg": 0.3 },   resolution cell; optional, these if absent
 *     { "id": "JPN-DDG", "type": "MOVING_RADAR",
 *       "ship": {"latDeg": 39.0, "lonDeg": 134.0, "speedMps": 8, "courseDeg": 45, "antennaHeightM": 25}, ... },
 *     { "id": "USA-GEO", "type": "IR_LOS",
 *       "satellite": {"orbit": "GEOSTATIONARY", "lonDeg": 120}, ... } ],
 *   "areas": [ {"id": "SADO", "latDeg": 38.0, "lonDeg": 138.4, "radiusKm": 40} ]
 * }
 * }</pre>
 * A radar's {@code rangeResolutionM} and {@code angularResolutionDeg} are the exception to
 * "absent is 0": absent, they take the defaults of {@link SensorSpec} (30 m, 0.3 degrees),
 * and objects closer than both give one plot; an explicit 0 resolves every object (what the
 * simulator did before radars had resolution cells).
 * A bad file raises a {@link ScenarioFileException} naming the file, line, column and field.
 *
 * <p>{@link ScenarioSimulator} delivers a scenario's plots in their order of arrival at the
 * hub, late and out of measurement order as each nation's {@code latency} makes them, or,
 * for experiments, in measurement-time order ({@link PlotOrder}; {@code vigil simulate
 * --order measurement}).
 *
 * @param name the scenario's name
 * @param description free text
 * @param epoch the simulation's time 0, ISO-8601 UTC (for example "2026-03-01T03:00:00Z")
 * @param durationS how long the sensors look, seconds from the epoch
 * @param truthStepS spacing of the truth states, seconds (1 if absent)
 * @param clutterPerScan mean number of false plots per radar scan
 * @param latency each sensor nation's link latency
 * @param launches the launches (none for a clutter-only scenario)
 * @param sensors the sensors
 * @param areas the defended areas
 */
public record Scenario(
    @JsonProperty(required = true) String name,
    String description,
    @JsonProperty(required = true) String epoch,
    @JsonProperty(required = true) double durationS,
    double truthStepS,
    double clutterPerScan,
    @JsonProperty(required = true) Map<String, LinkLatency> latency,
    List<LaunchSpec> launches,
    List<SensorSpec> sensors,
    List<AreaSpec> areas) {

    /** The built-in scenarios, the default first. */
    public static final List<String> BUILT_IN_NAMES = List.of("trilateral", "lofted", "srbm-raid", "raid", "clutter");

    /** Longest scenario, seconds: a day is far beyond any ballistic flight. */
    static final double MAX_DURATION_S = 86_400.0;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();

    /**
     * Checks the scenario as a whole and fills in defaults.
     *
     * @param name see the record
     * @param description see the record
     * @param epoch see the record
     * @param durationS see the record
     * @param truthStepS see the record
     * @param clutterPerScan see the record
     * @param latency see the record
     * @param launches see the record
     * @param sensors see the record
     * @param areas see the record
     */
    public Scenario {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        Objects.requireNonNull(epoch, "epoch");
        try {
            Instant.parse(epoch);
        } catch (final DateTimeParseException e) {
            throw new IllegalArgumentException("epoch must be ISO-8601 UTC such as 2026-03-01T03:00:00Z, got " + epoch, e);
        }
        if (!(durationS > 0.0 && durationS <= MAX_DURATION_S)) {
            throw new IllegalArgumentException("durationS must be in (0, " + MAX_DURATION_S + "] s, got " + durationS);
        }
        if (truthStepS == 0.0) {
            truthStepS = 1.0;
        }
        if (!(truthStepS >= 0.1 && truthStepS <= 60.0)) {
            throw new IllegalArgumentException("truthStepS must be in [0.1, 60] s, got " + truthStepS);
        }
        if (!(clutterPerScan >= 0.0 && clutterPerScan <= 50.0)) {
            throw new IllegalArgumentException("clutterPerScan must be in [0, 50], got " + clutterPerScan);
        }
        latency = Map.copyOf(Objects.requireNonNull(latency, "latency"));
        launches = launches == null ? List.of() : List.copyOf(launches);
        sensors = sensors == null ? List.of() : List.copyOf(sensors);
        areas = areas == null ? List.of() : List.copyOf(areas);
        final Set<String> ids = new HashSet<>();
        for (final LaunchSpec launch : launches) {
            unique(ids, "launch", launch.id());
            if (launch.launchOffsetS() >= durationS) {
                throw new IllegalArgumentException("launch " + launch.id() + " is at " + launch.launchOffsetS()
                    + " s, after the scenario's end (durationS " + durationS + ")");
            }
        }
        for (final SensorSpec sensor : sensors) {
            unique(ids, "sensor", sensor.id());
            if (!latency.containsKey(sensor.nation())) {
                throw new IllegalArgumentException("sensor " + sensor.id() + ": nation " + sensor.nation()
                    + " has no entry in latency");
            }
        }
        for (final AreaSpec area : areas) {
            unique(ids, "area", area.id());
        }
    }

    /**
     * Reads a scenario file.
     *
     * @param file a JSON scenario file
     * @return the scenario
     * @throws ScenarioFileException if the file is not a valid scenario (the message names the
     *     file, line, column and field)
     * @throws IOException if the file cannot be read
     */
    public static Scenario load(final Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * Reads a built-in scenario.
     *
     * @param name one of {@link #BUILT_IN_NAMES}
     * @return the scenario
     * @throws IllegalArgumentException if there is no built-in scenario of that name
     */
    public static Scenario builtIn(final String name) {
        if (!BUILT_IN_NAMES.contains(name)) {
            throw new IllegalArgumentException("no built-in scenario " + name + "; built in: "
                + String.join(", ", BUILT_IN_NAMES));
        }
        final String resource = "/scenarios/" + name + ".json";
        try (InputStream in = Scenario.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("built-in scenario resource " + resource + " is missing from the jar");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "built-in " + name + " (" + resource + ")");
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses scenario JSON.
     *
     * @param json the JSON text
     * @param source what it was read from, for messages
     * @return the scenario
     * @throws ScenarioFileException if the text is not a valid scenario
     */
    public static Scenario parse(final String json, final String source) throws ScenarioFileException {
        try {
            return MAPPER.readValue(json, Scenario.class);
        } catch (final JsonProcessingException e) {
            final JsonLocation location = e.getLocation();
            final int line = location == null ? -1 : location.getLineNr();
            final int column = location == null ? -1 : location.getColumnNr();
            throw new ScenarioFileException(source, line, column, problem(e), e);
        }
    }

    /**
     * Returns the epoch, nanoseconds since the Unix epoch (UTC).
     *
     * @return the epoch, ns
     */
    public long epochNanos() {
        final Instant instant = Instant.parse(epoch);
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }

    private static void unique(final Set<String> ids, final String kind, final String id) {
        if (!ids.add(id)) {
            throw new IllegalArgumentException(kind + " id " + id + " is used twice (launch, sensor and area ids "
                + "must all differ)");
        }
    }

    /** The field path and what is wrong, without Jackson's class names where a check of ours said it better. */
    private static String problem(final JsonProcessingException e) {
        final StringBuilder path = new StringBuilder();
        if (e instanceof JsonMappingException) {
            for (final JsonMappingException.Reference reference : ((JsonMappingException) e).getPath()) {
                if (reference.getFieldName() != null) {
                    if (path.length() > 0) {
                        path.append('.');
                    }
                    path.append(reference.getFieldName());
                } else if (reference.getIndex() >= 0) {
                    path.append('[').append(reference.getIndex()).append(']');
                }
            }
        }
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof IllegalArgumentException || cause instanceof NullPointerException)) {
            cause = cause.getCause();
        }
        final String what;
        if (cause instanceof NullPointerException) {
            what = "missing " + cause.getMessage();
        } else if (cause != null) {
            what = cause.getMessage();
        } else {
            what = e.getOriginalMessage();
        }
        return path.length() == 0 ? what : "at " + path + ": " + what;
    }
}
