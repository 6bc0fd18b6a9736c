package io.phasegate.standalone.migrate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses workflow XML with every document type declaration refused, so no entity can expand or read
 * a file or URL. Jira writes one fixed declaration at the top of every workflow export (OSWorkflow's
 * public DTD, with no internal subset); that exact declaration is blanked out before parsing, since
 * it declares nothing the reader needs. Any other declaration is refused by the parser.
 */
final class SafeXml {
    // Only Jira's own line: the public id and system URL of OSWorkflow 2.x, no "[" internal subset.
    private static final Pattern OSWORKFLOW_DOCTYPE = Pattern.compile(
            "<!DOCTYPE\\s+workflow\\s+PUBLIC\\s+\"-//OpenSymphony Group//DTD OSWorkflow 2\\.\\d+//EN\"\\s+"
                    + "\"http://www\\.opensymphony\\.com/osworkflow/workflow_2_\\d+\\.dtd\"\\s*>");

    private SafeXml() {}

    /** The document in {@code bytes}; a refused declaration or bad XML is a {@link WorkflowXmlException}. */
    static Document parse(byte[] bytes) throws WorkflowXmlException {
        try {
            return builder().parse(new ByteArrayInputStream(withoutOsWorkflowDoctype(bytes)));
        } catch (SAXParseException e) {
            throw new WorkflowXmlException(
                    "is not well-formed XML or is refused (line " + e.getLineNumber() + ", column "
                            + e.getColumnNumber() + "): " + e.getMessage(),
                    e);
        } catch (SAXException | IOException e) {
            throw new WorkflowXmlException("cannot be parsed as XML: " + e.getMessage(), e);
        }
    }

    /** The bytes with Jira's OSWorkflow declaration replaced by spaces, so line and column numbers stay right. */
    static byte[] withoutOsWorkflowDoctype(byte[] bytes) {
        // ISO-8859-1 maps byte i to char i, so offsets found in the text are byte offsets (UTF-8 safe:
        // the declaration is ASCII and no multi-byte sequence contains an ASCII byte).
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int root = text.indexOf("<workflow");
        Matcher matcher = OSWORKFLOW_DOCTYPE.matcher(text);
        if (!matcher.find() || (root >= 0 && matcher.start() > root)) {
            return bytes;
        }
        byte[] copy = Arrays.copyOf(bytes, bytes.length);
        for (int i = matcher.start(); i < matcher.end(); i++) {
            if (copy[i] != '\n' && copy[i] != '\r') {
                copy[i] = ' ';
            }
        }
        return copy;
    }

    private static DocumentBuilder builder() throws WorkflowXmlException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new Strict());
            return builder;
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            throw new WorkflowXmlException("cannot be read: this Java has no safe XML parser (" + e + ")", e);
        }
    }

    // The default handler prints "[Fatal Error]" to standard error before throwing; the command says it once, itself.
    private static final class Strict implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXParseException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }
    }
}
