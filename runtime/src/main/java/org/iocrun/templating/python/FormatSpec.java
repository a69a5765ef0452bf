package org.iocrun.templating.python;

import java.math.BigInteger;
import java.util.Locale;

/** Python's {@code format(value, spec)}: the format-spec mini-language for str, int, bool and float. */
public final class FormatSpec {

    private int fill = -1;
    private char align;
    private char sign;
    private boolean alternate;
    private boolean zero;
    private int width = -1;
    private char grouping;
    private int precision = -1;
    private char type;

    private FormatSpec() {
    }

    public static String format(Object value, String spec) {
        if (value instanceof Undefined u) {
            throw u.failure();
        }
        if (spec.isEmpty()) {
            return PyText.str(value);
        }
        FormatSpec s = parse(spec);
        return switch (value) {
            case String str -> s.string(str);
            case Double d -> s.floating(d);
            case Float f -> s.floating(f);
            case Object o when PyNumbers.isIntOrBool(o) -> s.integer(PyNumbers.asBig(o));
            case AttributeObject o -> s.string(PyText.text(o));
            // None included: Python's NoneType.__format__ accepts only an empty spec
            case null, default -> throw TemplateFailure.type("unsupported format string passed to "
                    + PyTypes.typeName(value) + ".__format__");
        };
    }

    private static FormatSpec parse(String spec) {
        FormatSpec s = new FormatSpec();
        int[] cps = PyStrings.codePoints(spec);
        int i = 0;
        if (cps.length >= 2 && isAlign(cps[1])) {
            s.fill = cps[0];
            s.align = (char) cps[1];
            i = 2;
        } else if (cps.length >= 1 && isAlign(cps[0])) {
            s.align = (char) cps[0];
            i = 1;
        }
        if (i < cps.length && (cps[i] == '+' || cps[i] == '-' || cps[i] == ' ')) {
            s.sign = (char) cps[i++];
        }
        if (i < cps.length && cps[i] == 'z') {
            i++;
        }
        if (i < cps.length && cps[i] == '#') {
            s.alternate = true;
            i++;
        }
        if (i < cps.length && cps[i] == '0') {
            s.zero = true;
            i++;
        }
        int start = i;
        while (i < cps.length && Character.isDigit(cps[i])) {
            i++;
        }
        if (i > start) {
            s.width = TextLimits.parseWidth(new String(cps, start, i - start), "width");
        }
        if (i < cps.length && (cps[i] == ',' || cps[i] == '_')) {
            s.grouping = (char) cps[i++];
        }
        if (i < cps.length && cps[i] == '.') {
            i++;
            start = i;
            while (i < cps.length && Character.isDigit(cps[i])) {
                i++;
            }
            if (i == start) {
                throw TemplateFailure.value("Format specifier missing precision");
            }
            s.precision = TextLimits.parseWidth(new String(cps, start, i - start), "precision");
        }
        if (i < cps.length) {
            s.type = (char) cps[i++];
        }
        if (i < cps.length) {
            throw TemplateFailure.value("Invalid format specifier '" + spec + "' for object of type 'str'");
        }
        return s;
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    private String string(String value) {
        if (type != 0 && type != 's') {
            throw unknown("str");
        }
        if (sign != 0) {
            throw TemplateFailure.value("Sign not allowed in string format specifier");
        }
        if (alternate) {
            throw TemplateFailure.value("Alternate form (#) not allowed in string format specifier");
        }
        if (align == '=') {
            throw TemplateFailure.value("'=' alignment not allowed in string format specifier");
        }
        String text = value;
        if (precision >= 0 && precision < PyStrings.length(text)) {
            text = text.substring(0, PyStrings.offset(text, precision));
        }
        return pad("", text, '<');
    }

    private String integer(BigInteger value) {
        if ("eEfFgG%".indexOf(type) >= 0 && type != 0) {
            return floating(value.doubleValue());
        }
        if (precision >= 0) {
            throw TemplateFailure.value("Precision not allowed in integer format specifier");
        }
        String digits = switch (type) {
            case 0, 'd', 'n' -> value.abs().toString();
            case 'b' -> value.abs().toString(2);
            case 'o' -> value.abs().toString(8);
            case 'x' -> value.abs().toString(16);
            case 'X' -> value.abs().toString(16).toUpperCase(Locale.ROOT);
            case 'c' -> Character.toString(value.intValueExact());
            default -> throw unknown("int");
        };
        if (type != 'c') {
            digits = group(digits, type == 0 || type == 'd' || type == 'n' ? 3 : 4);
        }
        String prefix = alternate ? switch (type) {
            case 'b' -> "0b";
            case 'o' -> "0o";
            case 'x' -> "0x";
            case 'X' -> "0X";
            default -> "";
        } : "";
        return pad(signText(value.signum() < 0) + prefix, digits, '>');
    }

    private String floating(double value) {
        boolean negative = value < 0 || (value == 0 && 1 / value < 0);
        double abs = Math.abs(value);
        String body = switch (type) {
            case 0 -> precision < 0 ? FloatText.repr(abs) : FloatText.general(abs, precision, alternate, true);
            case 'f', 'F' -> FloatText.fixed(abs, precision < 0 ? 6 : precision, alternate);
            case 'e', 'E' -> FloatText.exponent(abs, precision < 0 ? 6 : precision, alternate);
            case 'g', 'G', 'n' -> FloatText.general(abs, precision < 0 ? 6 : precision, alternate, false);
            case '%' -> FloatText.fixed(abs * 100, precision < 0 ? 6 : precision, alternate) + "%";
            default -> throw unknown("float");
        };
        if (Character.isUpperCase(type)) {
            body = body.toUpperCase(Locale.ROOT);
        }
        if (grouping != 0 && Double.isFinite(abs)) {
            int end = 0;
            while (end < body.length() && Character.isDigit(body.charAt(end))) {
                end++;
            }
            body = group(body.substring(0, end), 3) + body.substring(end);
        }
        return pad(signText(negative && !Double.isNaN(value)), body, '>');
    }

    private String group(String digits, int size) {
        if (grouping == 0) {
            return digits;
        }
        StringBuilder out = new StringBuilder();
        int first = digits.length() % size;
        if (first == 0) {
            first = size;
        }
        out.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += size) {
            out.append(grouping).append(digits, i, i + size);
        }
        return out.toString();
    }

    private String signText(boolean negative) {
        if (negative) {
            return "-";
        }
        return sign == '+' ? "+" : sign == ' ' ? " " : "";
    }

    private String pad(String prefix, String body, char defaultAlign) {
        char a = align;
        int f = fill;
        if (zero && align == 0) {
            f = '0';
            a = defaultAlign == '>' ? '=' : '<';
        }
        if (a == 0) {
            a = defaultAlign;
        }
        if (f < 0) {
            f = ' ';
        }
        int length = PyStrings.length(prefix) + PyStrings.length(body);
        if (width <= length) {
            return prefix + body;
        }
        String padding = Character.toString(f);
        int total = width - length;
        return switch (a) {
            case '<' -> prefix + body + padding.repeat(total);
            case '^' -> padding.repeat(total / 2) + prefix + body + padding.repeat(total - total / 2);
            case '=' -> prefix + padding.repeat(total) + body;
            default -> padding.repeat(total) + prefix + body;
        };
    }

    private TemplateFailure unknown(String typeName) {
        return TemplateFailure.value("Unknown format code '" + type + "' for object of type '" + typeName + "'");
    }
}
