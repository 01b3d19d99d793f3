package io.vigil.fusion.samples.accuracy;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Writes a {@link ReentryResult} as Markdown: a table of the filters that know beta against
 * the bound (with the ln beta UKF's RMSE alongside), the 95 % bounds of the average NEES, and
 * a table of the filters that do not know beta.
 */
final class ReentryTable {

    private ReentryTable() {
    }

    /**
     * Writes the tables.
     *
     * @param result the benchmark's result
     * @param everyScans print every this many scans (1 = every 2 s), and always the last
     * @param out where to write
     */
    static void write(final ReentryResult result, final int everyScans, final PrintWriter out) {
        final int ekf = result.tracker(ReentryBenchmark.EKF);
        final int ukf = result.tracker(ReentryBenchmark.UKF);
        final int ekfBeta = result.tracker(ReentryBenchmark.EKF_LOG_BETA);
        final int ukfBeta = result.tracker(ReentryBenchmark.UKF_LOG_BETA);
        final int imm = result.tracker(ReentryBenchmark.IMM);

        out.printf(Locale.ROOT, "Re-entry benchmark (Farina, Ristic and Benvenuti 2002): seed %d, %d filter runs, "
            + "%d true trajectories for the bound.%n%n", result.seed(), result.runs(), result.boundTrajectories());
        out.println("Beta known (40,000 kg m^-1 s^-2); position RMSE against the PCRLB; "
            + "last column: the UKF that estimates ln beta.");
        out.println();
        out.println("| t (s) | PCRLB pos (m) | EKF RMSE (m) | UKF RMSE (m) | EKF/bound | UKF/bound "
            + "| EKF avg NEES | UKF avg NEES | UKF ln beta RMSE (m) |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int k = 0; k < result.scans(); k++) {
            if (!printed(k, everyScans, result.scans())) {
                continue;
            }
            final double bound = result.positionBound(k);
            out.printf(Locale.ROOT, "| %.0f | %.1f | %.1f | %.1f | %.3f | %.3f | %.2f | %.2f | %.1f |%n",
                result.timeSeconds(k), bound, result.positionRmse(ekf, k), result.positionRmse(ukf, k),
                result.positionRmse(ekf, k) / bound, result.positionRmse(ukf, k) / bound,
                result.averageNees(ekf, k), result.averageNees(ukf, k), result.positionRmse(ukfBeta, k));
        }
        out.println();
        out.printf(Locale.ROOT, "95 %% bounds of one scan's average NEES (chi-square, 4 x %d dof, / %d): "
            + "[%.3f, %.3f].%n", result.runs(), result.runs(), result.neesLower(), result.neesUpper());
        out.println();
        out.println("Beta unknown: RMSE, RMSE / PCRLB (beta known), average NEES of the 4 kinematic states, "
            + "and RMS error of ln beta (about the relative error of beta).");
        out.println();
        out.println("| t (s) | EKF ln beta RMSE (m) | /bound | NEES | ln beta err "
            + "| UKF ln beta RMSE (m) | /bound | NEES | ln beta err "
            + "| IMM RMSE (m) | /bound | NEES | ln beta err |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int k = 0; k < result.scans(); k++) {
            if (!printed(k, everyScans, result.scans())) {
                continue;
            }
            out.printf(Locale.ROOT, "| %.0f", result.timeSeconds(k));
            for (final int t : new int[] {ekfBeta, ukfBeta, imm}) {
                out.printf(Locale.ROOT, " | %.1f | %.2f | %.2f | %.3f", result.positionRmse(t, k),
                    result.positionRmse(t, k) / result.positionBound(k), result.averageNees(t, k),
                    result.logBetaRmse(t, k));
            }
            out.println(" |");
        }
        out.println();
        final StringBuilder failures = new StringBuilder();
        for (int t = 0; t < result.trackers().size(); t++) {
            if (result.failures(t) > 0) {
                failures.append(failures.length() == 0 ? "" : ", ").append(result.trackers().get(t))
                    .append(' ').append(result.failures(t));
            }
        }
        out.println("Runs dropped because a filter broke down: " + (failures.length() == 0 ? "none" : failures) + ".");
        out.flush();
    }

    private static boolean printed(final int scan, final int everyScans, final int scans) {
        return scan % everyScans == 0 || scan == scans - 1;
    }
}
