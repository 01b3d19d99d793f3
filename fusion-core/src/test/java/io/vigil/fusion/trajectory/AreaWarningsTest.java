package io.vigil.fusion.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.vigil.fusion.geo.Geodesic;
import io.vigil.fusion.geo.Geodetic;
import io.vigil.fusion.geo.LocalFrame;
import io.vigil.fusion.testing.Measured;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The warning state machine of {@link AreaWarnings}, driven by impacts whose probability of
 * falling in an area is known in closed form: a circular Gaussian of sigma centred on the
 * area's centre falls inside its radius r with probability 1 - exp(-r^2 / (2 sigma^2)), so a
 * wanted probability p is produced by sigma = r / sqrt(-2 ln(1 - p)).
 */
class AreaWarningsTest {

    private static final double RAISE = 0.3;
    private static final double CLEAR = 0.1;
    private static final double RADIUS_M = 20_000.0;
    private static final long T0 = 1_780_000_000_000_000_000L;
    private static final long SECOND = 1_000_000_000L;
    /** CircleProbability is accurate to about 1e-6; the events carry its value. */
    private static final double PROBABILITY_TOLERANCE = 1e-6;

    /** Area 0 near Seoul, 1 near Busan, 2 near Tokyo (about 1,150 km from area 0). */
    private static final double[][] PLACES = {{37.5, 127.0}, {35.2, 129.1}, {35.7, 139.7}};

    /** One recorded event. */
    private record Event(int area, int slot, WarningState state, double probability, long impactNanos) {
    }

    private final List<Event> events = new ArrayList<>();
    private final WarningSink sink = (area, slot, state, probability, impactNanos) ->
        events.add(new Event(area, slot, state, probability, impactNanos));
    private AreaWarnings warnings;

    @BeforeEach
    void placeAreas() {
        warnings = new AreaWarnings(PLACES.length, 4, RAISE, CLEAR);
        for (int area = 0; area < PLACES.length; area++) {
            warnings.set(area, Math.toRadians(PLACES[area][0]), Math.toRadians(PLACES[area][1]), RADIUS_M, sink);
        }
        assertThat(events).isEmpty();
    }

    @Test
    void raisesWhenTheProbabilityReachesTheRaiseThresholdAndNotBelow() {
        for (final double p : new double[] {0.01, 0.1, 0.2, 0.29}) {
            warnings.evaluate(0, onArea(0, p, T0 + 300 * SECOND), sink);
        }
        assertThat(events).isEmpty();
        warnings.evaluate(0, onArea(0, 0.31, T0 + 300 * SECOND), sink);
        assertThat(events).hasSize(1);
        final Event raised = events.get(0);
        assertThat(raised.area()).isZero();
        assertThat(raised.slot()).isZero();
        assertThat(raised.state()).isEqualTo(WarningState.RAISED);
        assertThat(raised.probability()).isCloseTo(0.31, within(PROBABILITY_TOLERANCE));
        assertThat(raised.impactNanos()).isEqualTo(T0 + 300 * SECOND);
    }

    @Test
    void theReportedProbabilityIsTheClosedFormForACentredCircularGaussian() {
        final Measured.Worst worst = new Measured.Worst();
        for (final double sigma : new double[] {2_000.0, 8_000.0, 15_000.0, 20_000.0}) {
            events.clear();
            warnings.clearTrack(1, (a, s, st, p, t) -> { });
            warnings.evaluate(1, impact(PLACES[0][0], PLACES[0][1], sigma * sigma, 0.0, sigma * sigma, T0), sink);
            final double expected = -Math.expm1(-0.5 * RADIUS_M * RADIUS_M / (sigma * sigma));
            assertThat(expected).isGreaterThan(RAISE);
            assertThat(events).hasSize(1);
            assertThat(worst.of(events.get(0).probability() - expected)).isCloseTo(0.0, within(PROBABILITY_TOLERANCE));
        }
        worst.report("area warning probability, centred circular impact vs 1 - exp(-r^2 / 2 sigma^2), worst difference");
    }

    @Test
    void theReportedProbabilityOfAnOffsetEllipticalImpactMatchesMonteCarloOnTheSurface() {
        // An impact 15 km south-west of area 1, long along 60 deg: the Monte Carlo draws points
        // in the tangent plane at the impact and measures their geodesic distance to the centre.
        final LocalFrame area = new LocalFrame(Math.toRadians(PLACES[1][0]), Math.toRadians(PLACES[1][1]), 0.0);
        final double[] ecef = new double[3];
        area.enuToEcef(-15_000.0 / Math.sqrt(2.0), -15_000.0 / Math.sqrt(2.0), 0.0, ecef);
        final double[] geodetic = new double[3];
        Geodetic.fromEcef(ecef[0], ecef[1], ecef[2], geodetic);
        final double[] c = ImpactEllipseTest.covariance(25_000.0, 6_000.0, Math.toRadians(60.0));
        final ImpactEstimate estimate = impact(Math.toDegrees(geodetic[Geodetic.LATITUDE]),
            Math.toDegrees(geodetic[Geodetic.LONGITUDE]), c[0], c[1], c[2], T0);
        warnings.evaluate(2, estimate, sink);
        assertThat(events).hasSize(1);
        final double reported = events.get(0).probability();
        final LocalFrame at = new LocalFrame(estimate.latitudeRad(), estimate.longitudeRad(), 0.0);
        final SplittableRandom random = new SplittableRandom(5L);
        final int samples = 100_000;
        final double bearing = Math.toRadians(60.0);
        int inside = 0;
        for (int i = 0; i < samples; i++) {
            final double major = 25_000.0 * random.nextGaussian();
            final double minor = 6_000.0 * random.nextGaussian();
            at.enuToEcef(major * Math.sin(bearing) + minor * Math.cos(bearing),
                major * Math.cos(bearing) - minor * Math.sin(bearing), 0.0, ecef);
            Geodetic.fromEcef(ecef[0], ecef[1], ecef[2], geodetic);
            if (Geodesic.distance(geodetic[Geodetic.LATITUDE], geodetic[Geodetic.LONGITUDE], area.latitudeRad(),
                area.longitudeRad()) <= RADIUS_M) {
                inside++;
            }
        }
        final double fraction = (double) inside / samples;
        final double se = Math.sqrt(fraction * (1.0 - fraction) / samples);
        Measured.report("area warning probability, offset elliptical impact: reported", reported);
        Measured.report("area warning probability, offset elliptical impact: Monte Carlo on the surface", fraction);
        assertThat(reported).isGreaterThan(RAISE);
        assertThat(Math.abs(reported - fraction)).isLessThan(4.0 * se);
        assertThat(events.get(0).area()).isEqualTo(1);
    }

    @Test
    void updatesOnlyOnAMaterialChangeOfProbabilityOrImpactTime() {
        final long impactNanos = T0 + 300 * SECOND;
        warnings.evaluate(0, onArea(0, 0.40, impactNanos), sink);
        assertThat(states()).containsExactly(WarningState.RAISED);
        events.clear();
        // Drifting by less than 0.05 from the last event's 0.40, in steps: no event, until
        // the drift from 0.40 reaches 0.05.
        warnings.evaluate(0, onArea(0, 0.42, impactNanos), sink);
        warnings.evaluate(0, onArea(0, 0.44, impactNanos), sink);
        warnings.evaluate(0, onArea(0, 0.36, impactNanos), sink);
        assertThat(events).isEmpty();
        warnings.evaluate(0, onArea(0, 0.46, impactNanos), sink);
        assertThat(states()).containsExactly(WarningState.UPDATED);
        assertThat(events.get(0).probability()).isCloseTo(0.46, within(PROBABILITY_TOLERANCE));
        events.clear();
        // Now measured from 0.46.
        warnings.evaluate(0, onArea(0, 0.50, impactNanos), sink);
        warnings.evaluate(0, onArea(0, 0.42, impactNanos), sink);
        assertThat(events).isEmpty();
        warnings.evaluate(0, onArea(0, 0.40, impactNanos), sink);
        assertThat(states()).containsExactly(WarningState.UPDATED);
        events.clear();
        // The impact time: 4.999 s is not material, 5 s is, either way.
        warnings.evaluate(0, onArea(0, 0.40, impactNanos + 4_999_000_000L), sink);
        assertThat(events).isEmpty();
        warnings.evaluate(0, onArea(0, 0.40, impactNanos + 5 * SECOND), sink);
        assertThat(states()).containsExactly(WarningState.UPDATED);
        assertThat(events.get(0).impactNanos()).isEqualTo(impactNanos + 5 * SECOND);
        events.clear();
        warnings.evaluate(0, onArea(0, 0.40, impactNanos), sink);
        assertThat(states()).containsExactly(WarningState.UPDATED);
        assertThat(events.get(0).impactNanos()).isEqualTo(impactNanos);
    }

    @Test
    void hysteresisKeepsTheWarningBetweenTheThresholdsAndClearsBelowTheLower() {
        final long impactNanos = T0 + 300 * SECOND;
        warnings.evaluate(3, onArea(2, 0.35, impactNanos), sink);
        assertThat(states()).containsExactly(WarningState.RAISED);
        events.clear();
        // Between clear (0.1) and raise (0.3): still raised, with UPDATED events only.
        for (final double p : new double[] {0.28, 0.2, 0.12, 0.11}) {
            warnings.evaluate(3, onArea(2, p, impactNanos), sink);
        }
        assertThat(events).extracting(Event::state).doesNotContain(WarningState.CLEARED, WarningState.RAISED);
        events.clear();
        warnings.evaluate(3, onArea(2, 0.09, impactNanos), sink);
        assertThat(states()).containsExactly(WarningState.CLEARED);
        assertThat(events.get(0).area()).isEqualTo(2);
        assertThat(events.get(0).slot()).isEqualTo(3);
        assertThat(events.get(0).probability()).isCloseTo(0.09, within(PROBABILITY_TOLERANCE));
        events.clear();
        // Cleared: back between the thresholds nothing happens; it takes the raise threshold.
        warnings.evaluate(3, onArea(2, 0.2, impactNanos), sink);
        warnings.evaluate(3, onArea(2, 0.05, impactNanos), sink);
        warnings.evaluate(3, onArea(2, 0.29, impactNanos), sink);
        assertThat(events).isEmpty();
        warnings.evaluate(3, onArea(2, 0.30001, impactNanos), sink);
        assertThat(states()).containsExactly(WarningState.RAISED);
    }

    @Test
    void expireClearsOnlyWarningsWhoseImpactTimeHasPassed() {
        final long early = T0 + 100 * SECOND;
        final long late = T0 + 400 * SECOND;
        warnings.evaluate(0, onArea(0, 0.5, early), sink);
        warnings.evaluate(1, onArea(0, 0.5, late), sink);
        assertThat(states()).containsExactly(WarningState.RAISED, WarningState.RAISED);
        events.clear();
        warnings.expire(0, early - 1, sink);
        warnings.expire(0, early, sink);
        assertThat(events).isEmpty();
        warnings.expire(0, early + 1, sink);
        assertThat(events).containsExactly(new Event(0, 0, WarningState.CLEARED, events.get(0).probability(), early));
        events.clear();
        warnings.expire(0, late + SECOND, sink);
        // Slot 1 is untouched by slot 0's expiry, and expires on its own time.
        warnings.expire(1, early + SECOND, sink);
        assertThat(events).isEmpty();
        warnings.expire(1, late + 1, sink);
        assertThat(events).extracting(Event::slot, Event::state).containsExactly(
            tuple(1, WarningState.CLEARED));
    }

    @Test
    void expiryGoesByTheLatestPredictionNotByTheLastEvent() {
        final long first = T0 + 100 * SECOND;
        warnings.evaluate(0, onArea(0, 0.5, first), sink);
        // 3 s later: not a material change, no event, but the object lands later.
        warnings.evaluate(0, onArea(0, 0.5, first + 3 * SECOND), sink);
        assertThat(states()).containsExactly(WarningState.RAISED);
        events.clear();
        warnings.expire(0, first + SECOND, sink);
        assertThat(events).isEmpty();
        warnings.expire(0, first + 4 * SECOND, sink);
        assertThat(states()).containsExactly(WarningState.CLEARED);
    }

    @Test
    void clearTrackClearsThatTracksRaisedWarningsAndNothingElse() {
        final long impactNanos = T0 + 300 * SECOND;
        // Area 1 moved onto area 0's centre, twice as wide: an impact there raises both.
        warnings.set(1, Math.toRadians(PLACES[0][0]), Math.toRadians(PLACES[0][1]), 2.0 * RADIUS_M, sink);
        warnings.evaluate(0, onArea(0, 0.6, impactNanos), sink);
        warnings.evaluate(2, onArea(0, 0.6, impactNanos), sink);
        assertThat(events).extracting(Event::area, Event::slot, Event::state).containsExactlyInAnyOrder(
            tuple(0, 0, WarningState.RAISED), tuple(1, 0, WarningState.RAISED),
            tuple(0, 2, WarningState.RAISED), tuple(1, 2, WarningState.RAISED));
        events.clear();
        warnings.clearTrack(0, sink);
        assertThat(events).extracting(Event::area, Event::slot, Event::state).containsExactlyInAnyOrder(
            tuple(0, 0, WarningState.CLEARED),
            tuple(1, 0, WarningState.CLEARED));
        events.clear();
        warnings.clearTrack(0, sink);
        warnings.clearTrack(1, sink);
        assertThat(events).isEmpty();
        // Slot 2 is still raised in both. Area 0's probability moves from 0.6 to 0.9, an update;
        // the wider area 1's only from 0.974 to 0.9999, which is not material.
        warnings.evaluate(2, onArea(0, 0.9, impactNanos), sink);
        assertThat(events).extracting(Event::area, Event::slot, Event::state).containsExactly(
            tuple(0, 2, WarningState.UPDATED));
        events.clear();
        // Slot 0 starts afresh.
        warnings.evaluate(0, onArea(0, 0.6, impactNanos), sink);
        assertThat(states()).containsExactly(WarningState.RAISED, WarningState.RAISED);
    }

    @Test
    void switchingAnAreaOffClearsItsWarningsAndSilencesIt() {
        final long impactNanos = T0 + 300 * SECOND;
        warnings.evaluate(0, onArea(0, 0.6, impactNanos), sink);
        warnings.evaluate(2, onArea(0, 0.6, impactNanos), sink);
        warnings.evaluate(1, onArea(1, 0.6, impactNanos), sink);
        events.clear();
        warnings.set(0, Math.toRadians(PLACES[0][0]), Math.toRadians(PLACES[0][1]), 0.0, sink);
        assertThat(events).extracting(Event::area, Event::slot, Event::state).containsExactlyInAnyOrder(
            tuple(0, 0, WarningState.CLEARED),
            tuple(0, 2, WarningState.CLEARED));
        assertThat(warnings.radiusM(0)).isZero();
        events.clear();
        warnings.evaluate(0, onArea(0, 0.99, impactNanos), sink);
        assertThat(events).isEmpty();
        // Area 1's warning is still raised.
        warnings.evaluate(1, onArea(1, 0.05, impactNanos), sink);
        assertThat(events).extracting(Event::area, Event::state).containsExactly(
            tuple(1, WarningState.CLEARED));
        events.clear();
        // Switched on again, it warns again.
        warnings.set(0, Math.toRadians(PLACES[0][0]), Math.toRadians(PLACES[0][1]), RADIUS_M, sink);
        assertThat(events).isEmpty();
        assertThat(warnings.latitudeRad(0)).isEqualTo(Math.toRadians(PLACES[0][0]));
        assertThat(warnings.longitudeRad(0)).isEqualTo(Math.toRadians(PLACES[0][1]));
        warnings.evaluate(0, onArea(0, 0.99, impactNanos), sink);
        assertThat(states()).containsExactly(WarningState.RAISED);
    }

    @Test
    void validRejectsABadIndexLatitudeLongitudeOrRadius() {
        final double lat = Math.toRadians(37.5);
        final double lon = Math.toRadians(127.0);
        assertThat(warnings.areas()).isEqualTo(3);
        assertThat(AreaWarnings.valid(0, PLACES.length, lat, lon, 1_000.0)).isTrue();
        assertThat(AreaWarnings.valid(2, PLACES.length, 0.5 * Math.PI, lon, 0.0)).isTrue();
        assertThat(AreaWarnings.valid(1, PLACES.length, -0.5 * Math.PI, -3.0 * Math.PI, 1_000.0)).isTrue();
        assertThat(AreaWarnings.valid(-1, PLACES.length, lat, lon, 1_000.0)).isFalse();
        assertThat(AreaWarnings.valid(3, PLACES.length, lat, lon, 1_000.0)).isFalse();
        assertThat(AreaWarnings.valid(0, PLACES.length, Math.nextUp(0.5 * Math.PI), lon, 1_000.0)).isFalse();
        assertThat(AreaWarnings.valid(0, PLACES.length, Math.nextDown(-0.5 * Math.PI), lon, 1_000.0)).isFalse();
        assertThat(AreaWarnings.valid(0, PLACES.length, Double.NaN, lon, 1_000.0)).isFalse();
        assertThat(AreaWarnings.valid(0, PLACES.length, lat, Double.NaN, 1_000.0)).isFalse();
        assertThat(AreaWarnings.valid(0, PLACES.length, lat, Double.POSITIVE_INFINITY, 1_000.0)).isFalse();
        assertThat(AreaWarnings.valid(0, PLACES.length, lat, Double.NEGATIVE_INFINITY, 1_000.0)).isFalse();
        assertThat(AreaWarnings.valid(0, PLACES.length, lat, lon, -1e-9)).isFalse();
        assertThat(AreaWarnings.valid(0, PLACES.length, lat, lon, Double.NaN)).isFalse();
        assertThat(AreaWarnings.valid(0, PLACES.length, lat, lon, Double.POSITIVE_INFINITY)).isFalse();
    }

    @Test
    void rejectsThresholdsOutOfOrderOrRange() {
        final double[][] bad = {{0.0, 0.0}, {0.3, 0.3}, {0.3, 0.5}, {1.1, 0.1}, {0.3, -0.1}, {Double.NaN, 0.1},
            {0.3, Double.NaN}};
        for (final double[] t : bad) {
            assertThatThrownBy(() -> new AreaWarnings(1, 1, t[0], t[1])).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(new AreaWarnings(1, 1, 1.0, 0.0).areas()).isEqualTo(1);
    }

    @Test
    void anAreaFarFromTheImpactNeverRaises() {
        // Impacts spread widely (sigma 100 km) around area 0, over a range of times: area 2,
        // 1,150 km away, never warns, while area 0 does.
        for (int k = 0; k < 20; k++) {
            final double sigma = 5_000.0 + 5_000.0 * k;
            warnings.evaluate(0, impact(PLACES[0][0], PLACES[0][1], sigma * sigma, 0.0, sigma * sigma,
                T0 + k * 10 * SECOND), sink);
        }
        assertThat(events).extracting(Event::area).contains(0).doesNotContain(2);
    }

    @Test
    void anAreaOnTheFarSideOfTheEarthNeverRaises() {
        final AreaWarnings farSide = new AreaWarnings(1, 1, RAISE, CLEAR);
        // Antipode of (0 N, 100 E): (0 N, 80 W).
        farSide.set(0, 0.0, Math.toRadians(-80.0), RADIUS_M, sink);
        farSide.evaluate(0, impact(0.0, 100.0, 1e8, 0.0, 1e8, T0), sink);
        assertThat(events).isEmpty();
    }

    private List<WarningState> states() {
        return events.stream().map(Event::state).toList();
    }

    /** An impact on an area's centre with the circular Gaussian that puts probability p inside it. */
    private static ImpactEstimate onArea(final int area, final double p, final long impactNanos) {
        final double sigma = RADIUS_M / Math.sqrt(-2.0 * Math.log1p(-p));
        return impact(PLACES[area][0], PLACES[area][1], sigma * sigma, 0.0, sigma * sigma, impactNanos);
    }

    /** An impact on the ellipsoid at a place, with an east/north covariance (m^2). */
    private static ImpactEstimate impact(final double latDeg, final double lonDeg, final double ee, final double en,
        final double nn, final long impactNanos) {
        final double lat = Math.toRadians(latDeg);
        final double lon = Math.toRadians(lonDeg);
        final double[] ecef = new double[3];
        Geodetic.toEcef(lat, lon, 0.0, ecef);
        final ImpactEstimate estimate = new ImpactEstimate();
        estimate.set(impactNanos, lat, lon, ecef[0], ecef[1], ecef[2], ee, en, nn, 1.0);
        assertThat(estimate.valid()).isTrue();
        return estimate;
    }
}
