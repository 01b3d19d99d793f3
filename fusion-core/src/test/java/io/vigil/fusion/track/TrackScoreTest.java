package io.vigil.fusion.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vigil.fusion.math.ChiSquare;
import io.vigil.fusion.testing.AllocationMeter;
import io.vigil.fusion.testing.Measured;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The track score: its arithmetic in closed form, the decisions at the thresholds, and, by
 * seeded simulation of detection sequences, Wald's bound on false confirmation for tracks
 * on clutter and his expected sample number for true targets.
 */
class TrackScoreTest {

    @Test
    void scoreArithmeticMatchesTheClosedForm() {
        assertThat(TrackScore.initialScore(1e-9, 1e-8)).isCloseTo(Math.log(0.1), within(1e-14));
        // m = 2, S = diag(1, 4): det(2 pi S) = (2 pi)^2 4, NIS = 2.
        final double likelihood = Math.exp(-1.0) / Math.sqrt(Math.pow(2.0 * Math.PI, 2) * 4.0);
        assertThat(TrackScore.hitIncrement(2.0, Math.log(4.0), 2, 0.9, 1e-3))
            .isCloseTo(Math.log(0.9 * likelihood / 1e-3), within(1e-13));
        assertThat(TrackScore.missIncrement(0.9, 0.99)).isCloseTo(Math.log(1.0 - 0.891), within(1e-14));
        assertThat(TrackScore.missIncrement(0.9, 1.0)).isCloseTo(Math.log(0.1), within(1e-14));

        final TrackScore score = new TrackScore(8, 1e-3, 1e-2);
        assertThat(score.confirmThreshold()).isCloseTo(Math.log(0.99 / 1e-3), within(1e-14));
        assertThat(score.deleteThreshold()).isCloseTo(Math.log(1e-2 / 0.999), within(1e-14));
        assertThat(score.falseConfirmationProbability()).isEqualTo(1e-3);
        assertThat(score.falseDeletionProbability()).isEqualTo(1e-2);
        assertThat(score.maxTracks()).isEqualTo(8);

        final double start = TrackScore.initialScore(1e-9, 1e-8);
        assertThat(score.start(3, start)).isEqualTo(TrackVerdict.TENTATIVE);
        final double hit = TrackScore.hitIncrement(2.0, Math.log(4.0), 2, 0.9, 1e-3);
        final double miss = TrackScore.missIncrement(0.9, 0.99);
        assertThat(score.hit(3, 2.0, Math.log(4.0), 2, 0.9, 1e-3)).isEqualTo(TrackVerdict.TENTATIVE);
        assertThat(score.miss(3, 0.9, 0.99)).isEqualTo(TrackVerdict.TENTATIVE);
        assertThat(score.score(3)).isCloseTo(start + hit + miss, within(1e-12));
        assertThat(score.peak(3)).isCloseTo(start + hit, within(1e-12));
        assertThat(score.live(3)).isTrue();
        assertThat(score.confirmed(3)).isFalse();
        assertThat(score.live(2)).isFalse();
    }

    @Test
    void decidesAtTheThresholds() {
        final TrackScore score = new TrackScore(4, 0.01, 0.1);
        final double confirm = score.confirmThreshold(); // ln 90
        final double delete = score.deleteThreshold(); // ln(0.1 / 0.99)
        assertThat(score.start(0, 0.0)).isEqualTo(TrackVerdict.TENTATIVE);
        assertThat(score.update(0, confirm - 1e-9)).isEqualTo(TrackVerdict.TENTATIVE);
        assertThat(score.update(0, 1e-9)).isEqualTo(TrackVerdict.CONFIRM); // exactly T_C, up to rounding
        assertThat(score.update(0, 5.0)).isEqualTo(TrackVerdict.CONFIRMED);
        final double peak = score.peak(0);
        assertThat(peak).isCloseTo(confirm + 5.0, within(1e-9));
        // A drop just short of |T_D| keeps the track, reaching it deletes; the peak does not fall.
        assertThat(score.update(0, delete + 1e-6)).isEqualTo(TrackVerdict.CONFIRMED);
        assertThat(score.peak(0)).isEqualTo(peak);
        assertThat(score.update(0, -2e-6)).isEqualTo(TrackVerdict.DELETE);
        assertThat(score.live(0)).isFalse();
        assertThat(score.confirmed(0)).isFalse();
        assertThat(score.score(0)).isNaN();
        assertThatThrownBy(() -> score.update(0, 1.0)).isInstanceOf(IllegalStateException.class);

        // A tentative track is deleted by Wald's lower boundary relative to its start.
        assertThat(score.start(1, -3.0)).isEqualTo(TrackVerdict.TENTATIVE);
        assertThat(score.update(1, delete * 0.5)).isEqualTo(TrackVerdict.TENTATIVE);
        assertThat(score.update(1, delete * 0.5)).isEqualTo(TrackVerdict.DELETE);
        // ... not relative to its peak, as a confirmed track is.
        assertThat(score.start(1, 0.0)).isEqualTo(TrackVerdict.TENTATIVE);
        assertThat(score.update(1, 2.0)).isEqualTo(TrackVerdict.TENTATIVE);
        assertThat(score.update(1, delete - 0.1)).isEqualTo(TrackVerdict.TENTATIVE); // 2.39 below its peak
        assertThat(score.update(1, -2.0)).isEqualTo(TrackVerdict.DELETE); // 2.29 + 0.1 below its start
        // Confirmed at the start, deleted by a non-finite increment, refused a non-finite start.
        assertThat(score.start(2, confirm + 1.0)).isEqualTo(TrackVerdict.CONFIRM);
        assertThat(score.update(2, Double.NaN)).isEqualTo(TrackVerdict.DELETE);
        assertThat(score.start(2, 0.0)).isEqualTo(TrackVerdict.TENTATIVE);
        assertThat(score.miss(2, 1.0, 1.0)).isEqualTo(TrackVerdict.DELETE); // a perfect sensor missed it
        assertThat(score.start(3, Double.NEGATIVE_INFINITY)).isEqualTo(TrackVerdict.DELETE);
        assertThat(score.live(3)).isFalse();
        // Released by the engine.
        score.start(3, 0.0);
        score.release(3);
        assertThat(score.live(3)).isFalse();
    }

    @Test
    void checksItsConfiguration() {
        assertThatThrownBy(() -> new TrackScore(0, 0.01, 0.01)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TrackScore(1, 0.0, 0.01)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TrackScore(1, 0.01, 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TrackScore(1, 0.6, 0.5)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * The simulated sensor: 2-D plots with S = I, a gate of P_G = 0.99 (gamma = 9.21, area
     * pi gamma), P_D = 0.8, and a Poisson number of false plots in the gate with mean lambda;
     * the track takes the false plot of least NIS.
     */
    private static final int M = 2;
    private static final double PD = 0.8;
    private static final double PG = 0.99;
    private static final double GAMMA = ChiSquare.quantile(PG, M);
    private static final double GATE_AREA = Math.PI * GAMMA;

    @Test
    void clutterTracksAreConfirmedAtMostAtWaldsRate() {
        final double alpha = 0.01;
        final double beta = 0.05;
        final SplittableRandom random = new SplittableRandom(1_947L);
        for (final double lambda : new double[] {0.3, 1.0}) {
            final double falseAlarmDensity = lambda / GATE_AREA;
            final TrackScore score = new TrackScore(1, alpha, beta);
            final int runs = 200_000;
            int confirmed = 0;
            for (int run = 0; run < runs; run++) {
                // beta_NT = beta_FA: a start score of 0, where Wald's bound is alpha / (1 - beta).
                TrackVerdict verdict = score.start(0, TrackScore.initialScore(falseAlarmDensity, falseAlarmDensity));
                while (verdict == TrackVerdict.TENTATIVE) {
                    final int plots = poisson(random, lambda);
                    if (plots == 0) {
                        verdict = score.miss(0, PD, PG);
                    } else {
                        // A false plot is uniform over the gate: NIS / gamma is uniform on [0, 1] for m = 2.
                        double nis = Double.POSITIVE_INFINITY;
                        for (int k = 0; k < plots; k++) {
                            nis = Math.min(nis, GAMMA * random.nextDouble());
                        }
                        verdict = score.hit(0, nis, 0.0, M, PD, falseAlarmDensity);
                    }
                }
                if (verdict == TrackVerdict.CONFIRM) {
                    confirmed++;
                }
                score.release(0);
            }
            final double rate = (double) confirmed / runs;
            // Ville's inequality gives alpha / (1 - beta); the test holds the rate to alpha.
            final double error = Math.sqrt(alpha * (1.0 - alpha) / runs);
            Measured.report("SPRT false-confirmation rate on clutter, lambda = " + lambda + " (alpha = 0.01)", rate);
            assertThat(rate).as("false confirmation rate at lambda %.1f", lambda).isLessThan(alpha + 3.0 * error);
            assertThat(confirmed).as("the simulation must reach confirmations").isPositive();
        }
    }

    /**
     * Wald's expected sample number for a true target, E[N] ~ ((1 - beta) T_C + beta T_D - L(1)) / E[dL]
     * (Wald, "Sequential Analysis", 1947, neglecting the overshoot of the boundaries), with
     * E[dL] = P_D P_G (ln P_D - ln beta_FA - ln(2 pi) - E[NIS | NIS &lt;= gamma] / 2) + (1 - P_D P_G) ln(1 - P_D P_G)
     * for m = 2 (S = I), where E[NIS | NIS &lt;= gamma] = 2 - gamma e^(-gamma/2) / (1 - e^(-gamma/2)) for chi-square(2).
     * The overshoot makes the true mean larger, by at most the largest increment / E[dL]. Wald's
     * identity E[L_N - L(1)] = E[N] E[dL] holds exactly and is checked too.
     */
    @Test
    void trueTargetsConfirmInWaldsExpectedNumberOfScans() {
        final double alpha = 1e-4;
        final double beta = 0.01;
        final double falseAlarmDensity = 0.3 / GATE_AREA;
        final TrackScore score = new TrackScore(1, alpha, beta);
        final SplittableRandom random = new SplittableRandom(1_945L);
        final double hitWithin = PD * PG;
        final double conditionalNis = 2.0 - GAMMA * Math.exp(-GAMMA / 2.0) / (1.0 - Math.exp(-GAMMA / 2.0));
        final double meanHit = Math.log(PD) - Math.log(falseAlarmDensity) - Math.log(2.0 * Math.PI) - conditionalNis / 2.0;
        final double meanIncrement = hitWithin * meanHit + (1.0 - hitWithin) * Math.log(1.0 - hitWithin);
        final double largestIncrement = Math.log(PD) - Math.log(falseAlarmDensity) - Math.log(2.0 * Math.PI);
        final double wald = ((1.0 - beta) * score.confirmThreshold() + beta * score.deleteThreshold()) / meanIncrement;

        final int runs = 100_000;
        long scans = 0;
        double identitySum = 0.0;
        double identitySquares = 0.0;
        int deleted = 0;
        for (int run = 0; run < runs; run++) {
            TrackVerdict verdict = score.start(0, 0.0);
            int n = 0;
            double last = 0.0;
            while (verdict == TrackVerdict.TENTATIVE) {
                n++;
                final double nis = -2.0 * Math.log(1.0 - random.nextDouble()); // chi-square(2)
                if (random.nextDouble() < PD && nis <= GAMMA) {
                    last = score.score(0) + TrackScore.hitIncrement(nis, 0.0, M, PD, falseAlarmDensity);
                    verdict = score.hit(0, nis, 0.0, M, PD, falseAlarmDensity);
                } else {
                    last = score.score(0) + TrackScore.missIncrement(PD, PG);
                    verdict = score.miss(0, PD, PG);
                }
            }
            scans += n;
            // Wald's identity: L_N - L(1) - N E[dL] has mean zero.
            final double residual = last - n * meanIncrement;
            identitySum += residual;
            identitySquares += residual * residual;
            if (verdict == TrackVerdict.DELETE) {
                deleted++;
            }
            score.release(0);
        }
        final double meanScans = (double) scans / runs;
        Measured.report("SPRT mean scans to confirm a true target", meanScans);
        Measured.report("Wald's expected sample number", wald);
        Measured.report("SPRT deletion rate of true targets (beta = 0.01)", (double) deleted / runs);
        assertThat(meanScans).isBetween(wald, wald + largestIncrement / meanIncrement);
        // Wald's identity, to Monte Carlo accuracy (four standard errors).
        final double meanResidual = identitySum / runs;
        final double standardError = Math.sqrt((identitySquares / runs - meanResidual * meanResidual) / runs);
        assertThat(meanResidual).isCloseTo(0.0, within(4.0 * standardError));
    }

    @Test
    void allocatesNothingPerUpdate() {
        final TrackScore score = new TrackScore(64, 1e-4, 1e-2);
        final int[] next = {0};
        final Runnable work = () -> {
            final int slot = next[0]++ & 63;
            if (!score.live(slot)) {
                score.start(slot, TrackScore.initialScore(1e-9, 1e-8));
            } else if ((next[0] & 3) == 0) {
                score.miss(slot, 0.9, 0.99);
            } else {
                score.hit(slot, 1.5, 3.0, 3, 0.9, 1e-6);
            }
        };
        assertThat(AllocationMeter.bytesAllocated(work, 20_000, 100_000)).isZero();
    }

    /** Knuth's multiplication method: fine for the small means used here. */
    private static int poisson(final SplittableRandom random, final double mean) {
        final double limit = Math.exp(-mean);
        int k = 0;
        double product = random.nextDouble();
        while (product > limit) {
            k++;
            product *= random.nextDouble();
        }
        return k;
    }
}
