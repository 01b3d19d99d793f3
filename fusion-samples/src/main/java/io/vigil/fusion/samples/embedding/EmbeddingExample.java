package io.vigil.fusion.samples.embedding;

import io.vigil.fusion.engine.EngineCounters;
import io.vigil.fusion.engine.FusionEngine;
import io.vigil.fusion.engine.FusionListener;
import io.vigil.fusion.engine.PlotPublisher;
import io.vigil.fusion.engine.RejectView;
import io.vigil.fusion.engine.Sensor;
import io.vigil.fusion.engine.TrackView;
import io.vigil.fusion.geo.Geodetic;
import io.vigil.fusion.geo.LocalFrame;
import io.vigil.fusion.motion.ConstantVelocityMotion;
import java.util.Locale;

/**
 * The smallest complete embedding of Vigil, to copy into a C2 application: build an engine
 * with one radar, publish plots from a producer thread, receive tracks on the fusion thread,
 * read the counters, shut down. See {@code docs/EMBEDDING.md}.
 *
 * <p>Run: {@code java -cp fusion-samples/target/vigil.jar io.vigil.fusion.samples.embedding.EmbeddingExample}.
 */
public final class EmbeddingExample {

    private EmbeddingExample() {
    }

    /**
     * Tracks one aircraft-like target for 30 s of plots and prints what the host receives.
     *
     * @param args none
     * @throws InterruptedException if interrupted while waiting for the producer
     */
    public static void main(final String[] args) throws InterruptedException {
        final double latitude = Math.toRadians(40.88);
        final double longitude = Math.toRadians(140.33);
        // Callbacks run on the fusion thread; views are valid only during the call, so copy
        // out what you keep, and never block here.
        final FusionListener listener = new FusionListener() {
            @Override
            public void onTrack(final TrackView track) {
                if (track.hits() % 10 == 0) {
                    System.out.printf(Locale.ROOT, "track %d %s at %.4f N %.4f E, %.0f m, sigma x %.0f m%n",
                        track.trackId(), track.status(), track.latitudeDeg(), track.longitudeDeg(), track.heightM(),
                        Math.sqrt(track.covariance(0, 0)));
                }
            }

            @Override
            public void onReject(final RejectView reject) {
                System.out.printf(Locale.ROOT, "plot refused: %s (tag %d)%n", reject.reason(), reject.tag());
            }
        };
        final FusionEngine engine = FusionEngine.builder()
            .sensor(Sensor.radar("TPY2-SHARIKI", "JPN", latitude, longitude, 50.0,
                15.0, 1e-3, 1e-3, Double.NaN, 0.9, 3_000_000.0))
            .motion(() -> new ConstantVelocityMotion(1.0))
            .listener(listener)
            .build();
        engine.start();

        final int radar = engine.sensorIndex("TPY2-SHARIKI");
        final Thread producer = new Thread(() -> {
            // One publisher per producing thread; it allocates nothing per plot.
            final PlotPublisher publisher = engine.publisher();
            final LocalFrame site = new LocalFrame(latitude, longitude, 50.0);
            final double[] target = new double[3];
            final double[] plot = new double[3];
            final long start = 1_780_000_000_000_000_000L;
            for (int second = 0; second <= 30; second++) {
                Geodetic.toEcef(Math.toRadians(41.9), Math.toRadians(141.5 + 0.0025 * second), 10_000.0, target);
                site.ecefToRadar(target[0], target[1], target[2], plot);
                publisher.claim().sensor(radar).time(start + second * 1_000_000_000L).tag(second)
                    .radar(plot[0], plot[1], plot[2]).commit();
            }
            // A bad plot: refused with a reason, counted, and no track is touched.
            publisher.claim().sensor(radar).time(start + 30_000_000_000L).tag(99).radar(-5.0, 1.0, 0.1).commit();
        }, "producer");
        producer.start();
        producer.join();

        engine.close(); // drains every committed plot, then stops the fusion thread
        final EngineCounters counters = engine.counters();
        System.out.printf(Locale.ROOT, "published %d = fused %d + rejected %d + dropped %d; tracks alive %d%n",
            counters.published(), counters.fused(), counters.rejected(), counters.dropped(), counters.tracksAlive());
    }
}
