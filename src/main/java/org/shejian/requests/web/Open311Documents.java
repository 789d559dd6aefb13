package org.shejian.requests.web;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Writes Open311 answers as JSON (Jackson) or XML (StAX): a list becomes a JSON array
 * and, in XML, a root element holding one element per entry; a map becomes a JSON object
 * and an element per key. Every text is escaped by the writers; characters XML 1.0 cannot
 * carry become U+FFFD.
 */
@Component
class Open311Documents {

	private static final MediaType XML = MediaType.parseMediaType("text/xml;charset=UTF-8");

	/** The element names of list entries inside an object, by the list's name. */
	private static final Map<String, String> ENTRY_NAMES = Map.of("endpoints", "endpoint", "formats", "format",
			"attributes", "attribute", "values", "value");

	private final JsonMapper json;

	private final XMLOutputFactory xml = XMLOutputFactory.newFactory();

	Open311Documents(JsonMapper json) {
		this.json = json;
	}

	/**
	 * @param format {@code json} or {@code xml}
	 * @param root the XML root element
	 * @param entry the XML element of each entry when the body is a list
	 */
	ResponseEntity<String> write(HttpStatusCode status, String format, String root, String entry, Object body) {
		boolean isXml = "xml".equals(format);
		String text = isXml ? xml(root, entry, body) : this.json.writeValueAsString(body);
		return ResponseEntity.status(status)
			.header(HttpHeaders.CONTENT_TYPE, isXml ? XML.toString() : MediaType.APPLICATION_JSON_VALUE)
			.body(text);
	}

	/** The Open311 error list: one entry of the HTTP status and a description. */
	ResponseEntity<String> errors(HttpStatusCode status, String format, String description) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("code", status.value());
		error.put("description", description);
		return write(status, format, "errors", "error", List.of(error));
	}

	private String xml(String root, String entry, Object body) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter writer = this.xml.createXMLStreamWriter(out);
			writer.writeStartDocument("UTF-8", "1.0");
			element(writer, root, entry, body);
			writer.writeEndDocument();
			writer.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Open311 XML could not be written", ex);
		}
		return out.toString();
	}

	private void element(XMLStreamWriter writer, String name, String entry, Object value) throws XMLStreamException {
		writer.writeStartElement(name);
		if (value instanceof List<?> list) {
			for (Object item : list) {
				element(writer, entry, null, item);
			}
		}
		else if (value instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> field : map.entrySet()) {
				String key = String.valueOf(field.getKey());
				element(writer, key, ENTRY_NAMES.getOrDefault(key, "item"), field.getValue());
			}
		}
		else if (value != null) {
			writer.writeCharacters(safe(String.valueOf(value)));
		}
		writer.writeEndElement();
	}

	/**
	 * Replaces the characters XML 1.0 does not allow, a half of a surrogate pair without
	 * its other half included (it cannot be written as UTF-8).
	 */
	static String safe(String text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean paired = (Character.isHighSurrogate(c) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1)))
					|| (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
			boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
					|| (c >= 0xE000 && c <= 0xFFFD) || paired;
			if (!allowed && out == null) {
				out = new StringBuilder(text.substring(0, i));
			}
			if (out != null) {
				out.append(allowed ? c : '\uFFFD');
			}
		}
		return (out != null) ? out.toString() : text;
	}

}
