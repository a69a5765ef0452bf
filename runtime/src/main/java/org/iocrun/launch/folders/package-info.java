/**
 * The folders the launcher's use cases write into: container volumes switched in whole
 * ({@link org.iocrun.launch.folders.StagedDirectory}), a developer's folder of plain files with a manifest of what
 * iocrun wrote ({@link org.iocrun.launch.folders.PlainFolder}, {@link org.iocrun.launch.folders.Manifest}), both
 * behind {@link org.iocrun.launch.folders.OutputFolder}. Beside the launcher, which alone uses them; they depend on
 * nothing of the pipeline.
 */
package org.iocrun.launch.folders;
