package io.vigil.fusion.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.fusion.geo.Geodetic;
import io.vigil.fusion.geo.LocalFrame;
import io.vigil.fusion.motion.BallisticMotion;
import io.vigil.fusion.motion.Trajectories;
import io.vigil.fusion.testing.Measured;
import io.vigil.fusion.trajectory.FlightPhase;
import io.vigil.fusion.trajectory.SurfaceCrossing;
import io.vigil.fusion.trajectory.WarningState;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Defended areas through the engine: a radar tracks a ballistic object in midcourse; the area
 * around its true impact point is warned and an area 300 km away is not; an area switched
 * off through the ring clears its warning at once and warns again once switched back on; an
 * invalid area change is rejected with BAD_AREA and changes nothing; the warning clears by
 * the time the object has come down. The track view reports MIDCOURSE and the arc's apogee.
 */
class DefendedAreaTest {

    private static final long T0 = 1_780_000_000_000_000_000L;
    private static final long SECOND = 1_000_000_000L;
    private static final double SIGMA_RANGE = 30.0;
    private static final double SIGMA_ANGLE = 1e-3;

    /** One warning event as the listener saw it. */
    private record Event(String areaId, long trackId, WarningState state, double probability, long timeNanos) {
    }

    @Test
    void theAreaAroundTheImpactIsWarnedSwitchedOffAndOnThroughTheRingAndClearedAfterImpact() {
        // Truth flies the engine's ballistic dynamics without noise (drag is not the point here).
        final BallisticMotion truthModel = new BallisticMotion(0.0);
        final double[] start = Trajectories.at(39.0, 126.0, 250e3, 90.0, 30.0, 4_500.0);
        final double[] impact = start.clone();
        final double flight = new SurfaceCrossing(6, 3600.0).cross(truthModel, impact, null, false, 0.0);
        final long impactNanos = T0 + Math.round(flight * 1e9);
        final double[] impactGeodetic = new double[3];
        Geodetic.fromEcef(impact[0], impact[1], impact[2], impactGeodetic);
        double trueApogee = 0.0;
        final double[][] truth = new double[(int) flight + 1][];
        truth[0] = start.clone();
        for (int s = 1; s < truth.length; s++) {
            truth[s] = truth[s - 1].clone();
            truthModel.propagate(truth[s], 1.0, null);
            final double[] g = new double[3];
            Geodetic.fromEcef(truth[s][0], truth[s][1], truth[s][2], g);
            trueApogee = Math.max(trueApogee, g[Geodetic.HEIGHT]);
        }

        final LocalFrame site = new LocalFrame(Math.toRadians(37.5), Math.toRadians(128.5), 100.0);
        final Sensor radar = Sensor.radar("R", "KOR", site.latitudeRad(), site.longitudeRad(), site.heightM(),
            SIGMA_RANGE, SIGMA_ANGLE, SIGMA_ANGLE, Double.NaN, 1.0, 3_000_000.0);
        final List<Event> events = new ArrayList<>();
        final List<RejectReason> rejects = new ArrayList<>();
        final List<FlightPhase> phases = new ArrayList<>();
        final double[] apogee = {Double.NaN};
        final FusionListener listener = new FusionListener() {
            @Override
            public void onTrack(final TrackView track) {
                // The midcourse part: tracked (the first 80 s), ascending from 250 km.
                if (track.timeNanos() <= T0 + 80 * SECOND && track.hits() >= 5) {
                    phases.add(track.phase());
                    apogee[0] = track.apogeeM();
                }
            }

            @Override
            public void onWarning(final WarningView warning) {
                events.add(new Event(warning.areaId(), warning.trackId(), warning.state(), warning.probability(),
                    warning.timeNanos()));
            }

            @Override
            public void onReject(final RejectView reject) {
                rejects.add(reject.reason());
            }
        };
        final SplittableRandom random = new SplittableRandom(4_242L);
        final FusionEngine.Builder builder = FusionEngine.builder().sensor(radar).listener(listener)
            .ringSize(1 << 10).maxTracks(8)
            .defendedArea("TARGET", impactGeodetic[0], impactGeodetic[1], 30_000.0)
            // 300 km north of the impact: far outside any ellipse of a tracked midcourse object.
            .defendedArea("ELSEWHERE", impactGeodetic[0] + 300e3 / 6.37e6, impactGeodetic[1], 30_000.0);
        final EngineCounters counters;
        final int firstPass;
        final int offEvents;
        try (FusionEngine engine = builder.build()) {
            final int target = engine.areaIndex("TARGET");
            engine.start();
            final PlotPublisher publisher = engine.publisher();
            for (int s = 0; s <= 60; s++) {
                RadarPlots.publish(publisher, 0, site, truth[s], T0 + s * SECOND, s, random, SIGMA_RANGE, SIGMA_ANGLE);
            }
            publisher.tick(T0 + 62 * SECOND);
            RadarPlots.awaitDrained(engine);
            firstPass = events.size();
            // Invalid: no area 5; a latitude past the pole. Nothing may change.
            publisher.defendedArea(5, impactGeodetic[0], impactGeodetic[1], 30_000.0);
            publisher.defendedArea(target, 2.0, impactGeodetic[1], 30_000.0);
            // Off: the raised warning clears at once.
            publisher.defendedArea(target, impactGeodetic[0], impactGeodetic[1], 0.0);
            RadarPlots.awaitDrained(engine);
            offEvents = events.size();
            // On again; the next predictions warn again.
            publisher.defendedArea(target, impactGeodetic[0], impactGeodetic[1], 30_000.0);
            for (int s = 63; s <= 80; s++) {
                RadarPlots.publish(publisher, 0, site, truth[s], T0 + s * SECOND, s, random, SIGMA_RANGE, SIGMA_ANGLE);
            }
            // Then nothing but time, past the impact.
            for (long t = T0 + 81 * SECOND; t <= impactNanos + 10 * SECOND; t += SECOND) {
                publisher.tick(t);
            }
            engine.close();
            counters = engine.counters();
        }
        Measured.report("defended area: apogee reported against the true arc's (m)", apogee[0] - trueApogee);
        assertThat(phases).isNotEmpty().containsOnly(FlightPhase.MIDCOURSE);
        assertThat(Math.abs(apogee[0] - trueApogee)).isLessThan(2_000.0);

        assertThat(events).allSatisfy(e -> assertThat(e.areaId()).isEqualTo("TARGET"));
        final List<Event> first = events.subList(0, firstPass);
        assertThat(first).isNotEmpty();
        assertThat(first.get(0).state()).isEqualTo(WarningState.RAISED);
        assertThat(first.get(first.size() - 1).probability()).isGreaterThan(0.99);
        assertThat(first).extracting(Event::state).doesNotContain(WarningState.CLEARED);

        assertThat(rejects).containsExactly(RejectReason.BAD_AREA, RejectReason.BAD_AREA);
        assertThat(counters.rejected(RejectReason.BAD_AREA)).isEqualTo(2);
        assertThat(offEvents).isEqualTo(firstPass + 1);
        assertThat(events.get(firstPass).state()).isEqualTo(WarningState.CLEARED);

        final List<Event> after = events.subList(offEvents, events.size());
        assertThat(after).isNotEmpty();
        assertThat(after.get(0).state()).isEqualTo(WarningState.RAISED);
        final Event last = after.get(after.size() - 1);
        assertThat(last.state()).isEqualTo(WarningState.CLEARED);
        assertThat(last.timeNanos()).isGreaterThan(T0 + 80 * SECOND);
    }


    @Test
    void anInvalidAreaChangeIsRejectedWithImpactPredictionOffToo() {
        final List<RejectReason> rejects = new ArrayList<>();
        final Sensor radar = Sensor.radar("R", "KOR", 0.65, 2.24, 100.0, SIGMA_RANGE, SIGMA_ANGLE, SIGMA_ANGLE,
            Double.NaN, 1.0, 3_000_000.0);
        try (FusionEngine engine = FusionEngine.builder().sensor(radar).ringSize(1 << 6).maxTracks(4).impacts(false)
            .defendedArea("A", 0.66, 2.4, 30_000.0).listener(new FusionListener() {
                @Override
                public void onReject(final RejectView reject) {
                    rejects.add(reject.reason());
                }
            }).build()) {
            engine.start();
            final PlotPublisher publisher = engine.publisher();
            publisher.defendedArea(0, Double.NaN, 2.4, 30_000.0);
            publisher.defendedArea(0, 0.66, 2.4, -5.0);
            publisher.defendedArea(1, 0.66, 2.4, 30_000.0);
            publisher.defendedArea(0, 0.67, 2.4, 20_000.0);
            engine.close();
            assertThat(engine.counters().rejected(RejectReason.BAD_AREA)).isEqualTo(3);
            assertThat(engine.counters().fused()).isEqualTo(1);
        }
        assertThat(rejects).containsExactly(RejectReason.BAD_AREA, RejectReason.BAD_AREA, RejectReason.BAD_AREA);
    }
}
