package io.vigil.fusion.samples;

import picocli.CommandLine;

/** Reports the version recorded in the jar's manifest (the Maven project version). */
final class VigilVersion implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        final String version = VigilVersion.class.getPackage().getImplementationVersion();
        return new String[] {"vigil " + (version == null ? "(development build)" : version),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
    }
}
