package org.iocrun.cli;

/**
 * System properties the launcher sets at start-up, each to skip a search or lookup a cold JVM pays for; a value
 * the user set on the command line is kept.
 */
final class ProcessSettings {

    /** SLF4J's provider (pebble and victools log through SLF4J): named, it is not searched for in the jar. */
    static final String SLF4J_PROVIDER = "slf4j.provider";
    /** SLF4J's own reporting threshold: at its default it announces a provider named by property on stderr. */
    static final String SLF4J_VERBOSITY = "slf4j.internal.verbosity";
    /** picocli's built-in converters it registers by reflection (Class.forName, getDeclaredMethod) per command line. */
    static final String PICOCLI_CONVERTER_EXCLUDES = "picocli.converters.excludes";

    private ProcessSettings() {
    }

    /**
     * The no-op SLF4J provider the jar carries (a service-loader scan of the jar cost ~20 ms), quietly; no
     * reflective picocli converters for java.sql, java.time and Path (~7 ms): no option of iocrun has those types
     * but Path, which has a converter of its own ({@link IocrunCommand}).
     */
    static void apply() {
        if (System.getProperty(SLF4J_PROVIDER) == null) {
            System.setProperty(SLF4J_PROVIDER, "org.slf4j.nop.NOPServiceProvider");
            if (System.getProperty(SLF4J_VERBOSITY) == null) {
                System.setProperty(SLF4J_VERBOSITY, "WARN");
            }
        }
        if (System.getProperty(PICOCLI_CONVERTER_EXCLUDES) == null) {
            System.setProperty(PICOCLI_CONVERTER_EXCLUDES, "java\\.(sql|time|nio\\.file)\\..*");
        }
    }
}
