package org.iocrun.templating.nodes;

import org.iocrun.templating.GlobalStore;

import java.util.Map;

/**
 * What one render passes from {@link JinjaTemplate#render} through Pebble's {@code evaluate} to the root node.
 * Its key cannot be a Jinja name, so templates cannot see it.
 */
record RenderRequest(Map<String, Object> context, Map<String, Object> snapshot, GlobalStore globals) {

    static final String KEY = "\u0000iocrun.render";
}
