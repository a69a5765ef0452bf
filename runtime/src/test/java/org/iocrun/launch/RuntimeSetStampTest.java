package org.iocrun.launch;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a later start's log says made the set: the kind of start, on the host (in a pod, the pod's name). */
class RuntimeSetStampTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "true,  bl01t-ea-sim-01, iocrun start --prepare-only on bl01t-ea-sim-01",
            "false, bl01t-ea-sim-01, iocrun start on bl01t-ea-sim-01",
            "true,  -,               iocrun start --prepare-only",
            "false, '',              iocrun start"})
    void namesTheStartAndItsHost(boolean prepareOnly, String hostname, String expected) {
        Map<String, String> env = new HashMap<>();
        if (hostname != null) {
            env.put("HOSTNAME", hostname);
        }
        RuntimeSetStamp stamp = RuntimeSetStamp.of(env, prepareOnly);
        assertEquals(expected, stamp.startedBy());
        // the tests run from compiled classes: no jar, no build to compare, so nothing is ever reused
        assertTrue(stamp.build().isEmpty());
    }
}
