/** Jinja's built-in filters, tests and global functions, over the Python value model of {@code templating.python}. */
package org.iocrun.templating.builtins;
