package org.iocrun.yaml;

/** A scalar whose text claims a type (by its shape or an explicit tag) but is not a valid value of it. */
final class ScalarFormatException extends Exception {

    private final String hint;

    ScalarFormatException(String message, String hint) {
        super(message, null, false, false);
        this.hint = hint;
    }

    String hint() {
        return hint;
    }
}
