package org.iocrun.launch;

import org.iocrun.yaml.CacheFolder;

import java.util.Map;
import java.util.Optional;

/**
 * Who makes a runtime set: the iocrun build (the jar's stamp, as the caches key on it; empty when iocrun runs from
 * compiled classes, which change without a trace, so nothing is reused then) and a description for the log of a
 * later start ("iocrun start --prepare-only on bl01t-ea-test-01": in a pod, the init container).
 */
public record RuntimeSetStamp(Optional<String> build, String startedBy) {

    /** This process: its jar, and the start's kind on the host (the pod's name in Kubernetes). */
    public static RuntimeSetStamp of(Map<String, String> env, boolean prepareOnly) {
        String host = env.getOrDefault("HOSTNAME", "");
        String start = prepareOnly ? "iocrun start --prepare-only" : "iocrun start";
        return new RuntimeSetStamp(CacheFolder.thisBuild(), host.isEmpty() ? start : start + " on " + host);
    }
}
