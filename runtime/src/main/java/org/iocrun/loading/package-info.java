/**
 * The ibek readers: support definitions and instances read from {@code org.iocrun.yaml} trees into
 * {@code org.iocrun.model} records, checked the way ibek's pydantic models check them.
 *
 * <p>{@link org.iocrun.loading.SupportReader} reads a {@code *.ibek.support.yaml} file,
 * {@link org.iocrun.loading.Definitions} a set of them into the run's entity types, and
 * {@link org.iocrun.loading.InstanceReader} an {@code ioc.yaml} against those types, with
 * {@link org.iocrun.loading.ValueChecker} converting values as pydantic's lax mode does and
 * {@link org.iocrun.loading.VersionSkew} explaining names an instance uses that the image's definitions lack.
 * {@link org.iocrun.loading.DefinitionFiles} finds the files the way ibek's {@code generate2} does; where the
 * container layout decides which ones (a config folder, {@code $EPICS_ROOT/ibek-defs}), the launcher's
 * {@code GenerationInputs} asks it.
 */
package org.iocrun.loading;
