package org.shejian.catalogue.dcat;

import java.util.Map;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCAT;

/**
 * The terms the export needs that Jena's vocabularies lack, and the prefixes it writes.
 */
final class DcatVocabulary {

	static final String DCATAP = "http://data.europa.eu/r5r/";

	/** {@code dcat:version}, new in DCAT 3. */
	static final Property VERSION = ResourceFactory.createProperty(DCAT.NS, "version");

	/** {@code dcatap:availability}, the planned availability of a distribution. */
	static final Property AVAILABILITY = ResourceFactory.createProperty(DCATAP, "availability");

	/** GeoSPARQL's WKT literal, for bounding boxes and centroids. */
	static final RDFDatatype WKT = TypeMapper.getInstance()
		.getSafeTypeByName("http://www.opengis.net/ont/geosparql#wktLiteral");

	static final Map<String, String> PREFIXES = Map.ofEntries(Map.entry("dcat", DCAT.NS), Map.entry("dcatap", DCATAP),
			Map.entry("dct", "http://purl.org/dc/terms/"), Map.entry("foaf", "http://xmlns.com/foaf/0.1/"),
			Map.entry("vcard", "http://www.w3.org/2006/vcard/ns#"),
			Map.entry("skos", "http://www.w3.org/2004/02/skos/core#"),
			Map.entry("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
			Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
			Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#"),
			Map.entry("gsp", "http://www.opengis.net/ont/geosparql#"));

	private DcatVocabulary() {
	}

}
