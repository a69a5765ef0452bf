package org.iocrun.templating.nodes;

import org.iocrun.templating.python.TemplateError;

import java.time.Duration;

/**
 * Bounds on one render, so a support template that loops without end or builds huge text fails with a clear
 * {@link TemplateError} instead of hanging or exhausting memory; Jinja itself has no such limits, ibek's templates
 * need a few milliseconds and kilobytes.
 *
 * @param timeLimit      wall-clock time one render may take, checked at every statement and loop iteration
 * @param maxOutputChars characters one render (or one string it builds) may reach
 */
public record RenderLimits(Duration timeLimit, int maxOutputChars) {

    public static final RenderLimits DEFAULT = new RenderLimits(Duration.ofMillis(500), 4 << 20);

    public RenderLimits {
        if (timeLimit.isNegative() || timeLimit.isZero() || maxOutputChars <= 0) {
            throw new IllegalArgumentException("render limits must be positive");
        }
    }
}
