/**
 * Errors as values: a {@link org.iocrun.diagnostics.Problem} is an error or warning at a
 * {@link org.iocrun.diagnostics.SourcePosition} (file, line, column) with a hint;
 * {@link org.iocrun.diagnostics.Problems} collects every problem of a step so one run reports them all, and
 * {@link org.iocrun.diagnostics.UserError} carries them out to the command, which prints them
 * ({@link org.iocrun.diagnostics.ProblemPrinter}: text, JSON lines or GitHub annotations) and exits 1. Every other
 * room uses this one; it uses none.
 */
package org.iocrun.diagnostics;
