package org.iocrun.loading;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.UserError;
import org.iocrun.model.EntityTypes;
import org.iocrun.model.SupportModule;
import org.iocrun.yaml.YamlLoader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Support files are read in parallel; what comes out must not depend on which file finished first. */
class DefinitionsTest {

    @TempDir
    Path dir;

    private List<Path> supportFiles(int count, Set<Integer> broken) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text = broken.contains(i)
                    ? "module: m%d\nentity_models:\n  - name: e\n    description: d\n    parameters:\n      p: {type: nosuchtype, description: d}\n".formatted(i)
                    : "module: m%d\nentity_models:\n  - name: e\n    description: d\n    parameters:\n      p: {type: str, description: d}\n".formatted(i);
            files.add(Files.writeString(dir.resolve("m%02d.ibek.support.yaml".formatted(i)), text));
        }
        return files;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7, 31, 64})
    void modulesKeepTheOrderOfTheFiles(int count) throws Exception {
        List<Path> files = supportFiles(count, Set.of());

        EntityTypes types = Definitions.load(new YamlLoader(), files);

        assertEquals(files, types.modules().stream().map(SupportModule::file).toList());
        assertEquals(IntStream.range(0, count).mapToObj(i -> "m" + i + ".e").toList(),
                types.all().stream().map(m -> m.typeName()).filter(n -> n.matches("m\\d+\\.e")).toList());
    }

    @ParameterizedTest
    @ValueSource(ints = {7, 31})
    void problemsOfEveryFileComeInFileOrder(int count) throws Exception {
        Set<Integer> broken = Set.of(1, 4, count - 1);
        List<Path> files = supportFiles(count, broken);

        UserError error = assertThrows(UserError.class, () -> Definitions.load(new YamlLoader(), files));

        List<Path> reported = error.problems().stream().map(Problem::position).map(p -> p.file()).toList();
        assertEquals(List.of(files.get(1), files.get(4), files.get(count - 1)), reported);
    }
}
