package io.vigil.fusion.track;

/**
 * Track confirmation and deletion by the log-likelihood ratio track score and Wald's
 * sequential probability ratio test (SPRT), for every track slot at once: the state is
 * primitive arrays indexed by slot (score, peak, start score, flags), preallocated for the
 * table's capacity, so the engine keeps it without an object per track.
 *
 * <p><b>Score</b> (Blackman and Popoli, "Design and Analysis of Modern Tracking Systems",
 * Artech House, 1999, ch. 6; Blackman, "Multiple hypothesis tracking for multiple target
 * tracking", IEEE Aerospace and Electronic Systems Magazine 19(1), 5-18, 2004). L is the
 * natural logarithm of the ratio of the probabilities that the track's plots come from a
 * target and that they are false:
 * <ul>
 *   <li>start: L(1) = ln(beta_NT / beta_FA) ({@link #initialScore}), with beta_NT the
 *       spatial density of new targets' plots (new targets per unit volume times their
 *       detection probability) and beta_FA that of false plots, per unit volume of the
 *       initiating plot's measurement space;</li>
 *   <li>hit: L += ln P_D - ln beta_FA - NIS / 2 - ln sqrt(det(2 pi S))
 *       = ln(P_D N(y; 0, S) / beta_FA) ({@link #hitIncrement}), for an innovation y of
 *       dimension m with covariance S and NIS = y^T S^-1 y, beta_FA per unit volume of the
 *       plot's measurement space (the units of sqrt(det S));</li>
 *   <li>miss (a scan of a sensor that should have seen the track gave it no plot):
 *       L += ln(1 - P_D P_G) ({@link #missIncrement}), P_G the gate probability
 *       (ln(1 - P_D) when there is no gate).</li>
 * </ul>
 *
 * <p><b>Decisions</b> (Wald, "Sequential Analysis", Wiley, 1947), with alpha the probability
 * of confirming a false track and beta that of deleting a true one:
 * <ul>
 *   <li>a tentative track is confirmed when L &gt;= T_C = ln((1 - beta) / alpha);</li>
 *   <li>a tentative track is deleted when L - L(1) &lt;= T_D = ln(beta / (1 - alpha)):
 *       Wald's lower boundary, relative to the start score;</li>
 *   <li>a confirmed track is deleted when L - L_max &lt;= T_D, L_max the highest score it
 *       has had: Blackman and Popoli's track-score drop, so a long-lived track is deleted
 *       after the same loss of evidence as a young one. The score is not capped.</li>
 * </ul>
 * Why not the drop from the peak for tentative tracks too: it is no longer Wald's test, and
 * a run of misses after an early lucky peak then deletes true targets far more often (in
 * this class's test, P_D = 0.8, beta = 1 %: 10 % of true targets deleted before
 * confirmation with the drop from the peak, 2.4 % with the boundary relative to the start;
 * Wald's beta is itself approximate here, because a miss moves the score by
 * ln(1 - P_D P_G) = -1.6, a large step that overshoots the boundary).
 * The score L includes the prior odds L(1). For a false track the likelihood ratio of each
 * scan has expectation at most 1 (a hit on a false plot spread over the gate with density
 * beta_FA contributes P_D P_G, a miss at most 1 - P_D P_G), so exp(L - L(1)) is a
 * non-negative supermartingale and, by Ville's inequality, the probability of ever
 * confirming it is at most exp(L(1) - T_C) = exp(L(1)) alpha / (1 - beta): at most
 * alpha / (1 - beta) whenever beta_NT &lt;= beta_FA (the taken false plot being the best of
 * several only lowers the expectation further). A test checks the rate against alpha itself,
 * and Wald's expected number of scans to confirm a true target,
 * E[N] ~ ((1 - beta) (T_C - L(1)) + beta T_D) / E[Delta L], by simulation.
 *
 * <p>Densities and probabilities are arguments of each call, because they belong to the
 * sensor of the plot; the engine can keep their logarithms per sensor and call
 * {@link #update} with increments it computes itself. Fusion thread only; allocation-free.
 */
public final class TrackScore {

    private static final double LOG_TWO_PI = StrictMath.log(2.0 * Math.PI);

    private final double[] score;
    private final double[] peak;
    private final double[] initial;
    private final boolean[] live;
    private final boolean[] confirmed;
    private final double confirmThreshold;
    private final double deleteThreshold;
    private final double falseConfirmation;
    private final double falseDeletion;

    /**
     * Creates the score of every track slot.
     *
     * @param maxTracks the number of track slots, &gt;= 1
     * @param falseConfirmationProbability alpha, the probability of confirming a false
     *     track, in (0, 1)
     * @param falseDeletionProbability beta, the probability of deleting a true track, in
     *     (0, 1), with alpha + beta &lt; 1
     * @throws IllegalArgumentException if a value is out of range
     */
    public TrackScore(final int maxTracks, final double falseConfirmationProbability,
        final double falseDeletionProbability) {
        if (maxTracks < 1) {
            throw new IllegalArgumentException("track slots must be >= 1, got " + maxTracks);
        }
        final double alpha = falseConfirmationProbability;
        final double beta = falseDeletionProbability;
        if (!(alpha > 0.0 && alpha < 1.0 && beta > 0.0 && beta < 1.0 && alpha + beta < 1.0)) {
            throw new IllegalArgumentException("false confirmation and deletion probabilities must be in (0, 1) with"
                + " a sum below 1, got " + alpha + " and " + beta);
        }
        this.score = new double[maxTracks];
        this.peak = new double[maxTracks];
        this.initial = new double[maxTracks];
        this.live = new boolean[maxTracks];
        this.confirmed = new boolean[maxTracks];
        this.falseConfirmation = alpha;
        this.falseDeletion = beta;
        this.confirmThreshold = StrictMath.log((1.0 - beta) / alpha);
        this.deleteThreshold = StrictMath.log(beta / (1.0 - alpha));
    }

    /**
     * The score of a track started by one plot: ln(beta_NT / beta_FA).
     *
     * @param newTargetDensity beta_NT, new targets' plots per unit volume of the plot's
     *     measurement space, &gt; 0
     * @param falseAlarmDensity beta_FA, false plots per unit volume of the same space, &gt; 0
     * @return L(1), dimensionless
     */
    public static double initialScore(final double newTargetDensity, final double falseAlarmDensity) {
        return StrictMath.log(newTargetDensity) - StrictMath.log(falseAlarmDensity);
    }

    /**
     * The score increment of a hit: ln P_D - ln beta_FA - NIS / 2 - (ln det S) / 2 - (m / 2) ln(2 pi).
     *
     * @param nis the plot's normalised innovation squared against the predicted track
     * @param logDetS ln det S, S the innovation covariance in the measurement's units
     * @param measurementDimension m
     * @param detectionProbability P_D of the plot's sensor, in (0, 1]
     * @param falseAlarmDensity beta_FA of the plot's sensor, per unit volume of its
     *     measurement space (the units of sqrt(det S)), &gt; 0
     * @return the increment, dimensionless
     */
    public static double hitIncrement(final double nis, final double logDetS, final int measurementDimension,
        final double detectionProbability, final double falseAlarmDensity) {
        return StrictMath.log(detectionProbability) - StrictMath.log(falseAlarmDensity)
            - 0.5 * (nis + logDetS + measurementDimension * LOG_TWO_PI);
    }

    /**
     * The score increment of a miss: ln(1 - P_D P_G).
     *
     * @param detectionProbability P_D of the sensor that missed, in (0, 1]
     * @param gateProbability P_G, in (0, 1], with P_D P_G &lt; 1
     * @return the increment, dimensionless, &lt; 0
     */
    public static double missIncrement(final double detectionProbability, final double gateProbability) {
        return StrictMath.log1p(-detectionProbability * gateProbability);
    }

    /**
     * Starts the score of a new track in a slot.
     *
     * @param slot the track's slot
     * @param initialScore L(1), for example {@link #initialScore}, plus the increments of any
     *     further plots the track was initiated from
     * @return CONFIRM if the start score already reaches T_C, DELETE if it is not finite
     *     (the slot is then released), else TENTATIVE
     */
    public TrackVerdict start(final int slot, final double initialScore) {
        if (Double.isNaN(initialScore) || Double.isInfinite(initialScore)) {
            release(slot);
            return TrackVerdict.DELETE;
        }
        score[slot] = initialScore;
        peak[slot] = initialScore;
        initial[slot] = initialScore;
        live[slot] = true;
        confirmed[slot] = false;
        if (initialScore >= confirmThreshold) {
            confirmed[slot] = true;
            return TrackVerdict.CONFIRM;
        }
        return TrackVerdict.TENTATIVE;
    }

    /**
     * Adds an increment to a track's score and decides.
     *
     * @param slot the track's slot, started and not deleted
     * @param increment the score increment ({@link #hitIncrement}, {@link #missIncrement}, or
     *     the engine's own from cached logarithms); one that is NaN or infinite deletes the
     *     track (a miss by a sensor with P_D P_G = 1 is -infinity: the track cannot be true)
     * @return DELETE (the slot is released), CONFIRM, CONFIRMED or TENTATIVE
     * @throws IllegalStateException if the slot holds no started score
     */
    public TrackVerdict update(final int slot, final double increment) {
        if (!live[slot]) {
            throw new IllegalStateException("track slot " + slot + " has no score: start() it first");
        }
        final double next = score[slot] + increment;
        score[slot] = next;
        if (next > peak[slot]) {
            peak[slot] = next;
        }
        final double reference = confirmed[slot] ? peak[slot] : initial[slot];
        if (!Double.isFinite(next) || next - reference <= deleteThreshold) {
            release(slot);
            return TrackVerdict.DELETE;
        }
        if (confirmed[slot]) {
            return TrackVerdict.CONFIRMED;
        }
        if (next >= confirmThreshold) {
            confirmed[slot] = true;
            return TrackVerdict.CONFIRM;
        }
        return TrackVerdict.TENTATIVE;
    }

    /**
     * Adds a hit's increment ({@link #hitIncrement}) and decides.
     *
     * @param slot the track's slot, started and not deleted
     * @param nis the plot's normalised innovation squared
     * @param logDetS ln det S
     * @param measurementDimension m
     * @param detectionProbability P_D of the plot's sensor
     * @param falseAlarmDensity beta_FA of the plot's sensor, per unit volume of its measurement space
     * @return as {@link #update}
     */
    public TrackVerdict hit(final int slot, final double nis, final double logDetS, final int measurementDimension,
        final double detectionProbability, final double falseAlarmDensity) {
        return update(slot, hitIncrement(nis, logDetS, measurementDimension, detectionProbability, falseAlarmDensity));
    }

    /**
     * Adds a miss's increment ({@link #missIncrement}) and decides.
     *
     * @param slot the track's slot, started and not deleted
     * @param detectionProbability P_D of the sensor that missed
     * @param gateProbability P_G
     * @return as {@link #update}
     */
    public TrackVerdict miss(final int slot, final double detectionProbability, final double gateProbability) {
        return update(slot, missIncrement(detectionProbability, gateProbability));
    }

    /**
     * Forgets a slot's score (the engine dropped the track for another reason).
     *
     * @param slot the slot
     */
    public void release(final int slot) {
        live[slot] = false;
        confirmed[slot] = false;
        score[slot] = Double.NaN;
        peak[slot] = Double.NaN;
        initial[slot] = Double.NaN;
    }

    /**
     * Returns a track's score L.
     *
     * @param slot the slot
     * @return L, dimensionless; NaN if the slot holds no score
     */
    public double score(final int slot) {
        return score[slot];
    }

    /**
     * Returns the highest score a track has had.
     *
     * @param slot the slot
     * @return L_max, dimensionless; NaN if the slot holds no score
     */
    public double peak(final int slot) {
        return peak[slot];
    }

    /**
     * Returns whether a slot holds a started score.
     *
     * @param slot the slot
     * @return true between {@link #start} and deletion or {@link #release}
     */
    public boolean live(final int slot) {
        return live[slot];
    }

    /**
     * Returns whether a track has been confirmed.
     *
     * @param slot the slot
     * @return true once its score has reached T_C, until it is deleted or released
     */
    public boolean confirmed(final int slot) {
        return confirmed[slot];
    }

    /**
     * Returns the confirmation threshold.
     *
     * @return T_C = ln((1 - beta) / alpha)
     */
    public double confirmThreshold() {
        return confirmThreshold;
    }

    /**
     * Returns the deletion threshold on the score's drop from its peak.
     *
     * @return T_D = ln(beta / (1 - alpha)), negative
     */
    public double deleteThreshold() {
        return deleteThreshold;
    }

    /**
     * Returns alpha.
     *
     * @return the false-confirmation probability
     */
    public double falseConfirmationProbability() {
        return falseConfirmation;
    }

    /**
     * Returns beta.
     *
     * @return the false-deletion probability
     */
    public double falseDeletionProbability() {
        return falseDeletion;
    }

    /**
     * Returns the number of track slots.
     *
     * @return maxTracks as constructed
     */
    public int maxTracks() {
        return score.length;
    }
}
