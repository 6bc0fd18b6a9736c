package io.phasegate.jira.bundle;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** atlassian-plugin.xml (or a Spring XML file) from the built jar, parsed with the JDK's DOM. */
final class PluginDescriptor {
    private final Document document;

    private PluginDescriptor(Document document) {
        this.document = document;
    }

    static PluginDescriptor parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new PluginDescriptor(factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)));
        } catch (Exception e) {
            throw new IllegalStateException("descriptor is not well-formed XML: " + e.getMessage(), e);
        }
    }

    Element root() {
        return document.getDocumentElement();
    }

    /** Top-level module elements of the given local name. */
    List<Element> modules(String localName) {
        return children(root(), localName);
    }

    /** Every element of the given local name anywhere in the document. */
    List<Element> all(String localName) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = document.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ("*".equals(localName) || localName.equals(e.getLocalName()))) {
                result.add(e);
            }
        }
        return result;
    }

    static String text(Element parent, String child) {
        List<Element> found = children(parent, child);
        return found.isEmpty() ? null : found.get(0).getTextContent().trim();
    }
}
