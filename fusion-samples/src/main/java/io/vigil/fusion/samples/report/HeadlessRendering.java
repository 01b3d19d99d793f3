package io.vigil.fusion.samples.report;

/**
 * Puts AWT in headless mode before the first picture is drawn, unless the JVM was told
 * otherwise with {@code -Djava.awt.headless}.
 *
 * <p>Why: reports are drawn on build servers and CI runners that have no display; without
 * the flag, a JVM on a Linux host with a stale {@code DISPLAY} variable fails when AWT first
 * looks for it. Pictures are drawn into off-screen images only, so headless mode costs
 * nothing. The property is read once, when AWT's graphics environment starts, so this must
 * run before any image is created.
 */
final class HeadlessRendering {

    /** The JVM property that AWT reads once, at first use. */
    static final String PROPERTY = "java.awt.headless";

    private HeadlessRendering() {
    }

    /** Sets {@code java.awt.headless=true} unless it is already set either way. */
    static void enable() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, "true");
        }
    }
}
