package org.iocrun.templating.nodes;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.Hierarchy;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import io.pebbletemplates.pebble.template.ScopeChain;
import org.iocrun.templating.python.CallContext;
import org.iocrun.templating.python.GlobalStore;
import org.iocrun.templating.python.TemplateFailure;
import org.iocrun.templating.python.Undefined;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of one render, as Pebble's evaluation context: the {@link Scopes} of the render's names (builtins,
 * context, the {@code _global} snapshot, template-level assignments, then the frames of loops, macros and
 * blocks), the run's {@link GlobalStore}, and a recursion guard.
 */
public final class RenderContext extends EvaluationContextImpl implements CallContext {

    private static final int MAX_DEPTH = 200;

    private final GlobalStore globals;
    private final RenderBudget budget;
    /** The frames this context's statements see; Pebble's own scope chain stays empty. */
    private Scopes scopes;
    private int depth;

    private RenderContext(EvaluationContextImpl template, Scopes scopes, GlobalStore globals, RenderBudget budget,
                          int depth) {
        super(null, template.isStrictVariables(), template.getLocale(), template.getMaxRenderedSize(),
                template.getExtensionRegistry(), template.getTagCache(), template.getExecutorService(),
                template.getImportedTemplates(), new HashMap<>(), new ScopeChain(), template.getHierarchy(),
                template.getEvaluationOptions());
        this.globals = globals;
        this.scopes = scopes;
        this.budget = budget;
        this.depth = depth;
    }

    private RenderContext(PebbleEngine engine, PebbleTemplateImpl self, Scopes scopes, GlobalStore globals,
                          RenderBudget budget) {
        super(self, engine.isStrictVariables(), engine.getDefaultLocale(), engine.getMaxRenderedSize(),
                engine.getExtensionRegistry(), engine.getTagCache(), engine.getExecutorService(), new ArrayList<>(),
                new HashMap<>(), new ScopeChain(), new Hierarchy(self), engine.getEvaluationOptions());
        this.globals = globals;
        this.scopes = scopes;
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
                               RenderLimits limits, UnboundNames unbound) {
        Scopes roots = Scopes.of(List.of(builtins, context, snapshot, new HashMap<>()));
        RenderContext ctx = new RenderContext(engine, self, roots, globals, new RenderBudget(limits));
        ctx.unbind(unbound);
        return ctx;
    }

    /** Starts the innermost frame without these names, hiding whatever outer frames or the context hold. */
    void unbind(UnboundNames unbound) {
        for (String name : unbound.names()) {
            scopes.names().put(name, Scopes.UNBOUND);
        }
    }

    /** The frames visible here, which a macro or call block defined here keeps as its closure. */
    Scopes scopes() {
        return scopes;
    }

    /**
     * A context for a macro body: the frames where the macro was defined (its closure) plus the macro's own
     * frame, as Jinja's macros see; never the caller's locals.
     */
    RenderContext forMacro(Scopes closure, Map<String, Object> arguments) {
        RenderContext child = new RenderContext(this, closure.inner(arguments), globals, budget, depth);
        child.enter();
        return child;
    }

    public GlobalStore globals() {
        return globals;
    }

    /** The value of a name, or an undefined value naming it. */
    public Object lookup(String name) {
        Object value = scopes.find(name);
        return Scopes.isAbsent(value) || value == Scopes.UNBOUND ? Undefined.name(name) : value;
    }

    /** {@code {% set name = value %}}: Jinja assigns in the current frame only. */
    public void assign(String name, Object value) {
        scopes.names().put(name, value);
    }

    /** Makes {@code frames} the visible frames, returning the ones it replaces (to restore them after). */
    Scopes replaceScopes(Scopes frames) {
        Scopes old = scopes;
        scopes = frames;
        return old;
    }

    public void pushScope() {
        scopes = scopes.inner();
    }

    public void popScope() {
        scopes = scopes.outer();
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
