package org.iocrun.templating.python;

import java.util.List;
import java.util.Map;

/** Python's {@code str.format(*args, **kwargs)}: replacement fields, conversions and nested format specs. */
public final class StrFormat {

    private final List<Object> args;
    private final Map<String, Object> kwargs;
    private int autoIndex;
    private boolean manual;

    private StrFormat(List<Object> args, Map<String, Object> kwargs) {
        this.args = args;
        this.kwargs = kwargs;
    }

    public static String format(String template, List<Object> args, Map<String, Object> kwargs) {
        return new StrFormat(args, kwargs).render(template, 2);
    }

    private String render(String template, int depth) {
        if (depth < 0) {
            throw TemplateFailure.value("Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder(template.length() + 16);
        int n = template.length();
        int i = 0;
        while (i < n) {
            char c = template.charAt(i);
            if (c == '{') {
                if (i + 1 < n && template.charAt(i + 1) == '{') {
                    out.append('{');
                    i += 2;
                    continue;
                }
                int end = fieldEnd(template, i + 1);
                out.append(field(template.substring(i + 1, end), depth));
                i = end + 1;
            } else if (c == '}') {
                if (i + 1 < n && template.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw TemplateFailure.value("Single '}' encountered in format string");
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int fieldEnd(String template, int from) {
        int depth = 1;
        boolean inIndex = false;
        for (int i = from; i < template.length(); i++) {
            char c = template.charAt(i);
            if (inIndex) {
                inIndex = c != ']';
            } else if (c == '[') {
                inIndex = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw TemplateFailure.value(depth > 1 || template.indexOf('}', from) >= 0
                ? "expected '}' before end of string" : "Single '{' encountered in format string");
    }

    private String field(String field, int depth) {
        int colon = -1;
        int bang = -1;
        boolean inIndex = false;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (inIndex) {
                inIndex = c != ']';
            } else if (c == '[') {
                inIndex = true;
            } else if (c == '!' && bang < 0) {
                bang = i;
            } else if (c == ':') {
                colon = i;
                break;
            }
        }
        String spec = colon < 0 ? "" : field.substring(colon + 1);
        String head = colon < 0 ? field : field.substring(0, colon);
        char conversion = 0;
        if (bang >= 0 && bang < head.length()) {
            String conv = head.substring(bang + 1);
            if (conv.length() != 1 || "rsa".indexOf(conv.charAt(0)) < 0) {
                throw TemplateFailure.value(conv.isEmpty() ? "end of string while looking for conversion specifier"
                        : "Unknown conversion specifier " + conv);
            }
            conversion = conv.charAt(0);
            head = head.substring(0, bang);
        }
        Object value = lookup(head);
        value = switch (conversion) {
            case 'r' -> PyText.repr(value);
            case 'a' -> PercentFormat.repr(value, true);
            case 's' -> PyText.str(value);
            default -> value;
        };
        if (spec.indexOf('{') >= 0) {
            spec = render(spec, depth - 1);
        }
        return FormatSpec.format(value, spec);
    }

    private Object lookup(String head) {
        int i = 0;
        while (i < head.length() && head.charAt(i) != '.' && head.charAt(i) != '[') {
            i++;
        }
        String first = head.substring(0, i);
        Object value;
        if (first.isEmpty()) {
            if (manual) {
                throw TemplateFailure.value("cannot switch from manual field specification to automatic field numbering");
            }
            value = positional(autoIndex++);
        } else if (first.chars().allMatch(Character::isDigit)) {
            if (autoIndex > 0) {
                throw TemplateFailure.value("cannot switch from automatic field numbering to manual field specification");
            }
            manual = true;
            if (first.length() > 9) {
                // beyond any argument list, and beyond int: Python's own message, without parsing it
                throw TemplateFailure.value("Replacement index " + first + " out of range for positional args tuple");
            }
            value = positional(Integer.parseInt(first));
        } else {
            if (!kwargs.containsKey(first)) {
                throw TemplateFailure.value(PyText.repr(first));
            }
            value = kwargs.get(first);
        }
        while (i < head.length()) {
            if (head.charAt(i) == '.') {
                int start = ++i;
                while (i < head.length() && head.charAt(i) != '.' && head.charAt(i) != '[') {
                    i++;
                }
                String name = head.substring(start, i);
                Object attr = Attributes.pythonAttribute(value, name);
                if (attr == Attributes.MISSING) {
                    throw TemplateFailure.value("'" + PyTypes.typeName(value) + "' object has no attribute '"
                            + name + "'");
                }
                value = attr;
            } else {
                int close = head.indexOf(']', i);
                String key = head.substring(i + 1, close);
                i = close + 1;
                Object k = !key.isEmpty() && key.chars().allMatch(Character::isDigit) ? (Object) Long.parseLong(key) : key;
                Object item = Attributes.pythonItem(value, k);
                if (item == Attributes.MISSING) {
                    throw TemplateFailure.value(PyText.repr(k));
                }
                value = item;
            }
        }
        return value;
    }

    private Object positional(int index) {
        if (index >= args.size()) {
            throw TemplateFailure.value("Replacement index " + index + " out of range for positional args tuple");
        }
        return args.get(index);
    }
}
