package org.iocrun.bench;

import org.iocrun.templating.JinjaEngine;
import org.iocrun.templating.JsonValues;
import org.iocrun.templating.nodes.CompiledTemplate;
import org.iocrun.templating.python.GlobalStore;
import org.iocrun.templating.python.TemplateError;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The cost of one template as generation pays it: rendering a typical st.cmd line from a cached template (the
 * common case), the cache lookup plus render, and a first-time parse.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TemplateRenderBenchmark {

    /** A motor-record line of the kind support YAML pre_init/databases carry. */
    static final String SCRIPT_LINE = "dbLoadRecords(\"$(MOTOR)/db/motor.db\", \"P={{ controller.P }},"
            + "M=:M{{ '%02d' % axis }},PORT={{ controller.port }},VELO={{ VELO }},DESC={{ desc | upper }}\")";

    private final JinjaEngine engine = new JinjaEngine();
    private CompiledTemplate template;
    private CompiledTemplate plain;
    private Map<String, Object> context;
    private GlobalStore globals;
    private int uncached;

    @Setup
    public void setUp() throws TemplateError {
        template = engine.compile(SCRIPT_LINE);
        plain = engine.compile("iocInit");
        context = JsonValues.context("{\"controller\": {\"__id__\": \"ctrl1\", \"P\": \"BL01T-MO-MOTOR-01\","
                + " \"port\": {\"__id__\": \"ty_40_0\"}}, \"axis\": 3, \"VELO\": 10.0, \"desc\": \"sample x\"}", true);
        globals = new GlobalStore(key -> null);
    }

    @Benchmark
    public String renderCachedTemplate() throws TemplateError {
        return template.render(context, globals);
    }

    /** The fixed cost of a render: a template with no expression. */
    @Benchmark
    public String renderPlainText() throws TemplateError {
        return plain.render(context, globals);
    }

    @Benchmark
    public String renderThroughEngineCache() throws TemplateError {
        return engine.render(SCRIPT_LINE, context, globals);
    }

    @Benchmark
    public CompiledTemplate parseNewTemplate() throws TemplateError {
        // a distinct source each time, so this measures lexing and parsing, not the cache
        return new JinjaEngine().compile(SCRIPT_LINE + (uncached++ & 1023));
    }
}
