package org.iocrun.schema;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.UserError;
import org.iocrun.loading.Definitions;
import org.iocrun.testing.Corpus;
import org.iocrun.yaml.YamlLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Instance files checked against a JSON schema: each problem at its line and column, with what was expected. */
class SchemaValidatorTest {

    private static final Path FILE = Path.of("ioc.yaml");
    private static final String HEADER = """
            ioc_name: test
            description: a test
            entities:
              - type: asyn.AsynIP
                name: controllerPort
                port: 127.0.0.1:5000
            """;
    private static SchemaValidator validator;

    @BeforeAll
    static void generateSchema() throws UserError {
        validator = new SchemaValidator(new SchemaDocument(IocSchema.generate(Definitions.load(new YamlLoader(), List.of(
                Corpus.path("ibek-samples", "support", "asyn.ibek.support.yaml"),
                Corpus.path("ibek-samples", "support", "motorSim.ibek.support.yaml")))), Path.of("schema.json")));
    }

    static Stream<Arguments> invalidEntities() {
        return Stream.of(
                Arguments.of("a misspelt parameter", """
                          - type: motorSim.simMotorController
                            controllerName: c
                            P: "X:"
                            numAxes: 2
                            port: controllerPort
                            DESK: text
                        """, "ioc.yaml:12:5", "entities[1] (motorSim.simMotorController): unknown property 'DESK'", "did you mean DESC?"),
                Arguments.of("a list for an int", """
                          - type: motorSim.simMotorController
                            controllerName: c
                            P: "X:"
                            numAxes: [1, 2]
                            port: controllerPort
                        """, "ioc.yaml:10:14", "entities[1].numAxes (motorSim.simMotorController): expected a Jinja template "
                        + "string ({{ ... }}) or an integer, got a list", "The number of axes to create"),
                Arguments.of("text that is no template for an int", """
                          - type: motorSim.simMotorController
                            controllerName: c
                            P: "X:"
                            numAxes: two
                            port: controllerPort
                        """, "ioc.yaml:10:14", "expected a Jinja template string ({{ ... }}) or an integer, got a string ('two')", ""),
                Arguments.of("an unknown entity type", """
                          - type: motorSim.simMotorAxs
                            M: m
                        """, "ioc.yaml:7:11", "entities[1]: unknown type 'motorSim.simMotorAxs'", "did you mean motorSim.simMotorAxis?"),
                Arguments.of("an entity without a type", """
                          - controllerName: c
                        """, "ioc.yaml:7:5", "entities[1]: missing 'type'", "expected type: asyn.AsynIP"),
                Arguments.of("a missing required parameter", """
                          - type: motorSim.simMotorController
                            controllerName: c
                            P: "X:"
                            numAxes: 2
                        """, "ioc.yaml:7:5", "entities[1] (motorSim.simMotorController): missing required property 'port'",
                        "port: a reference to the asyn port"),
                Arguments.of("an enum value that is not a key", """
                          - type: motorSim.simMotorAxis
                            controller: c
                            M: m
                            ADDR: 0
                            DIR: pos
                        """, "ioc.yaml:11:10", "entities[1].DIR (motorSim.simMotorAxis): expected one of: 'Pos', 'Neg', got a string ('pos')",
                        "did you mean Pos?"),
                Arguments.of("a number for a string", """
                          - type: ibek.repeat
                            values: [1, 2]
                            variable: 3
                            entity: {type: asyn.AsynIP}
                        """, "ioc.yaml:9:15", "entities[1].variable (ibek.repeat): expected a string, got an integer ('3')",
                        "The variable name to use in the entity model"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidEntities")
    void reportsTheProblemWhereItIs(String what, String entities, String position, String message, String hint) throws UserError {
        List<Problem> problems = validate(HEADER + entities);

        assertEquals(1, problems.size(), problems.toString());
        Problem problem = problems.getFirst();
        assertEquals(position, problem.position().toString());
        assertTrue(problem.message().contains(message), problem.message());
        assertTrue(problem.hint().contains(hint), problem.hint());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "an int | numAxes: 2",
            "a template for an int | 'numAxes: \"{{ 1 + 1 }}\"'",
    })
    void acceptsValidEntities(String what, String numAxes) throws UserError {
        String text = HEADER + """
                  - type: motorSim.simMotorController
                    controllerName: c
                    P: "X:"
                    %s
                    port: controllerPort
                    DESC: "{{ P }}"
                  - type: ibek.repeat
                    values: "{{ range(3) | list }}"
                    entity: {type: motorSim.simMotorAxis, controller: c, M: m, ADDR: "{{ index }}"}
                """.formatted(numAxes);

        assertEquals(List.of(), validate(text));
    }

    @Test
    void reportsUnknownTopLevelKeysAndMissingOnes() throws UserError {
        List<Problem> problems = validate("ioc_name: x\nentitie: []\n");

        assertEquals(List.of(
                        "ioc.yaml:1:1: the document: missing required property 'description' (description: Description of what the IOC does)",
                        "ioc.yaml:1:1: the document: missing required property 'entities' (entities: List of entities this IOC instantiates)",
                        "ioc.yaml:2:1: the document: unknown property 'entitie' (did you mean entities?)"),
                problems.stream().map(Problem::headline).toList());
    }

    @Test
    void aSchemaFileThatIsNotJsonIsReportedWhereItBreaks() {
        UserError error = assertThrows(UserError.class, () -> SchemaDocument.parse("{\n  \"a\": [1,\n}", Path.of("s.json")));

        assertTrue(error.getMessage().startsWith("s.json:3:1: the schema file is not valid JSON"), error.getMessage());
    }

    private static List<Problem> validate(String text) throws UserError {
        return validator.validate(new YamlLoader().parse(text, FILE).orElseThrow());
    }
}
