package org.iocrun.templating.nodes;

import org.iocrun.templating.python.TemplateFailure;

/** One render's share of {@link RenderLimits}: its deadline and its output size cap. */
final class RenderBudget {

    private final RenderLimits limits;
    private final long deadline;

    RenderBudget(RenderLimits limits) {
        this.limits = limits;
        this.deadline = System.nanoTime() + limits.timeLimit().toNanos();
    }

    void checkTime() {
        if (System.nanoTime() - deadline > 0) {
            throw TemplateFailure.runtime("rendering took longer than the limit of "
                    + limits.timeLimit().toMillis() + " ms (a loop without end?)");
        }
    }

    void checkSize(long chars) {
        if (chars > limits.maxOutputChars()) {
            throw TemplateFailure.runtime("rendered text exceeds the limit of " + limits.maxOutputChars()
                    + " characters");
        }
    }
}
