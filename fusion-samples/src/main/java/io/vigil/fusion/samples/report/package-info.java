/**
 * The pictures of {@code vigil report}: a situation map (truth, tracks, sensors, defended
 * areas and their warnings, impact and launch ellipses on a latitude/longitude plot) and
 * time-series charts of errors, written as PNG files with JFreeChart.
 *
 * <p>Inputs are the in-memory rows of {@link io.vigil.fusion.io}: degrees, metres, ECEF
 * WGS-84, times in nanoseconds since the Unix epoch. Drawing is headless (no display is
 * needed, see {@link io.vigil.fusion.samples.report.ReportPictures}) and deterministic: the
 * same inputs give the same picture on the same JVM and fonts, with a fixed palette.
 */
package io.vigil.fusion.samples.report;
