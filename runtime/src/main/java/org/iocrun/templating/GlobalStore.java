package org.iocrun.templating;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
/** STAND-IN until the templating branch merges. */
public final class GlobalStore {
    private final Map<String, Object> variables = new LinkedHashMap<>();
    public GlobalStore(Function<String, String> env) { }
    public Map<String, Object> variables() { return variables; }
}
