package org.iocrun.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest, so there is one source of truth: the pom. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = IocrunCommand.class.getPackage().getImplementationVersion();
        return new String[] {"iocrun " + (version == null ? "(development build)" : version)};
    }
}
