package io.vigil.fusion.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.fusion.geo.Geodetic;
import io.vigil.fusion.geo.LocalFrame;
import io.vigil.fusion.motion.BallisticMotion;
import io.vigil.fusion.motion.Trajectories;
import io.vigil.fusion.testing.Measured;
import io.vigil.fusion.trajectory.ImpactPredictor;
import io.vigil.fusion.trajectory.SurfaceCrossing;
import io.vigil.fusion.trajectory.WarningState;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Trajectory predictions are carried out in the fusion thread's idle time, a piece at a time,
 * and reported at the next maintenance pass: what the host receives must not depend on when
 * the idle time fell. The same plots of a ballistic flight go through two engines: one given
 * idle time after every plot (the predictions are carried out between plots), one held in its
 * first callback until every plot is in the ring (no idle time: each pass finishes the
 * predictions itself). A defended area is switched off and on through the ring while
 * predictions are pending. With either covariance method, every impact and warning, and the
 * order of all callbacks, must be bit-identical.
 */
class PredictionScheduleTest {

    private static final long T0 = 1_780_000_000_000_000_000L;
    private static final long SECOND = 1_000_000_000L;
    private static final double SIGMA_RANGE = 30.0;
    private static final double SIGMA_ANGLE = 1e-3;
    private static final int SECONDS_TRACKED = 60;

    @ParameterizedTest
    @EnumSource(ImpactPredictor.Method.class)
    void impactsAndWarningsDoNotDependOnWhenTheFusionThreadWasIdle(final ImpactPredictor.Method method)
        throws InterruptedException {
        final BallisticMotion truthModel = new BallisticMotion(0.0);
        final double[] start = Trajectories.at(39.0, 126.0, 250e3, 90.0, 30.0, 4_500.0);
        final double[] impact = start.clone();
        new SurfaceCrossing(6, 3600.0).cross(truthModel, impact, null, false, 0.0);
        final double[] impactGeodetic = new double[3];
        Geodetic.fromEcef(impact[0], impact[1], impact[2], impactGeodetic);
        final double[][] truth = new double[SECONDS_TRACKED + 1][];
        truth[0] = start.clone();
        for (int s = 1; s < truth.length; s++) {
            truth[s] = truth[s - 1].clone();
            truthModel.propagate(truth[s], 1.0, null);
        }

        final Run idle = run(truth, impactGeodetic, method, false);
        final Run held = run(truth, impactGeodetic, method, true);

        Measured.report("prediction schedule, " + method + ": predictions taken", idle.predictions);
        Measured.report("prediction schedule, " + method + ", idle time after every plot: predictions finished at a"
            + " pass", idle.finishedAtPass);
        Measured.report("prediction schedule, " + method + ", no idle time: predictions finished at a pass",
            held.finishedAtPass);
        // The area switched off and on again while predictions were pending: CLEARED, then RAISED again.
        assertThat(idle.events).anyMatch(e -> e.startsWith("warning TARGET") && e.contains(WarningState.CLEARED.name()));
        assertThat(idle.events).filteredOn(e -> e.startsWith("impact")).hasSizeGreaterThan(20);
        assertThat(idle.events).anyMatch(e -> e.startsWith("warning TARGET") && e.contains(WarningState.RAISED.name()));
        assertThat(held.predictions).isEqualTo(idle.predictions);
        // Held, the thread met every pass with the previous pass's predictions undone (but for
        // the last, which it may finish before it is closed); given time, hardly ever.
        assertThat(held.finishedAtPass).isGreaterThanOrEqualTo(held.predictions - 1);
        assertThat(idle.finishedAtPass).isLessThan(held.finishedAtPass);
        assertThat(held.events).containsExactlyElementsOf(idle.events);
    }

    /** The callbacks of one engine, in order, every value in full precision; its counters. */
    private record Run(List<String> events, long predictions, long finishedAtPass) {
    }

    /** Unless held, gives the fusion thread time to carry out what it has taken. */
    private static void idle(final FusionEngine engine, final boolean hold) throws InterruptedException {
        if (!hold) {
            RadarPlots.awaitDrained(engine);
            Thread.sleep(5);
        }
    }

    private static Run run(final double[][] truth, final double[] area, final ImpactPredictor.Method method,
        final boolean hold) throws InterruptedException {
        final LocalFrame site = new LocalFrame(Math.toRadians(37.5), Math.toRadians(128.5), 100.0);
        final Sensor radar = Sensor.radar("R", "KOR", site.latitudeRad(), site.longitudeRad(), site.heightM(),
            SIGMA_RANGE, SIGMA_ANGLE, SIGMA_ANGLE, Double.NaN, 1.0, 3_000_000.0);
        final List<String> events = new ArrayList<>();
        final CountDownLatch published = new CountDownLatch(hold ? 1 : 0);
        final FusionListener listener = new FusionListener() {
            @Override
            public void onTrack(final TrackView track) {
                try {
                    published.await();
                } catch (final InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                events.add("track " + track.trackId() + " " + track.timeNanos() + " " + track.status());
            }

            @Override
            public void onImpact(final ImpactView v) {
                events.add("impact " + v.trackId() + " " + v.timeNanos() + " " + v.stateTimeNanos() + " " + v.phase()
                    + " " + v.impactTimeNanos() + " " + v.impactTimeSigmaS() + " " + v.impactLatitudeDeg() + " "
                    + v.impactLongitudeDeg() + " " + v.semiMajor95M() + " " + v.semiMinor95M() + " "
                    + v.orientationDeg() + " " + v.cep50M() + " " + v.hasLaunch() + " " + v.launchTimeNanos() + " "
                    + v.launchLatitudeDeg() + " " + v.launchLongitudeDeg() + " " + v.launchSemiMajor95M());
            }

            @Override
            public void onWarning(final WarningView w) {
                events.add("warning " + w.areaId() + " " + w.trackId() + " " + w.state() + " " + w.probability() + " "
                    + w.timeNanos() + " " + w.impactTimeNanos());
            }
        };
        final SplittableRandom random = new SplittableRandom(9_191L);
        try (FusionEngine engine = FusionEngine.builder().sensor(radar).listener(listener).ringSize(1 << 10)
            .maxTracks(8).impactCovariance(method).defendedArea("TARGET", area[0], area[1], 30_000.0).build()) {
            engine.start();
            final PlotPublisher publisher = engine.publisher();
            for (int s = 0; s <= SECONDS_TRACKED; s++) {
                // Half-second ticks between the plots: two maintenance passes a plot.
                RadarPlots.publish(publisher, 0, site, truth[s], T0 + s * SECOND, s, random, SIGMA_RANGE, SIGMA_ANGLE);
                idle(engine, hold);
                if (s == SECONDS_TRACKED / 2) {
                    // Between a pass that took predictions and the one that reports them.
                    publisher.defendedArea(0, area[0], area[1], 0.0);
                    publisher.defendedArea(0, area[0], area[1], 30_000.0);
                }
                publisher.tick(T0 + s * SECOND + SECOND / 2);
                idle(engine, hold);
            }
            published.countDown();
            engine.close();
            return new Run(events, engine.counters().predictions(), engine.counters().predictionsFinishedAtPass());
        }
    }
}
