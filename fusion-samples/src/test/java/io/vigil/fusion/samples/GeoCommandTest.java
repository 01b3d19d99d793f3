package io.vigil.fusion.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import org.junit.jupiter.api.Test;

class GeoCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(final String... args) {
        final CommandLine commandLine = new CommandLine(new VigilCommand());
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    private double value(final String label) {
        final Matcher m = Pattern.compile(Pattern.quote(label) + " (-?[0-9.]+)").matcher(out.toString());
        assertThat(m.find()).as("'%s' in output:%n%s", label, out).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void reportsChordGeometryForTwoPointsOnTheEquator() {
        // On the equator (a circle of radius a) a surface point 7 deg east is due east, at
        // range 2a sin(3.5 deg), 3.5 deg below the horizon, and a*7deg away along the ground.
        assertThat(run("geo", "--site", "0,30,0", "--target", "0,37,0")).isZero();
        final double a = 6_378_137.0;
        assertThat(value("range")).isCloseTo(2 * a * Math.sin(Math.toRadians(3.5)), within(1e-3));
        assertThat(value("azimuth")).isCloseTo(90.0, within(1e-6));
        assertThat(value("elevation")).isCloseTo(-3.5, within(1e-6));
        assertThat(value("geodesic distance")).isCloseTo(a * Math.toRadians(7.0), within(1e-3));
    }

    @Test
    void acceptsTheTargetInEcef() {
        assertThat(run("geo", "--site", "0,0,0", "--target-ecef", "6378137,0,1000")).isZero();
        assertThat(value("north")).isCloseTo(1000.0, within(1e-6));
        assertThat(value("elevation")).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void rejectsALatitudeOutsideItsRangeNamingTheOption() {
        assertThat(run("geo", "--site", "95,0,0", "--target", "0,0,0")).isEqualTo(2);
        assertThat(err.toString()).contains("--site").contains("latitude 95.0 deg is outside [-90, 90]");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void rejectsAMalformedPositionNamingTheBadField() {
        assertThat(run("geo", "--site", "1,2", "--target", "0,0,0")).isEqualTo(2);
        assertThat(err.toString()).contains("--site needs three comma-separated numbers, got '1,2'");
        assertThat(run("geo", "--site", "1,2,3", "--target", "0,abc,0")).isEqualTo(2);
        assertThat(err.toString()).contains("--target: 'abc' is not a number");
    }

    @Test
    void failsWithUsageWithoutASubCommand() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString()).contains("a sub-command is required").contains("Usage: vigil");
    }
}
