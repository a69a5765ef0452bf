/**
 * ibek's generation, byte for byte: {@link org.iocrun.generation.Generator} (the front door) reads the instance
 * files with the loaded types, builds every entity in phase 1 ({@code EntityFactory}: defines and parameters rendered
 * in ibek's order), expands sub-entities and repeats ({@code EntityExpander}), then writes st.cmd
 * ({@code StCmdAssembler}), ioc.subst ({@code IocSubstAssembler}) and wait_list.yaml ({@code WaitListWriter}) and,
 * when asked, calls {@code org.iocrun.opi} for the screens. The result is one value,
 * {@link org.iocrun.generation.GeneratedFiles}, whose {@code runtimeFiles()} is the one map of generated files the
 * launcher writes.
 */
package org.iocrun.generation;
