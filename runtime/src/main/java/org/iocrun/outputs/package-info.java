/**
 * The folders iocrun writes into: container volumes switched in whole ({@link org.iocrun.outputs.StagedDirectory}),
 * a developer's folder of plain files with a manifest of what iocrun wrote ({@link org.iocrun.outputs.PlainFolder},
 * {@link org.iocrun.outputs.Manifest}), both behind {@link org.iocrun.outputs.OutputFolder}. Only the launcher uses
 * them; they are to move beside it once its rework lands.
 */
package org.iocrun.outputs;
