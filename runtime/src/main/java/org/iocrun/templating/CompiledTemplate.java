package org.iocrun.templating;
import java.util.Map;
/** STAND-IN until the templating branch merges. */
public interface CompiledTemplate { String render(Map<String, Object> context, GlobalStore globals) throws TemplateError; }
