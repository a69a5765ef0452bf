package org.iocrun.schema.typing;

/**
 * The title pydantic gives a field: Python's {@code name.title().replace("_", " ")}. {@code str.title()} upper-cases
 * every cased letter that follows an uncased character and lower-cases the others, so {@code controllerName}
 * becomes {@code Controllername} and {@code wave0_addr} becomes {@code Wave0 Addr}.
 */
public final class PythonTitle {

    private PythonTitle() {
    }

    public static String of(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean previousCased = false;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            boolean cased = Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
            out.appendCodePoint(cased ? (previousCased ? Character.toLowerCase(c) : Character.toTitleCase(c)) : c);
            previousCased = cased;
            i += Character.charCount(c);
        }
        return out.toString().replace('_', ' ');
    }
}
