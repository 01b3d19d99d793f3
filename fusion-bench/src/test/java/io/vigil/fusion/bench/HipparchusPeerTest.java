package io.vigil.fusion.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.fusion.filter.ExtendedKalmanFilter;
import io.vigil.fusion.filter.UnscentedKalmanFilter;
import org.junit.jupiter.api.Test;

/**
 * Before the peers are timed against each other they must compute the same thing: on every
 * plot of the problem, Vigil's and Hipparchus's states and variances agree to 1e-6 relative.
 */
class HipparchusPeerTest {

    private final HipparchusPeer peer = new HipparchusPeer(new BallisticRadarProblem());

    @Test
    void extendedFiltersAgreeOnEveryPlot() {
        assertThat(peer.largestRelativeDifference(new ExtendedKalmanFilter(6, 4), peer.newExtendedFilter()))
            .isLessThan(1e-6);
    }

    @Test
    void unscentedFiltersAgreeOnEveryPlot() {
        assertThat(peer.largestRelativeDifference(new UnscentedKalmanFilter(6, 4), peer.newUnscentedFilter()))
            .isLessThan(1e-6);
    }
}
