package io.vigil.fusion.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.fusion.geo.Geodetic;
import io.vigil.fusion.geo.LocalFrame;
import io.vigil.fusion.track.TrackStatus;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A boosting missile seen only by space-based infrared: two geostationary satellites'
 * lines of sight start a track by triangulation and keep it confirmed and close to the truth;
 * one satellite's lines of sight alone start nothing.
 */
class LineOfSightInitiationTest {

    private static final long T0 = 1_780_000_000_000_000_000L;
    private static final long SECOND = 1_000_000_000L;
    private static final double SIGMA = 30e-6;
    private static final double GEO_RADIUS = 42_164_000.0;

    @Test
    void twoSatellitesStartAConfirmedBoostTrackAndOneAloneStartsNone() {
        final Map<Long, double[]> oneSatellite = run(1);
        assertThat(oneSatellite).as("tracks from one satellite's lines of sight").isEmpty();

        final Map<Long, double[]> twoSatellites = run(2);
        assertThat(twoSatellites).hasSize(1);
        final double[] last = twoSatellites.values().iterator().next();
        assertThat(last[6]).as("status ordinal").isEqualTo(TrackStatus.CONFIRMED.ordinal());
        assertThat(last[7]).as("position error at the end, m").isLessThan(3_000.0);
    }

    /**
     * Publishes 60 s of a boost seen by the first {@code satellites} of two GEO satellites
     * (one line of sight each per second, the second 50 ms after the first) and returns the
     * last report of each track: state, status ordinal, position error.
     */
    private static Map<Long, double[]> run(final int satellites) {
        final double[][] geo = {geostationary(105.0), geostationary(150.0)};
        final Map<Long, double[]> last = new TreeMap<>();
        final double[][] truthAt = new double[1][];
        final FusionListener listener = new FusionListener() {
            @Override
            public void onTrack(final TrackView track) {
                final double[] t = truthAt[0];
                final double error = Math.sqrt(Math.pow(track.x() - t[0], 2) + Math.pow(track.y() - t[1], 2)
                    + Math.pow(track.z() - t[2], 2));
                last.put(track.trackId(), new double[] {track.x(), track.y(), track.z(), track.vx(), track.vy(),
                    track.vz(), track.status().ordinal(), error});
            }
        };
        final SplittableRandom random = new SplittableRandom(42L);
        final LocalFrame pad = new LocalFrame(Math.toRadians(40.0), Math.toRadians(127.0), 20e3);
        final double[] position = new double[3];
        Geodetic.toEcef(pad.latitudeRad(), pad.longitudeRad(), 20e3, position);
        final double[] velocity = new double[3];
        pad.enuVectorToEcef(300.0, 0.0, 600.0, velocity);
        final double[] thrust = new double[3];
        pad.enuVectorToEcef(15.0, 0.0, 25.0, thrust); // specific force beyond gravity's pull, m/s^2
        final double[] up = new double[3];
        pad.enuVectorToEcef(0.0, 0.0, 1.0, up);
        try (FusionEngine engine = FusionEngine.builder()
            .sensor(Sensor.infrared("GEO-A", "USA", SIGMA, 0.95))
            .sensor(Sensor.infrared("GEO-B", "USA", SIGMA, 0.95))
            .listener(listener).ringSize(1 << 10).maxTracks(16).build()) {
            engine.start();
            final PlotPublisher publisher = engine.publisher();
            final double step = 0.05;
            for (int k = 0; k <= 1200; k++) {
                final long time = T0 + k * SECOND / 20;
                truthAt[0] = position.clone();
                final int satellite = k % 20 == 0 ? 0 : k % 20 == 1 ? 1 : -1;
                if (satellite >= 0 && satellite < satellites) {
                    publish(publisher, satellite, geo[satellite], position, time, random);
                }
                // Thrust plus a flat-Earth gravity of 9.8 m/s^2 down: a boost of about 2 g.
                for (int i = 0; i < 3; i++) {
                    final double a = thrust[i] - 9.8 * up[i];
                    position[i] += velocity[i] * step + 0.5 * a * step * step;
                    velocity[i] += a * step;
                }
                // The engine only advances on input: keep the listener's truth in step.
                publisher.tick(time);
                while (engine.counters().fused() + engine.counters().rejected() < engine.counters().published()) {
                    Thread.onSpinWait();
                }
            }
            engine.close();
        }
        return last;
    }

    private static double[] geostationary(final double longitudeDeg) {
        final double lon = Math.toRadians(longitudeDeg);
        return new double[] {GEO_RADIUS * Math.cos(lon), GEO_RADIUS * Math.sin(lon), 0.0};
    }

    private static void publish(final PlotPublisher publisher, final int sensor, final double[] satellite,
        final double[] target, final long time, final SplittableRandom random) {
        final double[] u = new double[3];
        double norm = 0.0;
        for (int i = 0; i < 3; i++) {
            u[i] = target[i] - satellite[i];
            norm += u[i] * u[i];
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < 3; i++) {
            u[i] = u[i] / norm + SIGMA * random.nextGaussian();
        }
        final double n = Math.sqrt(u[0] * u[0] + u[1] * u[1] + u[2] * u[2]);
        publisher.claim().sensor(sensor).time(time).sensorPosition(satellite[0], satellite[1], satellite[2])
            .lineOfSight(u[0] / n, u[1] / n, u[2] / n).commit();
    }
}
