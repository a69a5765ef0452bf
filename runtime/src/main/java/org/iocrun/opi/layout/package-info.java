/** pvi's DLS screen layout: components placed in columns, groups, grids and sub-screens, to pvi's pixel. */
package org.iocrun.opi.layout;
