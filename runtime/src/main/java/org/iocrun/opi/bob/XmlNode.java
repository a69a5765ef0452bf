package org.iocrun.opi.bob;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An immutable XML element: tag, attributes in order, text (null for none) and child elements. Enough for
 * Phoebus display files, which have no mixed content.
 */
public record XmlNode(String tag, List<Attribute> attributes, String text, List<XmlNode> children) {

    public XmlNode {
        attributes = List.copyOf(attributes);
        children = List.copyOf(children);
    }

    public record Attribute(String name, String value) {
    }

    public static XmlNode element(String tag, String text, XmlNode... children) {
        return new XmlNode(tag, List.of(), text, List.of(children));
    }

    public XmlNode withAttribute(String name, String value) {
        List<Attribute> list = new ArrayList<>(attributes);
        list.add(new Attribute(name, value));
        return new XmlNode(tag, list, text, children);
    }

    public XmlNode withText(String newText) {
        return new XmlNode(tag, attributes, newText, children);
    }

    public XmlNode withChild(XmlNode child) {
        List<XmlNode> list = new ArrayList<>(children);
        list.add(child);
        return new XmlNode(tag, attributes, text, list);
    }

    public XmlNode withChildren(List<XmlNode> more) {
        List<XmlNode> list = new ArrayList<>(children);
        list.addAll(more);
        return new XmlNode(tag, attributes, text, list);
    }

    public XmlNode withoutChild(String childTag) {
        return new XmlNode(tag, attributes, text,
                children.stream().filter(c -> !c.tag.equals(childTag)).toList());
    }

    /**
     * Sets the text of the first element named {@code name} in document order, this element included; the tree
     * is unchanged if there is none.
     */
    public XmlNode withFirstText(String name, String newText) {
        return replaceFirst(name, newText, new AtomicBoolean());
    }

    /**
     * Sets, for each name in {@code texts}, the text of the first element of that name in document order (this
     * element included), in one pass; names without an element are ignored.
     */
    public XmlNode withFirstTexts(java.util.Map<String, String> texts) {
        return fill(texts, new java.util.HashSet<>(texts.size()));
    }

    private XmlNode fill(java.util.Map<String, String> texts, java.util.Set<String> done) {
        String newText = text;
        if (texts.containsKey(tag) && done.add(tag)) {
            newText = texts.get(tag);
        }
        if (done.size() == texts.size()) {
            return newText == text ? this : new XmlNode(tag, attributes, newText, children);
        }
        List<XmlNode> list = new ArrayList<>(children.size());
        boolean changed = newText != text;
        for (XmlNode c : children) {
            XmlNode filled = done.size() == texts.size() ? c : c.fill(texts, done);
            changed |= filled != c;
            list.add(filled);
        }
        return changed ? new XmlNode(tag, attributes, newText, list) : this;
    }

    /** Adds {@code child} to the first element named {@code name} in document order. */
    public XmlNode withChildInFirst(String name, XmlNode child) {
        return appendFirst(name, child, new AtomicBoolean());
    }

    private XmlNode replaceFirst(String name, String newText, AtomicBoolean done) {
        if (done.get()) {
            return this;
        }
        if (tag.equals(name)) {
            done.set(true);
            return withText(newText);
        }
        List<XmlNode> list = new ArrayList<>(children.size());
        for (XmlNode c : children) {
            list.add(c.replaceFirst(name, newText, done));
        }
        return new XmlNode(tag, attributes, text, list);
    }

    private XmlNode appendFirst(String name, XmlNode child, AtomicBoolean done) {
        if (done.get()) {
            return this;
        }
        if (tag.equals(name)) {
            done.set(true);
            return withChild(child);
        }
        List<XmlNode> list = new ArrayList<>(children.size());
        for (XmlNode c : children) {
            list.add(c.appendFirst(name, child, done));
        }
        return new XmlNode(tag, attributes, text, list);
    }
}
