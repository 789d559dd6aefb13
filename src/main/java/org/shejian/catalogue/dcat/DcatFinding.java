package org.shejian.catalogue.dcat;

/**
 * One result of checking an export against the DCAT-AP shapes.
 *
 * @param focusNode the node that breaks the rule: an IRI, or {@code _:} and a label for a
 * blank node
 * @param path the property the rule is about, shortened with the usual prefixes
 * ({@code dct:title}), {@code null} when the rule is about the node as a whole
 * @param message what the rule expects and what it found
 */
public record DcatFinding(String focusNode, String path, String message) {

	/** The finding as one line of text: node, property and message. */
	public String text() {
		String node = this.focusNode.startsWith("_:") ? this.focusNode : "<" + this.focusNode + ">";
		return ((this.path != null) ? node + " " + this.path : node) + ": " + this.message;
	}

}
