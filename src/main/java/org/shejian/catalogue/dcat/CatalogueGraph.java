package org.shejian.catalogue.dcat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;

/**
 * Builds the RDF of one catalogue: the catalogue, its datasets and distributions, and
 * every node they link to, typed so that the DCAT-AP range shapes can check it.
 */
final class CatalogueGraph {

	private static final String LANGUAGE = "http://publications.europa.eu/resource/authority/language/";

	private final Model model = ModelFactory.createDefaultModel();

	private final Nodes nodes;

	private final String base;

	private final Set<String> identifiers = new HashSet<>();

	private CatalogueGraph(String base) {
		this.base = base;
		this.nodes = new Nodes(this.model, base);
		DcatVocabulary.PREFIXES.forEach(this.model::setNsPrefix);
	}

	static Model of(DcatCatalogue catalogue) {
		CatalogueGraph graph = new CatalogueGraph(Iris.absolute(catalogue.baseUri(), "baseUri"));
		graph.catalogue(catalogue);
		return graph.model;
	}

	private void catalogue(DcatCatalogue source) {
		Resource catalogue = this.model.createResource(this.base + "/catalogue", DCAT.Catalog);
		this.nodes.texts(catalogue, DCTerms.title, source.title(), source.titleEn());
		this.nodes.text(catalogue, DCTerms.description, source.description(), "zh");
		this.nodes.link(catalogue, DCTerms.publisher, this.nodes.agent(source.publisher()));
		this.nodes.link(catalogue, FOAF.homepage, this.nodes.page(source.homepage(), "homepage"));
		this.nodes.date(catalogue, DCTerms.issued, source.issued());
		this.nodes.dateTime(catalogue, DCTerms.modified, source.modified());
		this.nodes.link(catalogue, DCTerms.language, language("ZHO"));
		this.nodes.link(catalogue, DCTerms.language, (source.titleEn() != null) ? language("ENG") : null);
		this.nodes.link(catalogue, DCTerms.license, this.nodes.licence(source.licence()));
		this.nodes.link(catalogue, DCTerms.spatial, this.nodes.location(source.spatial()));
		catalogue.addProperty(DCAT.themeTaxonomy, this.nodes.scheme());
		source.datasets().forEach((dataset) -> catalogue.addProperty(DCAT.dataset, dataset(dataset)));
	}

	private Resource dataset(DcatDataset source) {
		if (!this.identifiers.add(source.identifier())) {
			throw new IllegalArgumentException("Dataset identifier used twice: " + source.identifier());
		}
		String path = this.base + "/catalogue/resources/" + Iris.segments(source.identifier());
		Resource dataset = this.model.createResource(path + "#dataset", DCAT.Dataset);
		describe(dataset, source);
		situate(dataset, source);
		List<DcatDistribution> distributions = source.distributions();
		for (int i = 0; i < distributions.size(); i++) {
			dataset.addProperty(DCAT.distribution,
					distribution(path + "#distribution-" + (i + 1), distributions.get(i)));
		}
		return dataset;
	}

	private void describe(Resource dataset, DcatDataset source) {
		dataset.addProperty(DCTerms.identifier, source.identifier());
		this.nodes.texts(dataset, DCTerms.title, source.title(), source.titleEn());
		this.nodes.text(dataset, DCTerms.description, source.description(), "zh");
		source.keywords().forEach((keyword) -> this.nodes.text(dataset, DCAT.keyword, keyword, "zh"));
		this.nodes.date(dataset, DCTerms.issued, source.issued());
		this.nodes.dateTime(dataset, DCTerms.modified, source.modified());
		this.nodes.text(dataset, DcatVocabulary.VERSION, source.version(), null);
		this.nodes.link(dataset, DCAT.theme, this.nodes.theme(source.theme()));
	}

	private void situate(Resource dataset, DcatDataset source) {
		this.nodes.link(dataset, DCTerms.publisher, this.nodes.agent(source.publisher()));
		this.nodes.link(dataset, DCAT.contactPoint, this.nodes.contact(source.contact()));
		this.nodes.link(dataset, DCTerms.accrualPeriodicity, this.nodes.frequency(source.accrualPeriodicity()));
		this.nodes.link(dataset, DCTerms.accessRights, this.nodes.accessRights(source.accessRights()));
		this.nodes.link(dataset, DCAT.landingPage, this.nodes.page(source.landingPage(), "landingPage"));
		this.nodes.link(dataset, DCTerms.spatial, this.nodes.location(source.spatial()));
		this.nodes.link(dataset, DCTerms.temporal, this.nodes.period(source.temporal()));
	}

	private Resource distribution(String iri, DcatDistribution source) {
		Resource distribution = this.model.createResource(iri, DCAT.Distribution);
		distribution.addProperty(DCAT.accessURL, this.nodes.iri(source.accessUrl(), "accessUrl"));
		this.nodes.link(distribution, DCAT.downloadURL, this.nodes.iri(source.downloadUrl(), "downloadUrl"));
		this.nodes.link(distribution, DCAT.mediaType, this.nodes.mediaType(source.mediaType()));
		this.nodes.link(distribution, DCTerms.format, this.nodes.fileType(source.format()));
		this.nodes.text(distribution, DCTerms.title, source.title(), "zh");
		this.nodes.text(distribution, DCTerms.description, source.description(), "zh");
		this.nodes.link(distribution, DCTerms.license, this.nodes.licence(source.licence()));
		this.nodes.link(distribution, DcatVocabulary.AVAILABILITY, this.nodes.availability(source.availability()));
		return distribution;
	}

	private Resource language(String code) {
		return this.model.createResource(LANGUAGE + code, DCTerms.LinguisticSystem);
	}

}
