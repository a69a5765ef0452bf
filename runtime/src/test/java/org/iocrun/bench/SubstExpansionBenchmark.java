package org.iocrun.bench;

import org.iocrun.diagnostics.UserError;
import org.iocrun.substitution.DbExpander;
import org.iocrun.substitution.ExpansionResult;
import org.iocrun.substitution.IncludePath;
import org.iocrun.substitution.MsiOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * msi-compatible expansion as {@code iocrun start} does it for ioc.db: an ibek-style ioc.subst of {@code rows}
 * pattern rows over two templates (5 and 2 records, macros with defaults) into a discarding stream. Per-row
 * cost = score / rows.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SubstExpansionBenchmark {

    static final String CONTROLLER = """
            record(ai, "$(P)TEMP_RBV") {
              field(DESC, "Controller temperature")
              field(EGU,  "degC")
            }
            record(bo, "$(P)ENABLE") {
              field(FLNK, "$(P)ENABLE_RBV")
            }
            record(bi, "$(P)ENABLE_RBV") {
              field(INP,  "$(P)ENABLE")
            }
            record(bo, "$(P)RESET") {
              field(DESC, "Reset $(PORT)")
            }
            record(stringin, "$(P)NAME") {
              field(VAL, "$(PORT=none)")
            }
            """;
    static final String CHANNEL = """
            record(ai, "$(P)$(R)VALUE") {
              field(DESC, "$(DESC)")
              field(PREC, "$(PREC=3)")
            }
            record(mbbo, "$(P)$(R)MODE") {
              field(VAL,  "$(MODE)")
            }
            """;

    @Param({"100", "2000"})
    int rows;

    private Path dir;
    private Path subst;
    private DbExpander expander;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("subst-bench");
        Files.writeString(dir.resolve("controller.template"), CONTROLLER);
        Files.writeString(dir.resolve("channel.template"), CHANNEL);
        StringBuilder text = new StringBuilder("file \"controller.template\" {\npattern\n\t{ \"P\", \"PORT\" }\n");
        int controllers = Math.max(1, rows / 100);
        for (int c = 0; c < controllers; c++) {
            text.append("\t{ \"BL99B-EA-BENCH-%02d:\", \"ctrl%d\" }\n".formatted(c, c));
        }
        text.append("}\n\nfile \"channel.template\" {\npattern\n\t{ \"P\", \"R\", \"DESC\", \"MODE\" }\n");
        for (int r = controllers; r < rows; r++) {
            text.append("\t{ \"BL99B-EA-BENCH-%02d:\", \":CH%04d:\", \"channel %d\", \"Continuous\" }\n"
                    .formatted(r / 100, r % 100, r));
        }
        subst = Files.writeString(dir.resolve("ioc.subst"), text.append("}\n"));
        expander = new DbExpander(MsiOptions.defaults().withIncludePath(IncludePath.of(List.of(dir))));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    public ExpansionResult expandSubstitutions() throws UserError, IOException {
        return expander.expandSubstitutions(subst, OutputStream.nullOutputStream());
    }
}
