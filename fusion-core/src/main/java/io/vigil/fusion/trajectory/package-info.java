/**
 * Trajectory estimation: impact and launch points with their uncertainty, flight phase and
 * defended-area warnings.
 */
package io.vigil.fusion.trajectory;
