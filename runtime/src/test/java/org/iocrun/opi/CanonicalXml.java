package org.iocrun.opi;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Compares XML documents after canonicalisation: element names, attributes (order ignored) and text, with
 * whitespace-only text nodes dropped. Test helper.
 */
final class CanonicalXml {

    private CanonicalXml() {
    }

    static Element parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    }

    /** The first difference between the two documents as a readable path and message, or empty when equal. */
    static Optional<String> difference(String expected, String actual) throws Exception {
        return difference(parse(expected), parse(actual), "/" + parse(expected).getTagName());
    }

    private static Optional<String> difference(Element e, Element a, String path) {
        if (!e.getTagName().equals(a.getTagName())) {
            return Optional.of(path + ": element <" + e.getTagName() + "> expected, got <" + a.getTagName() + ">");
        }
        if (!attributes(e).equals(attributes(a))) {
            return Optional.of(path + ": attributes " + attributes(e) + " expected, got " + attributes(a));
        }
        List<Node> ek = significant(e);
        List<Node> ak = significant(a);
        for (int i = 0; i < Math.min(ek.size(), ak.size()); i++) {
            Node en = ek.get(i);
            Node an = ak.get(i);
            String here = path + "/" + describe(en, i);
            if (en.getNodeType() != an.getNodeType()) {
                return Optional.of(here + ": " + describe(en, i) + " expected, got " + describe(an, i)
                        + " '" + an.getTextContent() + "'");
            }
            if (en instanceof Element ee) {
                Optional<String> d = difference(ee, (Element) an, path + "/" + ee.getTagName() + "[" + i + "]"
                        + nameOf(ee));
                if (d.isPresent()) {
                    return d;
                }
            } else if (!en.getNodeValue().equals(an.getNodeValue())) {
                return Optional.of(here + ": text '" + en.getNodeValue() + "' expected, got '" + an.getNodeValue()
                        + "'");
            }
        }
        if (ek.size() != ak.size()) {
            return Optional.of(path + ": " + ek.size() + " children expected, got " + ak.size()
                    + (ek.size() > ak.size() ? "; first missing " + summary(ek.get(ak.size()))
                    : "; first extra " + summary(ak.get(ek.size()))));
        }
        return Optional.empty();
    }

    private static String nameOf(Element e) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element ce && ce.getTagName().equals("name")) {
                return "{" + ce.getTextContent() + "}";
            }
        }
        return "";
    }

    private static String summary(Node n) {
        return n instanceof Element el ? "<" + el.getTagName() + ">" + nameOf(el) : "text '" + n.getNodeValue() + "'";
    }

    private static String describe(Node n, int i) {
        return n instanceof Element el ? el.getTagName() + "[" + i + "]" : "text()";
    }

    private static Map<String, String> attributes(Element e) {
        Map<String, String> out = new TreeMap<>();
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            out.put(attrs.item(i).getNodeName(), attrs.item(i).getNodeValue());
        }
        return out;
    }

    private static List<Node> significant(Element e) {
        List<Node> out = new ArrayList<>();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            switch (c.getNodeType()) {
                case Node.ELEMENT_NODE -> out.add(c);
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> {
                    if (!c.getNodeValue().isBlank()) {
                        out.add(c);
                    }
                }
                default -> {
                }
            }
        }
        return out;
    }
}
