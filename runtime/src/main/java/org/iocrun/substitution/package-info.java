/**
 * Expansion of EPICS substitution files and database templates without msi, byte-for-byte as msi of EPICS base
 * 7.0.3.1 does it, proven by the differential tests against the real msi ({@code MsiDifferentialTest},
 * {@code MsiRandomDifferentialTest}, {@code MsiCorpusTest}).
 *
 * <p>Entry point: {@link org.iocrun.substitution.DbExpander} with {@link org.iocrun.substitution.MsiOptions};
 * {@link org.iocrun.substitution.IncludePath#forIoc} builds start.sh's include path and
 * {@link org.iocrun.substitution.DbExpander#findMissingTemplates} is the render-time check.
 *
 * <p>Pipeline: {@code SubstitutionLexer}/{@code SubstitutionParser} read the substitution file into
 * {@code SubstitutionStep}s (msi's grammar and its quirks); {@code TemplateCompiler} reads each template once
 * into {@code TemplateLine}s (msi's 4095-byte line pieces, include/substitute commands, plain references located);
 * {@code Expansion} runs the steps with a {@code MacroTable} (macLib's scoped definitions) and a
 * {@code MacroTranslator} (macLib's trans/refer, ported rule for rule).
 *
 * <p>Where iocrun deliberately differs from msi (all cases where msi hangs, reads garbage or exhausts a resource):
 * <ul>
 *   <li>an include cycle is an error at the first repeat; msi includes until it runs out of file handles, writing
 *       the lines before each include again every time;</li>
 *   <li>{@code $(a,} at the very end of a template without a newline: msi loops for ever, iocrun ends the
 *       reference;</li>
 *   <li>a bare word at the very end of a substitution file without a newline: msi reads past its buffer,
 *       iocrun ends the word;</li>
 *   <li>with {@code -o}, any failure removes the output file (msi keeps it after "No template file");</li>
 *   <li>messages are iocrun's own (file:line:column), and undefined macros are reported as warnings even
 *       without {@code -V}; standard output and exit status are msi's.</li>
 * </ul>
 */
package org.iocrun.substitution;
