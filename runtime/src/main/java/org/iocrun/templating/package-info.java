/**
 * Jinja2 templates with Python semantics, as ibek renders them. This package is the front door only:
 * {@link org.iocrun.templating.JinjaEngine} compiles and renders, {@link org.iocrun.templating.PyValues},
 * {@link org.iocrun.templating.PyLiteral} and {@link org.iocrun.templating.JsonValues} give code outside templates
 * Python's printing, literals and JSON values. Below it, each using only those after it: {@code syntax} (lexer and
 * parser) → {@code nodes} (the node tree Pebble renders, {@code CompiledTemplate}, {@code RenderLimits}) →
 * {@code builtins} (Jinja's filters, tests and globals) → {@code python} (the value model and its exceptions).
 */
package org.iocrun.templating;
