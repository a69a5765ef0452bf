package org.iocrun.loading;

import org.iocrun.diagnostics.UserError;
import org.iocrun.model.SupportModule;
import org.iocrun.testing.Corpus;
import org.iocrun.yaml.YamlLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** Every real support definition of the corpus loads without error (issue #2 acceptance). */
class CorpusSupportLoadingTest {

    static Stream<Path> supportFiles() {
        return Stream.concat(
                Corpus.files(Corpus.path("ibek-support"), ".ibek.support.yaml").stream(),
                Corpus.files(Corpus.path("ibek-samples", "support"), ".ibek.support.yaml").stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("supportFiles")
    void loads(Path file) throws UserError {
        SupportModule module = new SupportReader(new YamlLoader()).read(file);
        assertFalse(module.entityModels().isEmpty(), "no entity models read from " + file);
    }
}
