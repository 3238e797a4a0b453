package dev.awsjshell.shape;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the SDK's error parsers leave out of an error body and botocore keeps: the children of an XML error
 * ({@code <Error><BucketName>...}), S3's and the other XML protocols' ({@code <ErrorResponse><Error>...}). The SDK's
 * {@code AwsErrorDetails} keeps the body as it came; only the fields it does not model are read from it here.
 */
final class ErrorBodies {
    /** Moved to ResponseMetadata by botocore, or already there. */
    private static final List<String> METADATA = List.of("RequestId", "RequestID", "HostId");

    private ErrorBodies() {}

    /** botocore's "no body to parse": an empty body, or a 5xx's HTML page (a proxy's, a load balancer's). */
    static boolean isBodyless(byte[] raw, int status) {
        String text = new String(raw, StandardCharsets.UTF_8).strip();
        return text.isEmpty() || (status >= 500 && text.startsWith("<html>"));
    }

    /** The fields of an XML error body, by element name, nested elements as maps; empty for any other body. */
    static Map<String, Object> xmlFields(byte[] raw) {
        if (raw.length == 0 || raw[0] != '<' && !new String(raw, StandardCharsets.UTF_8).stripLeading().startsWith("<")) return Map.of();
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(raw)).getDocumentElement();
            Element error = root.getTagName().equals("Error") ? root : child(root, "Error");
            if (error == null) return Map.of();
            Map<String, Object> fields = children(error);
            METADATA.forEach(fields::remove);
            return fields;
        } catch (Exception notXml) {
            return Map.of();
        }
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) return e;
        }
        return null;
    }

    private static Map<String, Object> children(Element parent) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) continue;
            boolean nested = false;
            for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) nested |= c instanceof Element;
            fields.put(e.getTagName(), nested ? children(e) : e.getTextContent());
        }
        return fields;
    }
}
