/** pvi device files: the device model, its parser, and include and parent resolution as pvi does it. */
package org.iocrun.opi.device;
