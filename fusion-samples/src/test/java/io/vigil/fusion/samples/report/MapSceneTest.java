package io.vigil.fusion.samples.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.fusion.io.ImpactRecord;
import io.vigil.fusion.io.WarningRecord;
import io.vigil.fusion.track.TrackStatus;
import io.vigil.fusion.trajectory.WarningState;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.junit.jupiter.api.Test;

class MapSceneTest {

    @Test
    void aWildLaunchEstimateDoesNotShrinkTheRestOfTheMap() {
        // A 3,000 km launch ellipse from an early, poor estimate: drawn, but only its centre
        // counts when the map is fitted.
        final ImpactRecord wild = new ImpactRecord(0L, 1L, 600 * KnownSituation.SECOND, 35.7, 139.6, 8_000.0,
            3_000.0, 100.0, 3_000.0, 0L, 39.0, 125.5, 3_000_000.0, 1_000_000.0, 100.0);
        final Situation situation = new Situation(List.of(KnownSituation.RADAR_1), List.of(), List.of(), List.of(),
            List.of(wild), List.of(), List.of());

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
            KnownSituation.track(0L, 3L, TrackStatus.COASTING, 30.0, 131.0, 0.0)), List.of(), List.of(), List.of());
        final MapScene scene = MapScene.of(situation, null, 0);
        assertThat(scene.trackLines()).extracting(MapScene.TrackLine::trackId).containsExactly(2L, 3L);
        assertThat(scene.trackLines().get(0).points()).hasSize(1);
    }

    @Test
    void fixedBoundsCentreTheLongitudeWindow() {
        final Situation situation = new Situation(List.of(KnownSituation.radar("W", 0.0, -170.0)), List.of(),
            List.of(), List.of(), List.of(), List.of(), List.of());
        final MapScene scene = MapScene.of(situation, new MapBounds(-10.0, 10.0, 170.0, 200.0), 0);
        assertThat(scene.sites().get(0).point().lonDeg()).isEqualTo(190.0);
    }

    @Test
    void marksAWarnedAreaWithItsFirstWarningsTimeToImpact() {
        final Situation situation = new Situation(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(KnownSituation.TOKYO, KnownSituation.OSAKA), KnownSituation.TOKYO_WARNED);
        final MapScene scene = MapScene.of(situation, null, 0);

        assertThat(scene.areas()).extracting(MapScene.Area::areaId).containsExactly("DA-TOKYO", "DA-OSAKA");
        final MapScene.Area tokyo = scene.areas().get(0);
        final MapScene.Area osaka = scene.areas().get(1);
        assertThat(tokyo.warned()).isTrue();
        // The first RAISED is track 1's at 200 s, listed second: 420.6 s to impact.
        assertThat(tokyo.timeToImpactS()).isEqualTo(420.6);
        assertThat(tokyo.label()).isEqualTo("DA-TOKYO warned T-421 s");
        assertThat(osaka.warned()).isFalse();
        assertThat(osaka.label()).isEqualTo("DA-OSAKA");
        assertThat(scene.hasWarnedArea()).isTrue();
        assertThat(legendLabels(scene)).containsExactly("defended area", "warned area");

        final List<WarningRecord> onlyCleared = List.of(new WarningRecord(KnownSituation.EPOCH_NANOS, "DA-OSAKA", 1L,
            WarningState.CLEARED, 0.1, 10.0));
        final MapScene quiet = MapScene.of(new Situation(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(KnownSituation.OSAKA), onlyCleared), null, 0);
        assertThat(quiet.areas().get(0).warned()).as("a CLEARED event alone warns no one").isFalse();
        assertThat(legendLabels(quiet)).containsExactly("defended area");
    }

    @Test
    void aWarningWithoutATimeToImpactIsLabelledWarnedAlone() {
        final List<WarningRecord> warnings = List.of(new WarningRecord(KnownSituation.EPOCH_NANOS, "DA-OSAKA", 1L,
            WarningState.RAISED, 0.5, Double.NaN));
        final MapScene scene = MapScene.of(new Situation(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(KnownSituation.OSAKA), warnings), null, 0);
        assertThat(scene.areas().get(0).label()).isEqualTo("DA-OSAKA warned");
        assertThat(legendLabels(scene)).as("no quiet area to explain").containsExactly("warned area");
    }

    private static List<String> legendLabels(final MapScene scene) {
        final LegendItemCollection items = MapLegend.of(scene);
        final List<String> labels = new ArrayList<>();
        for (int i = 0; i < items.getItemCount(); i++) {
            final LegendItem item = items.get(i);
            labels.add(item.getLabel());
        }
        return labels;
    }
}
