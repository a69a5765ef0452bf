/**
 * Jinja's lexer and parser: template text to the node tree of {@code org.iocrun.templating.nodes}, with Jinja's
 * errors.
 */
package org.iocrun.templating.syntax;
