package io.vigil.fusion.samples.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The re-entry benchmark's claims, on one fixed seed: 500 filter runs and 1,000 true
 * trajectories for the bound (about 3 s). The factors asserted below were measured on seeds
 * 1 to 10 with the same sizes; the margins are chosen so the test fails on a real
 * degradation, not on the seed.
 */
class ReentryBenchmarkTest {

    private static final int RUNS = 500;
    private static final int BOUND_TRAJECTORIES = 1000;
    private static final long SEED = 20_020_603L;
    /** Scans after the first 20 s (t = 22 ... 120 s): 50 of them. */
    private static final int FIRST_SCAN_AFTER_20_S = 11;
    /** Scans after the first 60 s (t = 62 ... 120 s). */
    private static final int FIRST_SCAN_AFTER_60_S = 31;

    private static ReentryResult result;

    @BeforeAll
    static void run() {
        result = new ReentryBenchmark(RUNS, BOUND_TRAJECTORIES, SEED).run();
    }

    @Test
    void noFilterBreaksDown() {
        for (int t = 0; t < result.trackers().size(); t++) {
            assertThat(result.failures(t)).as("runs dropped by %s", result.trackers().get(t)).isZero();
        }
    }

    @Test
    void filtersThatKnowBetaStayWithin1Point3TimesTheBoundAfter20Seconds() {
        // Measured on seeds 1-10: between 0.90 and 1.10 times the bound after 20 s (the RMSE of
        // 500 runs is itself uncertain by about 3 %). The lower limit catches a bound that
        // is not one: no estimator beats a correct bound by 15 % on 500 runs.
        for (final String name : List.of(ReentryBenchmark.EKF, ReentryBenchmark.UKF)) {
            final int t = result.tracker(name);
            for (int k = FIRST_SCAN_AFTER_20_S; k < result.scans(); k++) {
                final double ratio = result.positionRmse(t, k) / result.positionBound(k);
                assertThat(ratio).as("%s RMSE / PCRLB at t = %.0f s", name, result.timeSeconds(k))
                    .isBetween(0.85, 1.3);
            }
        }
    }

    @Test
    void filtersThatKnowBetaAreConsistent() {
        // One scan's average NEES over N independent runs is chi-square(4N) / N when the
        // filter is consistent, so it lies in [lower, upper] with probability 0.95. Scans of
        // one run are correlated (the filter remembers about ten scans), so neither the
        // pooled chi-square(4 N 50) bounds of the 50 scans (+-1.5 %, far too tight for
        // correlated samples) nor "every scan inside" (2.5 scans are expected outside even
        // when consistent, and correlated scans leave in groups) is a fair test. Two checks
        // that a consistent filter passes and a biased one fails:
        // (1) the time-average of the 50 scans' averages lies within the single-scan bounds
        //     [3.76, 4.25]. Averaging correlated scans cannot widen the spread beyond one
        //     scan's, so these bounds hold at 95 % or better whatever the correlation; a
        //     covariance 10 % too small or too large moves the average outside.
        // (2) at most 10 of the 50 scans are outside the single-scan bounds (measured: 1 to 7
        //     on seeds 1-10), which rules out a drift confined to part of the flight.
        for (final String name : List.of(ReentryBenchmark.EKF, ReentryBenchmark.UKF)) {
            final int t = result.tracker(name);
            double sum = 0.0;
            int outside = 0;
            final List<String> outsideScans = new ArrayList<>();
            for (int k = FIRST_SCAN_AFTER_20_S; k < result.scans(); k++) {
                final double nees = result.averageNees(t, k);
                sum += nees;
                if (nees < result.neesLower() || nees > result.neesUpper()) {
                    outside++;
                    outsideScans.add(String.format("t=%.0f: %.2f", result.timeSeconds(k), nees));
                }
            }
            final double timeAverage = sum / (result.scans() - FIRST_SCAN_AFTER_20_S);
            assertThat(timeAverage).as("%s time-averaged NEES after 20 s", name)
                .isBetween(result.neesLower(), result.neesUpper());
            assertThat(outside).as("%s scans outside [%.3f, %.3f]: %s", name, result.neesLower(),
                result.neesUpper(), outsideScans).isLessThanOrEqualTo(10);
        }
        assertThat(result.neesLower()).isBetween(3.75, 3.77);
        assertThat(result.neesUpper()).isBetween(4.24, 4.26);
    }

    @Test
    void filtersThatEstimateBetaComeWithinAStatedFactorOfTheBoundAfter60Seconds() {
        // Beta is unobservable in the thin air above ~50 km (drag < 0.3 m/s^2 before 50 s);
        // the filters learn it in the deceleration (60-100 s), when not knowing it costs the
        // most. Measured worst RMSE / bound after 60 s on seeds 1-10: UKF ln beta 1.77-1.94,
        // EKF ln beta 1.98-2.26, IMM over {1e4, 3e4, 5e4} 2.00-2.17; at 120 s 1.3-1.4.
        assertWithinFactorAfter60Seconds(ReentryBenchmark.UKF_LOG_BETA, 2.5);
        assertWithinFactorAfter60Seconds(ReentryBenchmark.EKF_LOG_BETA, 3.0);
        assertWithinFactorAfter60Seconds(ReentryBenchmark.IMM, 3.0);
        final int last = result.scans() - 1;
        for (final String name : List.of(ReentryBenchmark.EKF_LOG_BETA, ReentryBenchmark.UKF_LOG_BETA)) {
            final int t = result.tracker(name);
            assertThat(result.positionRmse(t, last) / result.positionBound(last)).as("%s at 120 s", name)
                .isLessThan(1.6);
            // Beta itself is learnt to about 0.5 % (ln beta RMS error 0.004-0.007 measured),
            // from a prior 0.58 in ln beta (a factor 1.8) away.
            assertThat(result.logBetaRmse(t, 0)).isGreaterThan(0.5);
            assertThat(result.logBetaRmse(t, last)).as("%s ln beta RMS error at 120 s", name).isLessThan(0.02);
        }
    }

    private static void assertWithinFactorAfter60Seconds(final String name, final double factor) {
        final int t = result.tracker(name);
        for (int k = FIRST_SCAN_AFTER_60_S; k < result.scans(); k++) {
            assertThat(result.positionRmse(t, k)).as("%s RMSE at t = %.0f s", name, result.timeSeconds(k))
                .isFinite()
                .isLessThanOrEqualTo(factor * result.positionBound(k));
        }
    }

    @Test
    void theBoundFallsFromThePriorToTensOfMetres() {
        assertThat(result.positionBound(0)).isEqualTo(1000.0 * Math.sqrt(2.0));
        for (int k = 1; k < result.scans(); k++) {
            assertThat(result.positionBound(k)).as("bound at t = %.0f s", result.timeSeconds(k)).isBetween(20.0, 130.0);
        }
    }

    @Test
    void aSeedGivesBitIdenticalResultsAndAnotherSeedOthers() {
        final ReentryResult a = new ReentryBenchmark(8, 8, 5L).run();
        final ReentryResult b = new ReentryBenchmark(8, 8, 5L).run();
        final ReentryResult c = new ReentryBenchmark(8, 8, 6L).run();
        boolean differs = false;
        for (int k = 0; k < a.scans(); k++) {
            assertThat(a.positionBound(k)).isEqualTo(b.positionBound(k));
            for (int t = 0; t < a.trackers().size(); t++) {
                assertThat(a.positionRmse(t, k)).isEqualTo(b.positionRmse(t, k));
                assertThat(a.averageNees(t, k)).isEqualTo(b.averageNees(t, k));
                differs |= a.positionRmse(t, k) != c.positionRmse(t, k);
            }
        }
        assertThat(differs).isTrue();
    }
}
