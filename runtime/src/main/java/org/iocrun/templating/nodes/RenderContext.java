package org.iocrun.templating.nodes;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.Hierarchy;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import io.pebbletemplates.pebble.template.ScopeChain;
import org.iocrun.templating.GlobalStore;
import org.iocrun.templating.RenderLimits;
import org.iocrun.templating.python.CallContext;
import org.iocrun.templating.python.TemplateFailure;
import org.iocrun.templating.python.Undefined;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of one render, as Pebble's evaluation context: a scope chain holding only the render's names
 * (builtins, context, the {@code _global} snapshot, template-level assignments), the run's {@link GlobalStore},
 * and a recursion guard.
 */
public final class RenderContext extends EvaluationContextImpl implements CallContext {

    private static final int MAX_DEPTH = 200;

    private final GlobalStore globals;
    private final List<Map<String, Object>> rootScopes;
    private final RenderBudget budget;
    private int depth;

    private RenderContext(EvaluationContextImpl template, PebbleTemplateImpl self, ScopeChain chain,
                          GlobalStore globals, List<Map<String, Object>> rootScopes, RenderBudget budget, int depth) {
        super(self, template.isStrictVariables(), template.getLocale(), template.getMaxRenderedSize(),
                template.getExtensionRegistry(), template.getTagCache(), template.getExecutorService(),
                template.getImportedTemplates(), new HashMap<>(), chain, template.getHierarchy(),
                template.getEvaluationOptions());
        this.globals = globals;
        this.rootScopes = rootScopes;
        this.budget = budget;
        this.depth = depth;
    }

    private RenderContext(PebbleEngine engine, PebbleTemplateImpl self, ScopeChain chain, GlobalStore globals,
                          List<Map<String, Object>> rootScopes, RenderBudget budget) {
        super(self, engine.isStrictVariables(), engine.getDefaultLocale(), engine.getMaxRenderedSize(),
                engine.getExtensionRegistry(), engine.getTagCache(), engine.getExecutorService(), new ArrayList<>(),
                new HashMap<>(), chain, new Hierarchy(self), engine.getEvaluationOptions());
        this.globals = globals;
        this.rootScopes = rootScopes;
        this.budget = budget;
        this.depth = 0;
    }

    /**
     * A fresh render context whose names are, from lowest to highest priority: the builtins, the caller's
     * context, the {@code _global} snapshot, and a scope for the template's own assignments. Pebble's own
     * globals ({@code template}, {@code _context}, ...) are never in it.
     */
    static RenderContext start(PebbleEngine engine, PebbleTemplateImpl self, Map<String, Object> builtins,
                               Map<String, Object> context, Map<String, Object> snapshot, GlobalStore globals,
                               RenderLimits limits) {
        Map<String, Object> top = new HashMap<>();
        List<Map<String, Object>> roots = List.of(builtins, context, snapshot, top);
        return new RenderContext(engine, self, chainOf(roots), globals, roots, new RenderBudget(limits));
    }

    /** A context for a macro body: the template's root names plus the macro's own scope, as Jinja's macros see. */
    RenderContext forMacro(Map<String, Object> arguments) {
        ScopeChain chain = chainOf(rootScopes);
        chain.pushScope(arguments);
        RenderContext child = new RenderContext(this, null, chain, globals, rootScopes, budget, depth);
        child.enter();
        return child;
    }

    private static ScopeChain chainOf(List<Map<String, Object>> scopes) {
        ScopeChain chain = new ScopeChain();
        for (Map<String, Object> scope : scopes) {
            chain.pushScope(scope);
        }
        return chain;
    }

    public GlobalStore globals() {
        return globals;
    }

    /** The value of a name, or an undefined value naming it. */
    public Object lookup(String name) {
        ScopeChain chain = getScopeChain();
        Object value = chain.get(name);
        if (value != null || chain.containsKey(name)) {
            return value;
        }
        return Undefined.name(name);
    }

    /** {@code {% set name = value %}}: Jinja assigns in the current frame only. */
    public void assign(String name, Object value) {
        getScopeChain().put(name, value);
    }

    public void pushScope() {
        getScopeChain().pushScope(new HashMap<>());
    }

    public void popScope() {
        getScopeChain().popScope();
    }

    /** Fails the render once its time limit has passed; called at every statement and loop iteration. */
    void checkTime() {
        budget.checkTime();
    }

    /** Fails the render when text it produces grows past the size limit. */
    void checkSize(long chars) {
        budget.checkSize(chars);
    }

    /** Guards template recursion (recursive loops, macros calling themselves) like Python's recursion limit. */
    void enter() {
        if (++depth > MAX_DEPTH) {
            throw TemplateFailure.runtime("maximum recursion depth exceeded");
        }
    }

    void leave() {
        depth--;
    }
}
