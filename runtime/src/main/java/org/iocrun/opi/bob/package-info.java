/** Phoebus {@code .bob} XML in pvi's DLS theme, written as lxml pretty-prints it. */
package org.iocrun.opi.bob;
