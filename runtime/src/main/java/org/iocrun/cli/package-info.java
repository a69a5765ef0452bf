/**
 * The command line: picocli commands that parse arguments, call one use case and print its result or its problems.
 * Nothing here prepares a runtime folder: {@code start} calls {@code launch.Launcher}, {@code render} and
 * {@code diff} call {@code launch.LocalRender}, {@code validate} calls {@code launch.Validation}, ibek's
 * {@code runtime generate}/{@code generate2} call {@code launch.IbekGenerate}; the other commands call their own
 * front door ({@code substitution.DbExpander} for {@code msi}, {@code templating.JinjaEngine} for
 * {@code template render}, the {@code schema} classes for the schema commands). {@link org.iocrun.cli.Services} wires
 * the long-lived services (loader, caches, generator, template engine). {@code ArchitectureTest} holds the list of
 * what this package may use.
 */
package org.iocrun.cli;
