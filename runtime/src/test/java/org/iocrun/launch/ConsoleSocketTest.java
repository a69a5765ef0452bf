package org.iocrun.launch;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The IOC command as the one shell string the console server runs with {@code sh -c}. */
class ConsoleSocketTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/epics/ioc/bin/linux-x86_64/ioc|/epics/runtime/st.cmd|/epics/ioc/bin/linux-x86_64/ioc /epics/runtime/st.cmd",
            "/opt/my ioc/ioc|st.cmd|'/opt/my ioc/ioc' st.cmd",
            "ioc|it's.cmd|ioc 'it'\\''s.cmd'",
            "ioc|$(HOME)|ioc '$(HOME)'"})
    void argumentsAreQuotedOnlyWhereTheShellWouldSplitOrExpandThem(String program, String arg, String expected) {
        assertEquals(expected, ConsoleSocket.shellCommand(List.of(program, arg)));
    }
}
