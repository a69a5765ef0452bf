package org.iocrun.templating;
import java.util.Map;
/** STAND-IN until the templating branch merges. */
public final class JinjaEngine {
    public CompiledTemplate compile(String source) throws TemplateError { throw new UnsupportedOperationException(); }
    public String render(String source, Map<String, Object> context, GlobalStore globals) throws TemplateError { throw new UnsupportedOperationException(); }
}
