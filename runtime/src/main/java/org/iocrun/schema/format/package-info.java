/**
 * ibek's file formats as schema-description records, one per pydantic model of ibek (same names, fields, defaults
 * and descriptions): the support file ({@link org.iocrun.schema.format.Support} and what it holds) and the built-in
 * entity types of instance files. They are only read by the schema generator, never instantiated; loading uses
 * {@code org.iocrun.model}, which is shaped for generation.
 */
package org.iocrun.schema.format;
