/**
 * The Python value model templates compute with: printing ({@code str()}, {@code repr()}), arithmetic, comparison,
 * formatting, the methods of str, list and dict, tuples ({@link org.iocrun.templating.python.PyTuple}), objects with
 * attributes, the {@code _global} store ({@link org.iocrun.templating.python.GlobalStore}) and the failures Jinja and
 * Python raise ({@link org.iocrun.templating.python.TemplateError}). The base layer of templating: it uses no other
 * templating package.
 */
package org.iocrun.templating.python;
