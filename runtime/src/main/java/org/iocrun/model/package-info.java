/**
 * Immutable records of what ibek reads: support modules ({@link org.iocrun.model.SupportModule}) with their entity
 * models, parameters, defines, databases, scripts and pvi blocks, the built-in {@code ibek.*} types, the run's
 * {@link org.iocrun.model.EntityTypes}, and instances ({@link org.iocrun.model.IocInstance}). Values only: reading
 * them is {@code org.iocrun.loading}'s job, using them {@code org.iocrun.generation}'s.
 */
package org.iocrun.model;
