package org.shejian.catalogue.dcat;

/**
 * A class of the catalogue's resource classification, exported as a {@code skos:Concept}
 * in the catalogue's own concept scheme.
 *
 * @param code the class code ({@code 02-03}); any characters, percent-encoded into the
 * concept's IRI
 * @param label the class name, in Chinese
 */
public record DcatTheme(String code, String label) {

	public DcatTheme {
		Iris.require(code, "code");
		Iris.require(label, "label");
	}

}
