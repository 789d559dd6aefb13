package org.shejian.catalogue.dcat;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RIOT;

/**
 * Exports a catalogue as DCAT-AP 3.0.1 and checks exports against the DCAT-AP SHACL
 * shapes. Safe to share between threads; the shapes are parsed once, when the exporter is
 * made.
 */
public class DcatExporter {

	private final DcatShapes shapes = new DcatShapes();

	/**
	 * The catalogue as an RDF model, with the usual prefixes set.
	 * @throws IllegalArgumentException when a value cannot become RDF: a URL or IRI that
	 * is not absolute, a malformed media type or file-type code, two datasets with one
	 * identifier
	 */
	public Model toModel(DcatCatalogue catalogue) {
		return CatalogueGraph.of(catalogue);
	}

	/** The catalogue as Turtle. */
	public String toTurtle(DcatCatalogue catalogue) {
		return toTurtle(toModel(catalogue));
	}

	/** A model, usually from {@link #toModel}, as Turtle. */
	public String toTurtle(Model model) {
		return RDFWriter.source(model)
			.format(RDFFormat.TURTLE_PRETTY)
			.set(RIOT.symTurtleDirectiveStyle, "at")
			.asString();
	}

	/** The catalogue as JSON-LD 1.1 with a context made from the prefixes. */
	public String toJsonLd(DcatCatalogue catalogue) {
		return toJsonLd(toModel(catalogue));
	}

	/** A model, usually from {@link #toModel}, as JSON-LD 1.1. */
	public String toJsonLd(Model model) {
		return RDFWriter.source(model).format(RDFFormat.JSONLD11_PRETTY).asString();
	}

	/**
	 * Checks a model against the mandatory DCAT-AP shapes ({@code shapes.ttl} and
	 * {@code range.ttl}) and, apart, the recommended ones.
	 */
	public DcatValidation validate(Model model) {
		return this.shapes.validate(model);
	}

}
