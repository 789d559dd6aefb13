package org.shejian.catalogue.dcat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VCARD4;

/**
 * The nodes a catalogue links to, each typed with the class the DCAT-AP range shapes
 * expect, and the literals it carries. Every method takes {@code null} for an absent
 * value and then adds or returns nothing.
 */
final class Nodes {

	private static final String FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";

	private static final String MEDIA_TYPE = "http://www.iana.org/assignments/media-types/";

	private static final Pattern MEDIA_TYPE_NAME = Pattern
		.compile("[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*");

	private static final Pattern FILE_TYPE_CODE = Pattern.compile("[A-Z0-9_]+");

	private final Model model;

	private final String base;

	Nodes(Model model, String base) {
		this.model = model;
		this.base = base;
	}

	void link(Resource subject, Property property, RDFNode object) {
		if (object != null) {
			subject.addProperty(property, object);
		}
	}

	void text(Resource subject, Property property, String text, String language) {
		if (text != null && !text.isBlank()) {
			subject.addProperty(property, text.strip(), (language != null) ? language : "");
		}
	}

	void texts(Resource subject, Property property, String zh, String en) {
		text(subject, property, zh, "zh");
		text(subject, property, en, "en");
	}

	void date(Resource subject, Property property, LocalDate date) {
		if (date != null) {
			subject.addProperty(property, this.model.createTypedLiteral(date.toString(), XSDDatatype.XSDdate));
		}
	}

	void dateTime(Resource subject, Property property, Instant instant) {
		if (instant != null) {
			subject.addProperty(property, this.model.createTypedLiteral(instant.toString(), XSDDatatype.XSDdateTime));
		}
	}

	Resource iri(String value, String name) {
		return (value != null) ? this.model.createResource(Iris.absolute(value.strip(), name)) : null;
	}

	Resource page(String url, String name) {
		return (url != null) ? iri(url, name).addProperty(RDF.type, FOAF.Document) : null;
	}

	Resource agent(DcatPublisher publisher) {
		if (publisher == null) {
			return null;
		}
		String iri = Iris.ownOrMinted(publisher.id(), this.base + "/organisation/units", "publisher id");
		Resource agent = this.model.createResource(iri, FOAF.Agent);
		text(agent, FOAF.name, publisher.name(), "zh");
		if (publisher.type() != null) {
			DcatPublisher.Type type = publisher.type();
			agent.addProperty(DCTerms.type, concept(type.iri(), type.labelZh(), type.labelEn()));
		}
		return agent;
	}

	Resource contact(DcatContact contact) {
		if (contact == null) {
			return null;
		}
		Resource kind = this.model.createResource(VCARD4.Kind);
		text(kind, VCARD4.fn, contact.name(), "zh");
		link(kind, VCARD4.hasEmail, (contact.email() != null) ? iri(mailto(contact.email()), "email") : null);
		link(kind, VCARD4.hasTelephone,
				(contact.phone() != null) ? iri("tel:" + contact.phone().replaceAll("\\s+", ""), "phone") : null);
		if (contact.address() != null && !contact.address().isBlank()) {
			Resource address = this.model.createResource(VCARD4.Address);
			text(address, VCARD4.street_address, contact.address(), "zh");
			kind.addProperty(VCARD4.hasAddress, address);
		}
		return kind;
	}

	Resource scheme() {
		Resource scheme = this.model.createResource(this.base + "/catalogue/classification", SKOS.ConceptScheme);
		texts(scheme, DCTerms.title, "信息资源分类", "Information resource classification");
		return scheme;
	}

	Resource theme(DcatTheme theme) {
		if (theme == null) {
			return null;
		}
		Resource scheme = scheme();
		Resource concept = this.model.createResource(scheme.getURI() + "/" + Iris.segment(theme.code()), SKOS.Concept);
		text(concept, SKOS.prefLabel, theme.label(), "zh");
		text(concept, SKOS.notation, theme.code(), null);
		return concept.addProperty(SKOS.inScheme, scheme);
	}

	Resource frequency(DcatDataset.Frequency frequency) {
		return (frequency != null) ? this.model.createResource(frequency.iri(), DCTerms.Frequency) : null;
	}

	Resource accessRights(DcatDataset.AccessRights rights) {
		return (rights != null) ? this.model.createResource(rights.iri(), DCTerms.RightsStatement) : null;
	}

	Resource availability(DcatDistribution.Availability availability) {
		return (availability != null) ? concept(availability.iri(), availability.labelZh(), availability.labelEn())
				: null;
	}

	Resource location(DcatLocation location) {
		if (location == null) {
			return null;
		}
		String iri = Iris.ownOrMinted(location.id(), this.base + "/organisation/divisions", "location id");
		Resource area = this.model.createResource(iri, DCTerms.Location);
		text(area, SKOS.prefLabel, location.name(), "zh");
		wkt(area, DCAT.bbox, location.bbox());
		wkt(area, DCAT.centroid, location.centroid());
		return area;
	}

	Resource period(DcatPeriod period) {
		if (period == null) {
			return null;
		}
		Resource time = this.model.createResource(DCTerms.PeriodOfTime);
		date(time, DCAT.startDate, period.start());
		date(time, DCAT.endDate, period.end());
		return time;
	}

	Resource licence(DcatLicence licence) {
		if (licence == null) {
			return null;
		}
		Resource document = iri(licence.uri(), "licence").addProperty(RDF.type, DCTerms.LicenseDocument);
		text(document, RDFS.label, licence.name(), null);
		licence.types()
			.forEach((type) -> document.addProperty(DCTerms.type, concept(type.iri(), type.labelZh(), type.labelEn())));
		return document;
	}

	Resource mediaType(String mediaType) {
		if (mediaType == null) {
			return null;
		}
		String name = mediaType.strip().toLowerCase(Locale.ROOT);
		if (!MEDIA_TYPE_NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Not a media type: " + mediaType);
		}
		return this.model.createResource(MEDIA_TYPE + name, DCTerms.MediaType);
	}

	Resource fileType(String format) {
		if (format == null) {
			return null;
		}
		String code = format.strip().toUpperCase(Locale.ROOT);
		if (!FILE_TYPE_CODE.matcher(code).matches()) {
			throw new IllegalArgumentException("Not a file-type code: " + format);
		}
		return this.model.createResource(FILE_TYPE + code, DCTerms.MediaTypeOrExtent);
	}

	private Resource concept(String iri, String labelZh, String labelEn) {
		Resource concept = this.model.createResource(iri, SKOS.Concept);
		texts(concept, SKOS.prefLabel, labelZh, labelEn);
		return concept;
	}

	private void wkt(Resource subject, Property property, String wkt) {
		if (wkt != null && !wkt.isBlank()) {
			subject.addProperty(property, this.model.createTypedLiteral(wkt.strip(), DcatVocabulary.WKT));
		}
	}

	private static String mailto(String email) {
		String address = email.strip();
		return address.startsWith("mailto:") ? address : "mailto:" + address;
	}

}
