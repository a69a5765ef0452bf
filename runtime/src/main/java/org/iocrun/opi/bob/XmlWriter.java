package org.iocrun.opi.bob;

/**
 * Writes an {@link XmlNode} tree as lxml's {@code pretty_print} does for pvi: two-space indentation, no XML
 * declaration, {@code <tag/>} for elements without text or children, and every character outside ASCII written
 * as a decimal character reference, so the output is pure ASCII. Characters XML 1.0 forbids become U+FFFD so
 * the file always parses.
 */
public final class XmlWriter {

    private XmlWriter() {
    }

    public static String write(XmlNode root) {
        StringBuilder out = new StringBuilder(16_384);
        write(root, 0, out);
        return out.toString();
    }

    private static void write(XmlNode node, int depth, StringBuilder out) {
        out.repeat("  ", depth).append('<').append(node.tag());
        for (XmlNode.Attribute a : node.attributes()) {
            out.append(' ').append(a.name()).append("=\"");
            escape(a.value(), true, out);
            out.append('"');
        }
        if (node.children().isEmpty()) {
            if (node.text() == null) {
                out.append("/>\n");
            } else {
                out.append('>');
                escape(node.text(), false, out);
                out.append("</").append(node.tag()).append(">\n");
            }
            return;
        }
        out.append('>');
        if (node.text() != null) {
            escape(node.text(), false, out);
        }
        out.append('\n');
        for (XmlNode child : node.children()) {
            write(child, depth + 1, out);
        }
        out.repeat("  ", depth).append("</").append(node.tag()).append(">\n");
    }

    private static void escape(String text, boolean attribute, StringBuilder out) {
        if (plain(text, attribute)) {
            out.append(text);
            return;
        }
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                default -> {
                    int c = allowed(cp) ? cp : 0xFFFD;
                    if (c < 0x80) {
                        out.append((char) c);
                    } else {
                        out.append("&#").append(c).append(';');
                    }
                }
            }
        });
    }

    /** True when no character needs escaping: printable ASCII without markup (and newlines, in text). */
    private static boolean plain(String text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean escaped = c == '\n' ? attribute : c < 0x20 || c >= 0x7F || c == '&' || c == '<' || c == '>'
                    || attribute && c == '"';
            if (escaped) {
                return false;
            }
        }
        return true;
    }

    private static boolean allowed(int cp) {
        return cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
    }
}
