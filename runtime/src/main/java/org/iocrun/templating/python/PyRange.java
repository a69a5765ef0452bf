package org.iocrun.templating.python;

/** Python's {@code range} object over long values: lazy, indexable, prints as {@code range(0, 3)}. */
public record PyRange(long start, long stop, long step) {

    public long length() {
        if (step > 0) {
            return start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
    }

    public long get(long index) {
        return start + index * step;
    }

    public boolean contains(long value) {
        if (step > 0 ? (value < start || value >= stop) : (value > start || value <= stop)) {
            return false;
        }
        return (value - start) % step == 0;
    }
}
