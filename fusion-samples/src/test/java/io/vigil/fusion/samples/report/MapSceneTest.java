package io.vigil.fusion.samples.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.fusion.io.ImpactRecord;
import io.vigil.fusion.track.TrackStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class MapSceneTest {

    @Test
    void aWildLaunchEstimateDoesNotShrinkTheRestOfTheMap() {
        // A 3,000 km launch ellipse from an early, poor estimate: drawn, but only its centre
        // counts when the map is fitted.
        final ImpactRecord wild = new ImpactRecord(0L, 1L, 600 * KnownSituation.SECOND, 35.7, 139.6, 8_000.0,
            3_000.0, 100.0, 3_000.0, 0L, 39.0, 125.5, 3_000_000.0, 1_000_000.0, 100.0);
        final Situation situation = new Situation(List.of(KnownSituation.RADAR_1), List.of(), List.of(), List.of(),
            List.of(wild), List.of());

        final MapScene scene = MapScene.of(situation, null, 3);
        final MapBounds bounds = scene.contentBounds().orElseThrow();
        assertThat(scene.has(MapScene.EllipseKind.LAUNCH)).isTrue();
        assertThat(bounds.eastDeg() - bounds.westDeg()).isLessThan(20.0);
        assertThat(bounds.northDeg() - bounds.southDeg()).isLessThan(10.0);
        assertThat(scene.trackIds()).as("a track known only by its predictions").containsExactly(1L);
    }

    @Test
    void drawsEarlierEllipsesFirstAndOnlyTheLatestCepAndLaunchEllipse() {
        final MapScene scene = MapScene.of(KnownSituation.situation(), null, 2);
        final List<MapScene.Ellipse> ellipses = scene.ellipses();
        // Per track: 2 earlier impact ellipses, then the latest impact, CEP50 and launch ellipses.
        assertThat(ellipses).hasSize(2 * (2 + 3));
        assertThat(ellipses.subList(0, 4)).allMatch(e -> !e.latest() && e.kind() == MapScene.EllipseKind.IMPACT);
        assertThat(ellipses.subList(4, 10)).allMatch(MapScene.Ellipse::latest);
        assertThat(scene.predictedImpacts()).extracting(MapScene.Estimate::trackId).containsExactly(1L, 2L);
    }

    @Test
    void showsOnlyConfirmedAndCoastingTracks() {
        final Situation situation = new Situation(List.of(), List.of(), List.of(), List.of(
            KnownSituation.track(0L, 1L, TrackStatus.TENTATIVE, 30.0, 130.0, 0.0),
            KnownSituation.track(0L, 2L, TrackStatus.CONFIRMED, 30.0, 130.0, 0.0),
            KnownSituation.track(1L, 2L, TrackStatus.DROPPED, 31.0, 131.0, 0.0),
            KnownSituation.track(0L, 3L, TrackStatus.COASTING, 30.0, 131.0, 0.0)), List.of(), List.of());
        final MapScene scene = MapScene.of(situation, null, 0);
        assertThat(scene.trackLines()).extracting(MapScene.TrackLine::trackId).containsExactly(2L, 3L);
        assertThat(scene.trackLines().get(0).points()).hasSize(1);
    }

    @Test
    void fixedBoundsCentreTheLongitudeWindow() {
        final Situation situation = new Situation(List.of(KnownSituation.radar("W", 0.0, -170.0)), List.of(),
            List.of(), List.of(), List.of(), List.of());
        final MapScene scene = MapScene.of(situation, new MapBounds(-10.0, 10.0, 170.0, 200.0), 0);
        assertThat(scene.sites().get(0).point().lonDeg()).isEqualTo(190.0);
    }
}
