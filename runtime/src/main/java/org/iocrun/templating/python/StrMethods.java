package org.iocrun.templating.python;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Python's {@code str} methods, indexing by code point. */
final class StrMethods {

    static final Set<String> NAMES = Set.of("capitalize", "casefold", "center", "count", "endswith", "expandtabs",
            "find", "format", "format_map", "index", "isalnum", "isalpha", "isascii", "isdecimal", "isdigit",
            "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper", "join", "ljust",
            "lower", "lstrip", "partition", "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust",
            "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title",
            "upper", "zfill");

    private StrMethods() {
    }

    static Object call(String s, String name, Args a) {
        return switch (name) {
            case "format" -> StrFormat.format(s, a.positional(), a.keywords());
            case "format_map" -> {
                a.expectPositional(name, 1, 1);
                if (!(a.get(0) instanceof java.util.Map<?, ?> m)) {
                    throw TemplateFailure.type("format_map() argument must be a mapping, not " + PyTypes.typeName(a.get(0)));
                }
                java.util.Map<String, Object> kw = new java.util.LinkedHashMap<>();
                m.forEach((k, v) -> kw.put(PyText.str(k), v));
                yield StrFormat.format(s, List.of(), kw);
            }
            case "upper" -> noArgs(a, name, s.toUpperCase(Locale.ROOT));
            case "lower" -> noArgs(a, name, s.toLowerCase(Locale.ROOT));
            case "casefold" -> noArgs(a, name, s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
            case "swapcase" -> noArgs(a, name, swapcase(s));
            case "title" -> noArgs(a, name, title(s));
            case "capitalize" -> noArgs(a, name, capitalize(s));
            case "strip", "lstrip", "rstrip" -> {
                a.expectPositional(name, 0, 1);
                Object chars = a.size() > 0 ? a.get(0) : null;
                yield strip(s, chars == null ? null : requireStr(chars, name + " arg must be None or str"),
                        !name.equals("rstrip"), !name.equals("lstrip"));
            }
            case "split", "rsplit" -> {
                Object[] v = a.bind(name, new String[] {"sep", "maxsplit"}, new Object[] {null, -1L});
                String sep = v[0] == null ? null : requireStr(v[0], "must be str or None, not " + PyTypes.typeName(v[0]));
                long max = PyNumbers.index(v[1], "'%s' object cannot be interpreted as an integer");
                yield name.equals("split") ? split(s, sep, max) : rsplit(s, sep, max);
            }
            case "splitlines" -> {
                Object[] v = a.bind(name, new String[] {"keepends"}, new Object[] {false});
                yield splitlines(s, PyProtocols.truthy(v[0]));
            }
            case "join" -> {
                a.expectPositional(name, 1, 1);
                yield join(s, a.get(0));
            }
            case "replace" -> {
                a.expectPositional(name, 2, 3);
                long count = a.size() > 2 ? PyNumbers.index(a.get(2), "'%s' object cannot be interpreted as an integer") : -1;
                yield replace(s, requireStr(a.get(0), "replace() argument 1 must be str, not " + PyTypes.typeName(a.get(0))),
                        requireStr(a.get(1), "replace() argument 2 must be str, not " + PyTypes.typeName(a.get(1))), count);
            }
            case "startswith", "endswith" -> {
                a.expectPositional(name, 1, 3);
                String region = region(s, a, 1);
                yield affix(region, a.get(0), name.equals("startswith"));
            }
            case "find", "rfind", "index", "rindex" -> {
                a.expectPositional(name, 1, 3);
                String sub = requireStr(a.get(0), "must be str, not " + PyTypes.typeName(a.get(0)));
                int startCp = a.size() > 1 ? (int) clampStart(s, a.get(1)) : 0;
                String region = region(s, a, 1);
                int at = name.startsWith("r") ? region.lastIndexOf(sub) : region.indexOf(sub);
                if (at < 0) {
                    if (name.endsWith("index")) {
                        throw TemplateFailure.value("substring not found");
                    }
                    yield -1L;
                }
                yield (long) (startCp + PyStrings.index(region, at));
            }
            case "count" -> {
                a.expectPositional(name, 1, 3);
                String sub = requireStr(a.get(0), "must be str, not " + PyTypes.typeName(a.get(0)));
                yield count(region(s, a, 1), sub);
            }
            case "center", "ljust", "rjust" -> {
                a.expectPositional(name, 1, 2);
                long width = PyNumbers.index(a.get(0), "'%s' object cannot be interpreted as an integer");
                String fill = a.size() > 1 ? requireStr(a.get(1), "The fill character must be a unicode character") : " ";
                if (PyStrings.length(fill) != 1) {
                    throw TemplateFailure.type("The fill character must be exactly one character long");
                }
                yield justify(s, name, TextLimits.width(width, "width"), fill);
            }
            case "zfill" -> {
                a.expectPositional(name, 1, 1);
                yield zfill(s, TextLimits.width(PyNumbers.index(a.get(0), "'%s' object cannot be interpreted as an integer"), "width"));
            }
            case "partition", "rpartition" -> {
                a.expectPositional(name, 1, 1);
                String sep = requireStr(a.get(0), "must be str, not " + PyTypes.typeName(a.get(0)));
                if (sep.isEmpty()) {
                    throw TemplateFailure.value("empty separator");
                }
                int at = name.equals("partition") ? s.indexOf(sep) : s.lastIndexOf(sep);
                if (at < 0) {
                    yield name.equals("partition") ? PyTuple.of(s, "", "") : PyTuple.of("", "", s);
                }
                yield PyTuple.of(s.substring(0, at), sep, s.substring(at + sep.length()));
            }
            case "removeprefix" -> {
                a.expectPositional(name, 1, 1);
                String p = requireStr(a.get(0), "removeprefix() argument must be str, not " + PyTypes.typeName(a.get(0)));
                yield s.startsWith(p) ? s.substring(p.length()) : s;
            }
            case "removesuffix" -> {
                a.expectPositional(name, 1, 1);
                String p = requireStr(a.get(0), "removesuffix() argument must be str, not " + PyTypes.typeName(a.get(0)));
                yield s.endsWith(p) && !p.isEmpty() ? s.substring(0, s.length() - p.length()) : s;
            }
            case "expandtabs" -> {
                Object[] v = a.bind(name, new String[] {"tabsize"}, new Object[] {8L});
                yield expandtabs(s, (int) PyNumbers.index(v[0], "'%s' object cannot be interpreted as an integer"));
            }
            default -> noArgs(a, name, predicate(s, name));
        };
    }

    private static Object noArgs(Args a, String name, Object result) {
        a.expectPositional(name, 0, 0);
        return result;
    }

    static String requireStr(Object v, String message) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Undefined u) {
            throw u.failure();
        }
        throw TemplateFailure.type(message);
    }

    private static boolean predicate(String s, String name) {
        if (name.equals("isascii")) {
            return s.chars().allMatch(c -> c < 0x80);
        }
        if (s.isEmpty()) {
            return false;
        }
        return switch (name) {
            case "isalnum" -> s.codePoints().allMatch(c -> Character.isLetter(c) || isNumeric(c));
            case "isalpha" -> s.codePoints().allMatch(Character::isLetter);
            case "isdecimal" -> s.codePoints().allMatch(c -> Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER);
            case "isdigit" -> s.codePoints().allMatch(Character::isDigit);
            case "isnumeric" -> s.codePoints().allMatch(StrMethods::isNumeric);
            case "isspace" -> s.codePoints().allMatch(PyStrings::isSpace);
            case "isprintable" -> s.codePoints().allMatch(PyStrings::isPrintable);
            case "isidentifier" -> Character.isUnicodeIdentifierStart(s.codePointAt(0)) || s.charAt(0) == '_'
                    ? s.codePoints().allMatch(c -> c == '_' || Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c))
                    : false;
            case "islower" -> s.codePoints().anyMatch(Character::isLowerCase)
                    && s.codePoints().noneMatch(c -> Character.isUpperCase(c) || Character.isTitleCase(c));
            case "isupper" -> s.codePoints().anyMatch(Character::isUpperCase)
                    && s.codePoints().noneMatch(c -> Character.isLowerCase(c) || Character.isTitleCase(c));
            case "istitle" -> istitle(s);
            default -> throw new IllegalStateException(name);
        };
    }

    private static boolean isNumeric(int c) {
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    private static boolean istitle(String s) {
        boolean cased = false;
        boolean previousCased = false;
        for (int c : PyStrings.codePoints(s)) {
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (Character.isLowerCase(c)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }

    /** Python's {@code str.title()}: title-case after an uncased character, lower-case after a cased one. */
    static String title(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int c : PyStrings.codePoints(s)) {
            if (previousCased) {
                out.append(Character.toString(c).toLowerCase(Locale.ROOT));
            } else {
                out.appendCodePoint(Character.toTitleCase(c));
            }
            previousCased = PyStrings.isCased(c);
        }
        return out.toString();
    }

    /** Python's {@code str.capitalize()}: first character title-cased, the rest lower-cased. */
    static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        int rest = Character.charCount(first);
        return Character.toString(Character.toTitleCase(first)) + s.substring(rest).toLowerCase(Locale.ROOT);
    }

    private static String swapcase(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int c : PyStrings.codePoints(s)) {
            String ch = Character.toString(c);
            out.append(Character.isUpperCase(c) ? ch.toLowerCase(Locale.ROOT)
                    : Character.isLowerCase(c) ? ch.toUpperCase(Locale.ROOT) : ch);
        }
        return out.toString();
    }

    /** {@code str.strip(chars)}: whitespace when chars is null, else any of the chars' code points. */
    static String strip(String s, String chars, boolean left, boolean right) {
        int start = 0;
        int end = s.length();
        if (left) {
            while (start < end) {
                int c = s.codePointAt(start);
                if (!strippable(c, chars)) {
                    break;
                }
                start += Character.charCount(c);
            }
        }
        if (right) {
            while (end > start) {
                int c = s.codePointBefore(end);
                if (!strippable(c, chars)) {
                    break;
                }
                end -= Character.charCount(c);
            }
        }
        return s.substring(start, end);
    }

    private static boolean strippable(int c, String chars) {
        return chars == null ? PyStrings.isSpace(c) : chars.indexOf(c) >= 0;
    }

    static List<Object> split(String s, String sep, long maxsplit) {
        List<Object> out = new ArrayList<>();
        long max = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
        if (sep == null) {
            int i = 0;
            int n = s.length();
            while (true) {
                while (i < n && PyStrings.isSpace(s.codePointAt(i))) {
                    i += Character.charCount(s.codePointAt(i));
                }
                if (i >= n) {
                    break;
                }
                if (out.size() >= max) {
                    int end = n;
                    out.add(s.substring(i, end));
                    break;
                }
                int start = i;
                while (i < n && !PyStrings.isSpace(s.codePointAt(i))) {
                    i += Character.charCount(s.codePointAt(i));
                }
                out.add(s.substring(start, i));
            }
            return out;
        }
        if (sep.isEmpty()) {
            throw TemplateFailure.value("empty separator");
        }
        int from = 0;
        while (out.size() < max) {
            int at = s.indexOf(sep, from);
            if (at < 0) {
                break;
            }
            out.add(s.substring(from, at));
            from = at + sep.length();
        }
        out.add(s.substring(from));
        return out;
    }

    static List<Object> rsplit(String s, String sep, long maxsplit) {
        if (maxsplit < 0) {
            return split(s, sep, maxsplit);
        }
        List<Object> reversed = new ArrayList<>();
        if (sep == null) {
            int i = s.length();
            while (true) {
                while (i > 0 && PyStrings.isSpace(s.codePointBefore(i))) {
                    i -= Character.charCount(s.codePointBefore(i));
                }
                if (i <= 0) {
                    break;
                }
                if (reversed.size() >= maxsplit) {
                    reversed.add(s.substring(0, i));
                    break;
                }
                int end = i;
                while (i > 0 && !PyStrings.isSpace(s.codePointBefore(i))) {
                    i -= Character.charCount(s.codePointBefore(i));
                }
                reversed.add(s.substring(i, end));
            }
        } else {
            if (sep.isEmpty()) {
                throw TemplateFailure.value("empty separator");
            }
            int end = s.length();
            while (reversed.size() < maxsplit) {
                int at = s.lastIndexOf(sep, end - sep.length());
                if (at < 0) {
                    break;
                }
                reversed.add(s.substring(at + sep.length(), end));
                end = at;
            }
            reversed.add(s.substring(0, end));
        }
        List<Object> out = new ArrayList<>(reversed.size());
        for (int k = reversed.size() - 1; k >= 0; k--) {
            out.add(reversed.get(k));
        }
        return out;
    }

    static List<Object> splitlines(String s, boolean keepends) {
        List<Object> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            int breakLength = 0;
            if (c == '\r') {
                breakLength = i + 1 < n && s.charAt(i + 1) == '\n' ? 2 : 1;
            } else if (c == '\n' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85
                    || c == 0x2028 || c == 0x2029) {
                breakLength = 1;
            }
            if (breakLength > 0) {
                out.add(s.substring(start, keepends ? i + breakLength : i));
                i += breakLength;
                start = i;
            } else {
                i++;
            }
        }
        if (start < n) {
            out.add(s.substring(start));
        }
        return out;
    }

    static String join(String sep, Object iterable) {
        StringBuilder out = new StringBuilder();
        Iterator<Object> items = PyProtocols.iterator(iterable);
        int index = 0;
        while (items.hasNext()) {
            Object item = items.next();
            if (!(item instanceof String s)) {
                throw TemplateFailure.type("sequence item " + index + ": expected str instance, "
                        + PyTypes.typeName(item) + " found");
            }
            if (index > 0) {
                out.append(sep);
            }
            out.append(s);
            index++;
        }
        return out.toString();
    }

    /** Python's {@code str.replace}, including the empty-pattern case that inserts between characters. */
    static String replace(String s, String old, String replacement, long count) {
        long max = count < 0 ? Long.MAX_VALUE : count;
        if (old.isEmpty()) {
            StringBuilder out = new StringBuilder();
            long done = 0;
            int i = 0;
            while (true) {
                if (done < max) {
                    out.append(replacement);
                    done++;
                }
                if (i >= s.length()) {
                    break;
                }
                int c = s.codePointAt(i);
                out.appendCodePoint(c);
                i += Character.charCount(c);
                if (done >= max) {
                    out.append(s, i, s.length());
                    break;
                }
            }
            return out.toString();
        }
        if (max == Long.MAX_VALUE) {
            return s.replace(old, replacement);
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        long done = 0;
        while (done < max) {
            int at = s.indexOf(old, from);
            if (at < 0) {
                break;
            }
            out.append(s, from, at).append(replacement);
            from = at + old.length();
            done++;
        }
        return out.append(s, from, s.length()).toString();
    }

    private static boolean affix(String region, Object test, boolean prefix) {
        if (test instanceof PyTuple t) {
            for (Object item : t.items()) {
                if (affix(region, item, prefix)) {
                    return true;
                }
            }
            return false;
        }
        String p = requireStr(test, (prefix ? "startswith" : "endswith")
                + " first arg must be str or a tuple of str, not " + PyTypes.typeName(test));
        return prefix ? region.startsWith(p) : region.endsWith(p);
    }

    /** The part of s selected by optional start/end arguments at positions {@code from}, {@code from + 1}. */
    private static String region(String s, Args a, int from) {
        if (a.size() <= from) {
            return s;
        }
        long length = PyStrings.length(s);
        long start = clampStart(s, a.get(from));
        long end = length;
        if (a.size() > from + 1 && a.get(from + 1) != null) {
            end = PyNumbers.index(a.get(from + 1), "slice indices must be integers or None or have an __index__ method");
            if (end < 0) {
                end = Math.max(0, end + length);
            }
            end = Math.min(end, length);
        }
        if (end < start) {
            return "";
        }
        return s.substring(PyStrings.offset(s, (int) start), PyStrings.offset(s, (int) end));
    }

    private static long clampStart(String s, Object v) {
        if (v == null) {
            return 0;
        }
        long length = PyStrings.length(s);
        long start = PyNumbers.index(v, "slice indices must be integers or None or have an __index__ method");
        if (start < 0) {
            start = Math.max(0, start + length);
        }
        return Math.min(start, length);
    }

    private static long count(String s, String sub) {
        if (sub.isEmpty()) {
            return PyStrings.length(s) + 1;
        }
        long n = 0;
        int from = 0;
        while (true) {
            int at = s.indexOf(sub, from);
            if (at < 0) {
                return n;
            }
            n++;
            from = at + sub.length();
        }
    }

    static String justify(String s, String how, int width, String fill) {
        int length = PyStrings.length(s);
        if (width <= length) {
            return s;
        }
        int total = width - length;
        return switch (how) {
            case "ljust" -> s + fill.repeat(total);
            case "rjust" -> fill.repeat(total) + s;
            default -> {
                // CPython's pad(): the odd extra character goes left only when both margin and width are odd
                int left = total / 2 + (total & width & 1);
                yield fill.repeat(left) + s + fill.repeat(total - left);
            }
        };
    }

    private static String zfill(String s, int width) {
        int length = PyStrings.length(s);
        if (width <= length) {
            return s;
        }
        String zeros = "0".repeat(width - length);
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            return s.charAt(0) + zeros + s.substring(1);
        }
        return zeros + s;
    }

    private static String expandtabs(String s, int tabsize) {
        StringBuilder out = new StringBuilder();
        int column = 0;
        for (int c : PyStrings.codePoints(s)) {
            if (c == '\t') {
                if (tabsize > 0) {
                    int spaces = tabsize - column % tabsize;
                    out.append(" ".repeat(spaces));
                    column += spaces;
                }
            } else {
                out.appendCodePoint(c);
                column = c == '\n' || c == '\r' ? 0 : column + 1;
            }
        }
        return out.toString();
    }
}
