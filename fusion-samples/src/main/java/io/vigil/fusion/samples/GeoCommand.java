package io.vigil.fusion.samples;

import io.vigil.fusion.geo.Geodesic;
import io.vigil.fusion.geo.Geodetic;
import io.vigil.fusion.geo.LocalFrame;
import io.vigil.fusion.geo.RadarSpherical;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vigil geo}: where a target is as seen from a sensor site. Prints both positions in
 * geodetic and ECEF coordinates, the target in the site's east-north-up frame, the radar
 * range, azimuth and elevation, and the geodesic (ground) distance and azimuths between the
 * two points on the WGS-84 ellipsoid.
 */
@Command(
    name = "geo",
    mixinStandardHelpOptions = true,
    description = {
        "Where a target is as seen from a sensor site (WGS-84).",
        "Positions are LAT,LON,HEIGHT in degrees and metres (ellipsoidal height),",
        "or ECEF X,Y,Z in metres with --target-ecef."})
final class GeoCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--site", required = true, paramLabel = "LAT,LON,H",
        description = "sensor site: latitude (deg), longitude (deg), ellipsoidal height (m)")
    private String site;

    @CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
    private Target target;

    /** The target, given one way or the other. */
    static final class Target {
        @Option(names = "--target", paramLabel = "LAT,LON,H",
            description = "target: latitude (deg), longitude (deg), ellipsoidal height (m)")
        private String geodetic;

        @Option(names = "--target-ecef", paramLabel = "X,Y,Z", description = "target in ECEF (m)")
        private String ecef;
    }

    @Override
    public Integer call() {
        final double[] siteLlh = parseTriple("--site", site);
        checkLatitude("--site", siteLlh[0]);
        final LocalFrame frame = new LocalFrame(
            Math.toRadians(siteLlh[0]), Math.toRadians(siteLlh[1]), siteLlh[2]);

        final double[] targetEcef = new double[3];
        final double[] targetLlh = new double[3];
        if (target.geodetic != null) {
            final double[] llh = parseTriple("--target", target.geodetic);
            checkLatitude("--target", llh[0]);
            Geodetic.toEcef(Math.toRadians(llh[0]), Math.toRadians(llh[1]), llh[2], targetEcef);
        } else {
            System.arraycopy(parseTriple("--target-ecef", target.ecef), 0, targetEcef, 0, 3);
        }
        Geodetic.fromEcef(targetEcef[0], targetEcef[1], targetEcef[2], targetLlh);

        final double[] enu = new double[3];
        frame.ecefToEnu(targetEcef[0], targetEcef[1], targetEcef[2], enu);
        final double[] spherical = new double[3];
        RadarSpherical.fromEnu(enu[0], enu[1], enu[2], spherical);
        final double[] geodesic = new double[3];
        Geodesic.inverse(frame.latitudeRad(), frame.longitudeRad(),
            targetLlh[Geodetic.LATITUDE], targetLlh[Geodetic.LONGITUDE], geodesic);

        final PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "site     lat %.9f deg  lon %.9f deg  h %.3f m%n",
            Math.toDegrees(frame.latitudeRad()), Math.toDegrees(frame.longitudeRad()), frame.heightM());
        out.printf(Locale.ROOT, "         ECEF x %.3f  y %.3f  z %.3f m%n", frame.originX(), frame.originY(), frame.originZ());
        out.printf(Locale.ROOT, "target   lat %.9f deg  lon %.9f deg  h %.3f m%n",
            Math.toDegrees(targetLlh[Geodetic.LATITUDE]), Math.toDegrees(targetLlh[Geodetic.LONGITUDE]),
            targetLlh[Geodetic.HEIGHT]);
        out.printf(Locale.ROOT, "         ECEF x %.3f  y %.3f  z %.3f m%n", targetEcef[0], targetEcef[1], targetEcef[2]);
        out.printf(Locale.ROOT, "ENU      east %.3f  north %.3f  up %.3f m%n", enu[0], enu[1], enu[2]);
        out.printf(Locale.ROOT, "radar    range %.3f m  azimuth %.6f deg  elevation %.6f deg%n",
            spherical[RadarSpherical.RANGE], Math.toDegrees(spherical[RadarSpherical.AZIMUTH]),
            Math.toDegrees(spherical[RadarSpherical.ELEVATION]));
        out.printf(Locale.ROOT, "geodesic distance %.3f m  azimuth at site %.6f deg  at target %.6f deg%n",
            geodesic[Geodesic.DISTANCE], Math.toDegrees(geodesic[Geodesic.AZIMUTH_1]),
            Math.toDegrees(geodesic[Geodesic.AZIMUTH_2]));
        out.flush();
        return 0;
    }

    private double[] parseTriple(final String option, final String text) {
        final String[] parts = text.split(",", -1);
        if (parts.length != 3) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                option + " needs three comma-separated numbers, got '" + text + "'");
        }
        final double[] values = new double[3];
        for (int i = 0; i < 3; i++) {
            try {
                values[i] = Double.parseDouble(parts[i].trim());
            } catch (final NumberFormatException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                    option + ": '" + parts[i].trim() + "' is not a number");
            }
            if (!Double.isFinite(values[i])) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                    option + ": '" + parts[i].trim() + "' is not a finite number");
            }
        }
        return values;
    }

    private void checkLatitude(final String option, final double latitudeDeg) {
        if (latitudeDeg < -90.0 || latitudeDeg > 90.0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                option + ": latitude " + latitudeDeg + " deg is outside [-90, 90]");
        }
    }
}
