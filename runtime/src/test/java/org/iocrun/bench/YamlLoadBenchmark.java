package org.iocrun.bench;

import org.iocrun.diagnostics.UserError;
import org.iocrun.yaml.YNode;
import org.iocrun.yaml.YamlLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The positioned YAML loader on an instance file of {@code entities} entities shaped like
 * bench/sample/make-instance's (block mappings, quoted and plain scalars, ints and floats): parse, compose,
 * type and convert to YNodes. Per-entity cost = score / entities.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class YamlLoadBenchmark {

    @Param({"100", "2000"})
    int entities;

    private final YamlLoader loader = new YamlLoader();
    private final Path name = Path.of("ioc.yaml");
    private String text;

    @Setup
    public void setUp() {
        StringBuilder yaml = new StringBuilder("ioc_name: bench-ioc-01\ndescription: benchmark\n\nentities:\n");
        for (int i = 0; i < entities; i++) {
            if (i % 100 == 0) {
                yaml.append("  - type: benchdev.controller\n    name: ctrl%d\n    P: \"BL99B-EA-BENCH-%02d:\"\n\n"
                        .formatted(i / 100, i / 100));
            } else {
                yaml.append("  - type: benchdev.channel\n    controller: ctrl%d\n    CH: %d\n    DESC: \"Sensor %d\"\n    GAIN: %d.25\n\n"
                        .formatted(i / 100, i % 100, i, i % 7));
            }
        }
        text = yaml.toString();
    }

    @Benchmark
    public Optional<YNode> loadInstance() throws UserError {
        return loader.parse(text, name);
    }
}
