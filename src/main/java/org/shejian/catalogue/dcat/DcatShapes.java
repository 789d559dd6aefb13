package org.shejian.catalogue.dcat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.P_Link;

/**
 * The DCAT-AP 3.0.1 shapes, parsed once: the mandatory ones (core and range rules) and
 * the recommended ones, checked separately because the recommended ones only warn.
 */
final class DcatShapes {

	private static final String FOLDER = "/dcat-ap-3.0.1/";

	private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
		.setNsPrefixes(DcatVocabulary.PREFIXES)
		.lock();

	private final Shapes mandatory = Shapes.parse(load("shapes.ttl", "range.ttl"));

	private final Shapes recommended = Shapes.parse(load("shapes_recommended.ttl"));

	DcatValidation validate(Model model) {
		ValidationReport mandatoryReport = ShaclValidator.get().validate(this.mandatory, model.getGraph());
		ValidationReport recommendedReport = ShaclValidator.get().validate(this.recommended, model.getGraph());
		return new DcatValidation(mandatoryReport.conforms(), findings(mandatoryReport), findings(recommendedReport));
	}

	private static List<DcatFinding> findings(ValidationReport report) {
		return report.getEntries()
			.stream()
			.map(DcatShapes::finding)
			.sorted(Comparator.comparing(DcatFinding::text))
			.toList();
	}

	private static DcatFinding finding(ReportEntry entry) {
		Node focus = entry.focusNode();
		String node = focus.isBlank() ? "_:" + focus.getBlankNodeLabel()
				: focus.isURI() ? focus.getURI() : focus.toString();
		String path = null;
		if (entry.resultPath() instanceof P_Link link) {
			path = PREFIXES.shortForm(link.getNode().getURI());
		}
		else if (entry.resultPath() != null) {
			path = entry.resultPath().toString(new Prologue(PREFIXES));
		}
		return new DcatFinding(node, path, entry.message());
	}

	private static Graph load(String... files) {
		Graph graph = GraphFactory.createDefaultGraph();
		for (String file : files) {
			try (InputStream in = DcatShapes.class.getResourceAsStream(FOLDER + file)) {
				if (in == null) {
					throw new IllegalStateException("Missing shapes file " + FOLDER + file);
				}
				RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return graph;
	}

}
