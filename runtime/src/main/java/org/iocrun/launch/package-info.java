/**
 * The use cases, each a front door the command line calls: {@link org.iocrun.launch.Launcher} (start: prepare the
 * runtime folder, wait for hardware, exec the IOC), {@link org.iocrun.launch.LocalRender} (render and diff on a
 * developer's machine), {@link org.iocrun.launch.Validation} (validate: generation's checks without writing) and
 * {@link org.iocrun.launch.IbekGenerate} (ibek's {@code runtime generate}/{@code generate2}), the runtime folder built
 * through {@link org.iocrun.launch.RuntimeFolderBuilder}. Also here: the container layout
 * ({@link org.iocrun.launch.EpicsPaths}), where a generation's inputs are found
 * ({@link org.iocrun.launch.GenerationInputs}), the IOC's environment with RELEASE.shell, autosave requests,
 * hardware waits, and the process replacement.
 */
package org.iocrun.launch;
