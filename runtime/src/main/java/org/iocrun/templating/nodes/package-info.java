/**
 * The node tree of a parsed template, rendered on Pebble's runtime with Jinja's frames and scoping; a
 * {@link org.iocrun.templating.nodes.CompiledTemplate} renders within {@link org.iocrun.templating.nodes.RenderLimits}.
 */
package org.iocrun.templating.nodes;
