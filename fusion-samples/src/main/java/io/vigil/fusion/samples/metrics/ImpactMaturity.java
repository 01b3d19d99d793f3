package io.vigil.fusion.samples.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Impact and launch accuracy by how long the object had been seen when the prediction was
 * made: for each bin of time since the object's first detection (its first plot, any
 * sensor), the median miss distance, the median 95 % ellipse semi-major axis, the median
 * error of the impact time, the share of true impacts inside the ellipse, and the median
 * launch miss. Medians, not means: a few predictions of a track following the wrong member of
 * a group miss by hundreds of kilometres and would decide a mean.
 */
public final class ImpactMaturity {

    /** Bin edges, seconds since first detection: the last bin is open. */
    static final List<Double> EDGES_S = List.of(0.0, 30.0, 60.0, 120.0, 300.0, 600.0);

    /** One bin's figures (NaN where the bin has no record). */
    public record Bin(String label, int records, double medianMissM, double medianSemiMajorM,
        double medianTimeErrorS, double insideEllipseRate, double medianLaunchMissM) {

        /** The figures of a group of records, under a label. */
        static Bin of(final String label, final List<ImpactAssessment> in) {
            return new Bin(label, in.size(),
                median(in.stream().mapToDouble(ImpactAssessment::impactMissM).toArray()),
                median(in.stream().mapToDouble(a -> a.impactEllipse().semiMajorM()).toArray()),
                median(in.stream().mapToDouble(a -> Math.abs(a.impactTimeErrorS())).toArray()),
                insideRate(in, true),
                median(in.stream().mapToDouble(ImpactAssessment::launchMissM).toArray()));
        }
    }

    private final List<Bin> bins = new ArrayList<>();

    /**
     * Bins the scored impact records.
     *
     * @param assessments the records scored against their objects' truth
     * @param firstDetectionNanos per object id, its first plot's time (objects absent here are left out)
     */
    public ImpactMaturity(final Collection<ImpactAssessment> assessments, final Map<String, Long> firstDetectionNanos) {
        final ContainmentBins edges = new ContainmentBins(EDGES_S);
        for (int b = 0; b < edges.bins(); b++) {
            final List<ImpactAssessment> in = new ArrayList<>();
            for (final ImpactAssessment a : assessments) {
                final Long first = firstDetectionNanos.get(a.objectId());
                if (first == null || a.timeToGoS() < 0.0) {
                    continue;
                }
                final double since = (a.timeNanos() - first) * 1e-9;
                if (since >= edges.lowerS(b) && since < edges.upperS(b)) {
                    in.add(a);
                }
            }
            bins.add(Bin.of(edges.label(b), in));
        }
    }

    /**
     * Returns the bins, earliest first.
     *
     * @return the bins
     */
    public List<Bin> bins() {
        return List.copyOf(bins);
    }

    /**
     * The share of the judged records whose truth is inside the 95 % ellipse (or the CEP50
     * circle), NaN if none is judged.
     */
    static double insideRate(final List<ImpactAssessment> records, final boolean ellipse) {
        int judged = 0;
        int inside = 0;
        for (final ImpactAssessment a : records) {
            final Containment c = ellipse ? a.insideImpactEllipse() : a.insideCep();
            if (c != Containment.NOT_REPORTED) {
                judged++;
                inside += c == Containment.INSIDE ? 1 : 0;
            }
        }
        return judged == 0 ? Double.NaN : (double) inside / judged;
    }

    /** The median of the finite values, NaN if there is none. */
    static double median(final double[] values) {
        final double[] finite = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        final int n = finite.length;
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? finite[n / 2] : 0.5 * (finite[n / 2 - 1] + finite[n / 2]);
    }
}
