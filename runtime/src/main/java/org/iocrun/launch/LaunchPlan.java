package org.iocrun.launch;

import java.util.List;
import java.util.Map;

/** The program this process becomes: path, argv (argv[0] included) and environment. */
public record LaunchPlan(String program, List<String> argv, Map<String, String> environment) {

    public LaunchPlan {
        argv = List.copyOf(argv);
        environment = Map.copyOf(environment);
    }
}
