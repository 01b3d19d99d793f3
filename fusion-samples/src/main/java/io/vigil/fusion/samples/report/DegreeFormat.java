package io.vigil.fusion.samples.report;

import java.math.BigDecimal;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;

/**
 * Tick labels of the map's graticule: degrees with a hemisphere letter ("35.5°N", "10°W"),
 * longitudes reduced to (-180, 180] so that a map across the antimeridian reads "175°E,
 * 180°, 175°W" rather than "175, 180, 185".
 */
final class DegreeFormat extends NumberFormat {

    private static final long serialVersionUID = 1L;

    /**
     * Graticule spacings, degrees: round numbers of degrees and of minutes (0.25 deg = 15',
     * 0.5 deg = 30'), from a kilometre-scale close-up to the whole globe.
     */
    private static final double[] SPACINGS_DEG = {
        0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1, 2, 5, 10, 15, 30, 45, 90,
    };

    private final boolean longitude;
    private final int decimals;

    private DegreeFormat(final boolean longitude, final int decimals) {
        this.longitude = longitude;
        this.decimals = decimals;
    }

    /**
     * The graticule spacings for one axis, each with a format that shows just enough
     * decimals for its spacing.
     *
     * @param longitude true for the longitude axis (E/W), false for latitude (N/S)
     * @return the tick units, for {@code NumberAxis.setStandardTickUnits}
     */
    static TickUnits tickUnits(final boolean longitude) {
        final TickUnits units = new TickUnits();
        for (final double spacing : SPACINGS_DEG) {
            final int decimals = Math.max(0, BigDecimal.valueOf(spacing).stripTrailingZeros().scale());
            units.add(new NumberTickUnit(spacing, new DegreeFormat(longitude, decimals)));
        }
        return units;
    }

    @Override
    public StringBuffer format(final double number, final StringBuffer toAppendTo, final FieldPosition pos) {
        double value = longitude ? LongitudeWindow.nearest(number, 0.0) : number;
        if (longitude && value == -180.0) {
            value = 180.0;
        }
        final String digits = String.format(Locale.ROOT, "%." + decimals + "f", Math.abs(value));
        // Rounding can make a tiny value "0.00": it is the equator or prime meridian, no letter.
        final boolean zero = Double.parseDouble(digits) == 0.0;
        final boolean antimeridian = longitude && Double.parseDouble(digits) == 180.0;
        toAppendTo.append(digits).append('\u00b0');
        if (!zero && !antimeridian) {
            if (longitude) {
                toAppendTo.append(value > 0.0 ? 'E' : 'W');
            } else {
                toAppendTo.append(value > 0.0 ? 'N' : 'S');
            }
        }
        return toAppendTo;
    }

    @Override
    public StringBuffer format(final long number, final StringBuffer toAppendTo, final FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    /** Tick labels are only ever written; nothing parses them. */
    @Override
    public Number parse(final String source, final ParsePosition parsePosition) {
        throw new UnsupportedOperationException("graticule labels are not parsed");
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof DegreeFormat && ((DegreeFormat) other).longitude == longitude
            && ((DegreeFormat) other).decimals == decimals;
    }

    @Override
    public int hashCode() {
        return 31 * Boolean.hashCode(longitude) + decimals;
    }
}
