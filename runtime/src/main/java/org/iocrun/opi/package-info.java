/**
 * OPI screens: what ibek's pvi step produces, without Python.
 *
 * <p>The generation layer collects, for every entity whose definition has a {@code pvi:} block (disabled
 * entities included, in instance order), a {@link org.iocrun.opi.PviEntity} with the rendered
 * {@code yaml_path} and {@code ui_macros}, and calls
 * {@code new OpiGenerator(pviDefs, configDir).generate(iocName, entities)}. The returned
 * {@link org.iocrun.opi.OpiOutputs} holds the screens for the OPI folder (always with {@code index.bob}),
 * the {@code <Device>.pvi.template} files for the runtime folder and the rows to append to {@code ioc.subst}
 * after all entity databases; the commands write both folders through
 * {@code org.iocrun.launch.RuntimeFolderBuilder} into an {@link org.iocrun.launch.folders.OutputFolder} (a container
 * volume switched in at once, or a developer's folder of plain files).
 * {@link org.iocrun.opi.PreparedDeviceCache} keeps each device's drawn screens between runs.
 *
 * <p>Sub-packages: {@code device} (pvi device files: model, parser, include and parent resolution),
 * {@code layout} (pvi's DLS screen layout), {@code bob} (Phoebus XML in pvi's DLS theme).
 */
package org.iocrun.opi;
