package org.iocrun.diagnostics;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The machine formats. Expected lines follow JSON's string escapes (RFC 8259: quote, backslash and control characters)
 * and GitHub's workflow-command escaping (actions/toolkit command.ts: %, CR and LF in the message; also ':' and ','
 * in property values).
 */
class ProblemFormatTest {

    static Stream<Arguments> problems() {
        Path file = Path.of("services/a,b/ioc.yaml");
        return Stream.of(
                Arguments.of(Problem.error(new SourcePosition(file, 3, 7), "bad \"x\"\nnext", "use 100%"),
                        "{\"file\":\"services/a,b/ioc.yaml\",\"line\":3,\"column\":7,\"severity\":\"error\","
                                + "\"message\":\"bad \\\"x\\\"\\nnext\",\"hint\":\"use 100%\"}",
                        "::error file=services/a%2Cb/ioc.yaml,line=3,col=7::bad \"x\"%0Anext (use 100%25)"),
                Arguments.of(Problem.warning(SourcePosition.unknown(Path.of("C:x")), "tab\there"),
                        "{\"file\":\"C:x\",\"line\":0,\"column\":0,\"severity\":\"warning\",\"message\":\"tab\\there\","
                                + "\"hint\":\"\"}",
                        "::warning file=C%3Ax::tab\there"),
                Arguments.of(Problem.error(SourcePosition.unknown(null), "no place"),
                        "{\"file\":null,\"line\":0,\"column\":0,\"severity\":\"error\",\"message\":\"no place\","
                                + "\"hint\":\"\"}",
                        "::error::no place"));
    }

    @ParameterizedTest
    @MethodSource("problems")
    void jsonAndGithub(Problem problem, String json, String github) {
        assertEquals(json, ProblemFormat.json(problem));
        assertEquals(github, ProblemFormat.github(problem));
    }
}
