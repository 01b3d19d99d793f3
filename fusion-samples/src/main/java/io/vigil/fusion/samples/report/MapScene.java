package io.vigil.fusion.samples.report;

import io.vigil.fusion.engine.SensorType;
import io.vigil.fusion.io.AreaRecord;
import io.vigil.fusion.io.ImpactRecord;
import io.vigil.fusion.io.SensorRecord;
import io.vigil.fusion.io.TruthEventRecord;
import io.vigil.fusion.samples.metrics.AreaWarningSummary;
import io.vigil.fusion.samples.metrics.WarningAssessment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the situation map shows and where: every feature of a {@link Situation} turned into
 * latitude/longitude geometry in one {@link LongitudeWindow}, ready to plot. Invalid
 * values (NaN, a latitude outside [-90, 90], a negative radius) are left out here, so
 * drawing never meets them.
 */
final class MapScene {

    /** Margin around the content on each side, as a fraction of its span: room for labels. */
    private static final double MARGIN_FRACTION = 0.10;
    /** Half-height of the map around a single point, degrees (about 30 km). */
    private static final double MIN_HALF_SPAN_DEG = 0.25;
    /**
     * An ellipse larger than this (semi-major axis, metres) counts only by its centre when
     * the map is fitted: a wild early launch estimate must not shrink the rest to a dot.
     */
    private static final double LARGEST_FITTED_ELLIPSE_M = 500_000.0;

    /** A simulated object's true ground track. */
    record TruthLine(String objectId, List<GroundPoint> points) {
    }

    /** A track's ground track while confirmed or coasting. */
    record TrackLine(long trackId, List<GroundPoint> points) {
    }

    /** A fixed sensor site. */
    record Site(String sensorId, GroundPoint point) {
    }

    /**
     * A defended area: its geodesic circle, whose outline starts due north of the centre,
     * and whether it was warned.
     *
     * @param areaId the area
     * @param centre its centre
     * @param outline its circle
     * @param warned whether any track raised a warning for it
     * @param timeToImpactS the time to impact its first RAISED event gave, seconds (NaN if
     *     it was not warned, or the event gave none)
     */
    record Area(String areaId, GroundPoint centre, List<GroundPoint> outline, boolean warned, double timeToImpactS) {

        /**
         * The area's label on the map: its id, and for a warned area the time to impact its
         * first warning gave, to the second.
         *
         * @return for example "SADO" or "SADO warned T-537 s"
         */
        String label() {
            if (!warned) {
                return areaId;
            }
            return Double.isFinite(timeToImpactS)
                ? String.format(Locale.ROOT, "%s warned T-%d s", areaId, Math.round(timeToImpactS))
                : areaId + " warned";
        }
    }

    /** What an ellipse stands for. */
    enum EllipseKind {
        /** The 95 % ellipse of a predicted impact point. */
        IMPACT,
        /** The 95 % ellipse of an estimated launch point. */
        LAUNCH,
        /** The 50 % circle (CEP) of a predicted impact point. */
        CEP50
    }

    /**
     * An error ellipse of one track's prediction.
     *
     * @param trackId the track
     * @param kind what it bounds
     * @param latest whether it is of the track's latest prediction (else an earlier one, drawn fainter)
     * @param centre the predicted point
     * @param outline the ellipse's vertices
     */
    record Ellipse(long trackId, EllipseKind kind, boolean latest, GroundPoint centre, List<GroundPoint> outline) {
    }

    /** A point of a track's latest prediction: a predicted impact or an estimated launch. */
    record Estimate(long trackId, GroundPoint point) {
    }

    private final LongitudeWindow window;
    private final List<TruthLine> truthLines = new ArrayList<>();
    private final List<TrackLine> trackLines = new ArrayList<>();
    private final List<Site> sites = new ArrayList<>();
    private final List<Area> areas = new ArrayList<>();
    private final List<GroundPoint> truthLaunches = new ArrayList<>();
    private final List<GroundPoint> truthImpacts = new ArrayList<>();
    private final List<Ellipse> ellipses = new ArrayList<>();
    private final List<Estimate> predictedImpacts = new ArrayList<>();
    private final List<Estimate> estimatedLaunches = new ArrayList<>();
    /** Points that decide the fitted bounds. */
    private final List<GroundPoint> content = new ArrayList<>();

    private MapScene(final LongitudeWindow window) {
        this.window = window;
    }

    /**
     * Lays out a situation.
     *
     * @param situation what to show
     * @param fixedBounds bounds the caller wants shown, or null to fit the content; they
     *     also centre the longitude window
     * @param earlierEllipses earlier impact ellipses to show per track, besides the latest
     * @return the scene
     */
    static MapScene of(final Situation situation, final MapBounds fixedBounds, final int earlierEllipses) {
        final SortedMap<String, List<GroundPoint>> truth = GroundTracks.ofTruth(situation.truth());
        final SortedMap<Long, List<GroundPoint>> tracks = GroundTracks.ofTracks(situation.tracks());
        final SortedMap<Long, ImpactHistory> impacts = ImpactHistory.select(situation.impacts(), earlierEllipses);

        final LongitudeWindow window = fixedBounds != null
            ? LongitudeWindow.centredOn(fixedBounds.centreLonDeg())
            : LongitudeWindow.around(longitudes(situation, truth, tracks, impacts));
        final MapScene scene = new MapScene(window);
        truth.forEach((objectId, line) -> scene.addTruthLine(objectId, line));
        tracks.forEach((trackId, line) -> scene.addTrackLine(trackId, line));
        for (final SensorRecord sensor : situation.sensors()) {
            scene.addSite(sensor);
        }
        final WarningAssessment warnings = WarningAssessment.of(situation.areas(), situation.warnings(), List.of());
        for (final AreaRecord area : situation.areas()) {
            scene.addArea(area, warnings.area(area.areaId()).filter(AreaWarningSummary::warned).orElse(null));
        }
        for (final TruthEventRecord event : situation.truthEvents()) {
            scene.addPoint(scene.truthLaunches, event.launchLatDeg(), event.launchLonDeg());
            scene.addPoint(scene.truthImpacts, event.impactLatDeg(), event.impactLonDeg());
        }
        for (final ImpactHistory history : impacts.values()) {
            for (final ImpactRecord earlier : history.earlier()) {
                scene.addImpactEllipses(earlier, false);
            }
        }
        for (final ImpactHistory history : impacts.values()) {
            scene.addImpactEllipses(history.latest(), true);
        }
        return scene;
    }

    /** Every longitude of the situation, for centring the window on them. */
    private static List<Double> longitudes(
        final Situation situation, final SortedMap<String, List<GroundPoint>> truth,
        final SortedMap<Long, List<GroundPoint>> tracks, final SortedMap<Long, ImpactHistory> impacts) {
        final List<Double> out = new ArrayList<>();
        for (final List<GroundPoint> line : truth.values()) {
            line.forEach(p -> out.add(p.lonDeg()));
        }
        for (final List<GroundPoint> line : tracks.values()) {
            line.forEach(p -> out.add(p.lonDeg()));
        }
        for (final SensorRecord sensor : situation.sensors()) {
            if (sensor.type() == SensorType.RADAR) {
                out.add(sensor.lonDeg());
            }
        }
        situation.areas().forEach(a -> out.add(a.lonDeg()));
        for (final TruthEventRecord event : situation.truthEvents()) {
            out.add(event.launchLonDeg());
            out.add(event.impactLonDeg());
        }
        for (final ImpactHistory history : impacts.values()) {
            out.add(history.latest().impactLonDeg());
            out.add(history.latest().launchLonDeg());
        }
        return out;
    }

    private void addTruthLine(final String objectId, final List<GroundPoint> line) {
        final List<GroundPoint> points = window.unwrap(line);
        if (!points.isEmpty()) {
            truthLines.add(new TruthLine(objectId, points));
            content.addAll(points);
        }
    }

    private void addTrackLine(final long trackId, final List<GroundPoint> line) {
        final List<GroundPoint> points = window.unwrap(line);
        if (!points.isEmpty()) {
            trackLines.add(new TrackLine(trackId, points));
            content.addAll(points);
        }
    }

    /** Only fixed radars have a site; moving radars and IR sensors report their positions per plot. */
    private void addSite(final SensorRecord sensor) {
        final GroundPoint site = new GroundPoint(sensor.latDeg(), sensor.lonDeg());
        if (sensor.type() == SensorType.RADAR && site.isValid()) {
            final GroundPoint wrapped = new GroundPoint(site.latDeg(), window.wrap(site.lonDeg()));
            sites.add(new Site(sensor.sensorId(), wrapped));
            content.add(wrapped);
        }
    }

    /** Adds an area, with its warnings' figures, or null if it was never warned. */
    private void addArea(final AreaRecord area, final AreaWarningSummary warning) {
        final GroundPoint centre = new GroundPoint(area.latDeg(), area.lonDeg());
        if (!centre.isValid() || !(area.radiusM() >= 0.0 && area.radiusM() <= 1.0e7)) {
            return;
        }
        final GroundPoint wrapped = new GroundPoint(centre.latDeg(), window.wrap(centre.lonDeg()));
        final List<GroundPoint> outline = LongitudeWindow.keepNear(
            GeodesicCircle.outline(wrapped, area.radiusM(), SurfaceEllipse.VERTICES), wrapped.lonDeg());
        areas.add(new Area(area.areaId(), wrapped, outline, warning != null,
            warning != null ? warning.timeToImpactAtFirstRaisedS() : Double.NaN));
        content.addAll(outline);
    }

    private void addPoint(final List<GroundPoint> to, final double latDeg, final double lonDeg) {
        final GroundPoint p = new GroundPoint(latDeg, lonDeg);
        if (p.isValid()) {
            final GroundPoint wrapped = new GroundPoint(latDeg, window.wrap(lonDeg));
            to.add(wrapped);
            content.add(wrapped);
        }
    }

    private void addImpactEllipses(final ImpactRecord row, final boolean latest) {
        final long id = row.trackId();
        final GroundPoint impact = wrapped(row.impactLatDeg(), row.impactLonDeg());
        if (impact != null) {
            addEllipse(id, EllipseKind.IMPACT, latest, impact, row.semiMajorM(), row.semiMinorM(),
                row.orientationDeg());
            if (latest) {
                addEllipse(id, EllipseKind.CEP50, true, impact, row.cep50M(), row.cep50M(), 0.0);
                predictedImpacts.add(new Estimate(id, impact));
                content.add(impact);
            }
        }
        final GroundPoint launch = wrapped(row.launchLatDeg(), row.launchLonDeg());
        if (launch != null && latest) {
            addEllipse(id, EllipseKind.LAUNCH, true, launch, row.launchSemiMajorM(), row.launchSemiMinorM(),
                row.launchOrientationDeg());
            estimatedLaunches.add(new Estimate(id, launch));
            content.add(launch);
        }
    }

    private void addEllipse(
        final long trackId, final EllipseKind kind, final boolean latest, final GroundPoint centre,
        final double semiMajorM, final double semiMinorM, final double orientationDeg) {
        if (!(semiMajorM > 0.0 && semiMinorM >= 0.0 && Double.isFinite(semiMajorM)
            && Double.isFinite(orientationDeg))) {
            return;
        }
        final List<GroundPoint> outline = SurfaceEllipse.outline(
            centre, semiMajorM, semiMinorM, orientationDeg, SurfaceEllipse.VERTICES);
        if (!outline.stream().allMatch(GroundPoint::isValid)) {
            return; // an ellipse over a pole: not drawable on this projection
        }
        ellipses.add(new Ellipse(trackId, kind, latest, centre, outline));
        if (latest && semiMajorM <= LARGEST_FITTED_ELLIPSE_M) {
            content.addAll(outline);
        }
    }

    private GroundPoint wrapped(final double latDeg, final double lonDeg) {
        final GroundPoint p = new GroundPoint(latDeg, lonDeg);
        return p.isValid() ? new GroundPoint(latDeg, window.wrap(lonDeg)) : null;
    }

    /**
     * The rectangle that holds everything in the scene, with a margin.
     *
     * @return the rectangle, or empty if the scene is empty
     */
    Optional<MapBounds> contentBounds() {
        return MapBounds.enclosing(content, MARGIN_FRACTION, MIN_HALF_SPAN_DEG);
    }

    /**
     * Returns the longitude window every point of the scene is in.
     *
     * @return the longitude window every point of the scene is in
     */
    LongitudeWindow window() {
        return window;
    }

    /**
     * The ids of every track drawn (by a line or by an ellipse), in id order.
     *
     * @return the track ids
     */
    SortedSet<Long> trackIds() {
        final SortedSet<Long> ids = new TreeSet<>();
        trackLines.forEach(t -> ids.add(t.trackId()));
        ellipses.forEach(e -> ids.add(e.trackId()));
        return Collections.unmodifiableSortedSet(ids);
    }

    List<TruthLine> truthLines() {
        return Collections.unmodifiableList(truthLines);
    }

    List<TrackLine> trackLines() {
        return Collections.unmodifiableList(trackLines);
    }

    List<Site> sites() {
        return Collections.unmodifiableList(sites);
    }

    List<Area> areas() {
        return Collections.unmodifiableList(areas);
    }

    /**
     * Returns whether any area drawn was warned.
     *
     * @return true if an area of {@link #areas()} is warned
     */
    boolean hasWarnedArea() {
        return areas.stream().anyMatch(Area::warned);
    }

    List<GroundPoint> truthLaunches() {
        return Collections.unmodifiableList(truthLaunches);
    }

    List<GroundPoint> truthImpacts() {
        return Collections.unmodifiableList(truthImpacts);
    }

    /**
     * Returns the ellipses, earlier predictions first, then the latest ones, each group in track id order.
     *
     * @return the ellipses in drawing order
     */
    List<Ellipse> ellipses() {
        return Collections.unmodifiableList(ellipses);
    }

    List<Estimate> predictedImpacts() {
        return Collections.unmodifiableList(predictedImpacts);
    }

    List<Estimate> estimatedLaunches() {
        return Collections.unmodifiableList(estimatedLaunches);
    }

    /**
     * Returns whether any ellipse of a kind is in the scene.
     *
     * @param kind the kind
     * @return whether any ellipse of that kind is in the scene
     */
    boolean has(final EllipseKind kind) {
        return ellipses.stream().anyMatch(e -> e.kind() == kind);
    }
}
