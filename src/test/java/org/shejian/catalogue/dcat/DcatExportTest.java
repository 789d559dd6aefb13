package org.shejian.catalogue.dcat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.irix.IRIx;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.shejian.catalogue.dcat.DcatDataset.AccessRights;
import org.shejian.catalogue.dcat.DcatDataset.Frequency;
import org.shejian.catalogue.dcat.DcatDistribution.Availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DcatExportTest {

	private static final String BASE = "https://shejian.example.gov.cn";

	private static final String COMMUNITIES = BASE + "/catalogue/resources/11000000-1/000001#dataset";

	private static final String ORGANISATIONS = BASE + "/catalogue/resources/11000000-1/000002#dataset";

	private static final String GRID_STAFF = BASE + "/catalogue/resources/11000000-2/000001#dataset";

	private static final String VOLUNTEERS = BASE + "/catalogue/resources/%E6%9C%9D%E9%98%B3/0007#dataset";

	private final DcatExporter exporter = new DcatExporter();

	@Test
	void exportConformsToTheMandatoryShapes() {
		DcatValidation validation = this.exporter.validate(this.exporter.toModel(catalogue()));

		assertThat(validation.violations()).isEmpty();
		assertThat(validation.conforms()).isTrue();
	}

	@Test
	void onlyRecommendationLeftIsTheDatasetWithoutDistributions() {
		DcatValidation validation = this.exporter.validate(this.exporter.toModel(catalogue()));

		assertThat(validation.recommendations()).singleElement().satisfies((finding) -> {
			assertThat(finding.focusNode()).isEqualTo(GRID_STAFF);
			assertThat(finding.path()).isEqualTo("dcat:distribution");
		});
	}

	@Test
	void turtleParsesBackToTheSameGraph() {
		Model model = this.exporter.toModel(catalogue());

		String turtle = this.exporter.toTurtle(catalogue());
		Model parsed = RDFParser.fromString(turtle, Lang.TURTLE).toModel();

		assertThat(turtle).contains("@prefix dcat:").contains("社区基本信息");
		assertThat(parsed.isIsomorphicWith(model)).isTrue();
		assertThat(this.exporter.validate(parsed).conforms()).isTrue();
	}

	@Test
	void jsonLdParsesBackToTheSameGraph() {
		Model model = this.exporter.toModel(catalogue());

		String json = this.exporter.toJsonLd(catalogue());
		Model parsed = RDFParser.fromString(json, Lang.JSONLD).toModel();

		assertThat(json).contains("\"@context\"").contains("社区基本信息");
		assertThat(parsed.isIsomorphicWith(model)).isTrue();
		assertThat(this.exporter.validate(parsed).conforms()).isTrue();
	}

	@Test
	void identifiersWithSlashesAndChineseBecomeEncodedPathSegments() {
		Model model = this.exporter.toModel(catalogue());

		List<String> datasets = model.listSubjectsWithProperty(RDF.type, DCAT.Dataset)
			.mapWith(Resource::getURI)
			.toList();

		assertThat(datasets).containsExactlyInAnyOrder(COMMUNITIES, ORGANISATIONS, GRID_STAFF, VOLUNTEERS);
		assertThat(datasets).allSatisfy((iri) -> assertThat(IRIx.create(iri).hasScheme("https")).isTrue());
		assertThat(model.getResource(VOLUNTEERS).getProperty(DCTerms.identifier).getString()).isEqualTo("朝阳/0007");
		assertThat(model.getResource(COMMUNITIES.replace("#dataset", "#distribution-2"))
			.hasProperty(RDF.type, DCAT.Distribution)).isTrue();
	}

	@Test
	void textsCarryLanguageTagsAndDatesTheirDatatypes() {
		Resource communities = this.exporter.toModel(catalogue()).getResource(COMMUNITIES);

		assertThat(communities.listProperties(DCTerms.title).mapWith((s) -> s.getLiteral().getLanguage()).toList())
			.containsExactlyInAnyOrder("zh", "en");
		assertThat(communities.listProperties(DCAT.keyword).mapWith((s) -> s.getLiteral().getLanguage()).toList())
			.containsOnly("zh")
			.hasSize(2);
		Literal issued = communities.getProperty(DCTerms.issued).getLiteral();
		Literal modified = communities.getProperty(DCTerms.modified).getLiteral();
		assertThat(issued.getDatatypeURI()).isEqualTo(XSDDatatype.XSDdate.getURI());
		assertThat(issued.getLexicalForm()).isEqualTo("2023-03-01");
		assertThat(modified.getDatatypeURI()).isEqualTo(XSDDatatype.XSDdateTime.getURI());
		assertThat(modified.getLexicalForm()).isEqualTo("2024-05-20T02:30:00Z");
	}

	@Test
	void accessRightsAndUpdateCyclesUseTheEuAuthorityLists() {
		Model model = this.exporter.toModel(catalogue());

		assertThat(model.getResource(ORGANISATIONS).getPropertyResourceValue(DCTerms.accessRights).getURI())
			.isEqualTo("http://publications.europa.eu/resource/authority/access-right/RESTRICTED");
		assertThat(model.getResource(GRID_STAFF).getPropertyResourceValue(DCTerms.accessRights).getURI())
			.isEqualTo("http://publications.europa.eu/resource/authority/access-right/NON_PUBLIC");
		assertThat(model.getResource(GRID_STAFF).getPropertyResourceValue(DCTerms.accrualPeriodicity).getURI())
			.isEqualTo("http://publications.europa.eu/resource/authority/frequency/IRREG");
	}

	@Test
	void datasetWithoutTitleBreaksTheShapes() {
		Model model = this.exporter.toModel(catalogue());
		model.getResource(ORGANISATIONS).removeAll(DCTerms.title);

		DcatValidation validation = this.exporter.validate(model);

		assertThat(validation.conforms()).isFalse();
		assertThat(validation.violations()).singleElement().satisfies((finding) -> {
			assertThat(finding.focusNode()).isEqualTo(ORGANISATIONS);
			assertThat(finding.path()).isEqualTo("dct:title");
			assertThat(finding.text()).startsWith("<" + ORGANISATIONS + "> dct:title: ");
		});
	}

	@Test
	void distributionWithoutAccessUrlBreaksTheShapes() {
		Model model = this.exporter.toModel(catalogue());
		model.getResource(COMMUNITIES.replace("#dataset", "#distribution-1")).removeAll(DCAT.accessURL);

		DcatValidation validation = this.exporter.validate(model);

		assertThat(validation.conforms()).isFalse();
		assertThat(validation.violations()).extracting(DcatFinding::path).containsExactly("dcat:accessURL");
	}

	@Test
	void untypedPublisherBreaksTheRangeShapes() {
		Model model = this.exporter.toModel(catalogue());
		model.getResource(BASE + "/organisation/units/110105").removeAll(RDF.type);

		DcatValidation validation = this.exporter.validate(model);

		assertThat(validation.conforms()).isFalse();
		assertThat(validation.violations()).extracting(DcatFinding::path).containsOnly("dct:publisher");
	}

	@Test
	void catalogueModifiedAsPlainTextBreaksTheShapes() {
		Model model = this.exporter.toModel(catalogue());
		Resource catalogue = model.getResource(BASE + "/catalogue");
		catalogue.removeAll(DCTerms.modified).addProperty(DCTerms.modified, "2024年5月");

		DcatValidation validation = this.exporter.validate(model);

		assertThat(validation.conforms()).isFalse();
		assertThat(validation.violations()).extracting(DcatFinding::path).containsExactly("dct:modified");
	}

	@Test
	void dotSegmentsStayInsideTheCatalogue() {
		DcatCatalogue catalogue = new DcatCatalogue(BASE, "目录", null, "说明", publisher(), null, null, null, null, null,
				List.of(dataset("..", null)));

		Model model = this.exporter.toModel(catalogue);

		assertThat(model.listSubjectsWithProperty(RDF.type, DCAT.Dataset).next().getURI())
			.isEqualTo(BASE + "/catalogue/resources/%2E%2E#dataset");
	}

	@Test
	void refusesTwoDatasetsWithOneIdentifier() {
		DcatDataset dataset = communities();
		DcatCatalogue catalogue = new DcatCatalogue(BASE, "目录", null, "说明", publisher(), null, null, null, null, null,
				List.of(dataset, dataset));

		assertThatIllegalArgumentException().isThrownBy(() -> this.exporter.toModel(catalogue))
			.withMessageContaining("11000000-1/000001");
	}

	@Test
	void refusesRelativeUrls() {
		DcatDistribution relative = new DcatDistribution("/files/communities.csv", null, "text/csv", "CSV", null, null,
				null, null);
		DcatCatalogue catalogue = new DcatCatalogue(BASE, "目录", null, "说明", publisher(), null, null, null, null, null,
				List.of(dataset("11000000-9/000001", List.of(relative))));

		assertThatIllegalArgumentException().isThrownBy(() -> this.exporter.toModel(catalogue))
			.withMessageContaining("accessUrl");
	}

	private static DcatCatalogue catalogue() {
		return new DcatCatalogue(BASE + "/", "示例市社会建设信息资源目录", "Social construction information catalogue",
				"示例市各部门共享和开放的社会建设信息资源。", publisher(), BASE + "/", LocalDate.of(2023, 1, 1),
				Instant.parse("2024-06-01T00:00:00Z"), ccBy(), city(),
				List.of(communities(), organisations(), gridStaff(), volunteers()));
	}

	private static DcatDataset communities() {
		DcatDistribution csv = new DcatDistribution(BASE + "/catalogue/resources/11000000-1%2F000001/download",
				BASE + "/files/communities.csv", "text/csv", "CSV", "社区基本信息（CSV）", "全部社区的基本信息，每月更新。", ccBy(),
				Availability.STABLE);
		DcatDistribution api = new DcatDistribution(BASE + "/api/v1/resources/11000000-1%2F000001/rows", null,
				"application/json", "JSON", "社区基本信息接口", "按社区代码查询，需要访问密钥。", ccBy(), Availability.AVAILABLE);
		return new DcatDataset("11000000-1/000001", "社区基本信息", "Basic community information",
				"全市社区（居委会）的名称、代码、所属街道和联系方式。", List.of("社区", "居委会"), LocalDate.of(2023, 3, 1),
				Instant.parse("2024-05-20T02:30:00Z"), publisher(), contact(), new DcatTheme("01-02", "基层治理"),
				Frequency.MONTHLY, AccessRights.PUBLIC, "https://www.example.gov.cn/shuju/社区基本信息.html", city(),
				new DcatPeriod(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31)), "2.1", List.of(csv, api));
	}

	private static DcatDataset organisations() {
		DcatDistribution api = new DcatDistribution(BASE + "/api/v1/resources/11000000-1%2F000002/rows", null,
				"application/json", "JSON", "社会组织名录接口", "经审批取得访问密钥后调用。", ccBy(), Availability.AVAILABLE);
		return new DcatDataset("11000000-1/000002", "社会组织名录", null, "在本市登记的社会组织及其统一社会信用代码。", List.of("社会组织"),
				LocalDate.of(2023, 6, 1), Instant.parse("2024-04-02T08:00:00Z"), publisher(), contact(),
				new DcatTheme("02", "社会组织"), Frequency.QUARTERLY, AccessRights.RESTRICTED, null, city(),
				new DcatPeriod(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 3, 31)), null, List.of(api));
	}

	private static DcatDataset gridStaff() {
		return new DcatDataset("11000000-2/000001", "网格员信息", null, "网格员的姓名、负责网格和联系电话，仅供提供单位使用。", List.of("网格"),
				LocalDate.of(2024, 1, 15), null, publisher(), contact(), new DcatTheme("01-03", "网格化管理"),
				Frequency.IRREGULAR, AccessRights.NON_PUBLIC, null, city(),
				new DcatPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)), null, null);
	}

	private static DcatDataset volunteers() {
		return dataset("朝阳/0007",
				List.of(new DcatDistribution("https://example.gov.cn/志愿者/名单.xlsx", null,
						"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX", null, "志愿者名单。",
						ccBy(), Availability.TEMPORARY)));
	}

	private static DcatDataset dataset(String identifier, List<DcatDistribution> distributions) {
		return new DcatDataset(identifier, "志愿者名单", null, "注册志愿者的服务时长。", List.of("志愿服务"), LocalDate.of(2024, 2, 1),
				Instant.parse("2024-02-01T00:00:00Z"), publisher(), contact(), new DcatTheme("03/志愿", "志愿服务"),
				Frequency.ANNUAL, AccessRights.PUBLIC, null, city(),
				new DcatPeriod(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)), "2023", distributions);
	}

	private static DcatPublisher publisher() {
		return new DcatPublisher("110105", "示例市社会工作部", DcatPublisher.Type.LOCAL_AUTHORITY);
	}

	private static DcatContact contact() {
		return new DcatContact("数据资源科", "data@shejian.example.gov.cn", "010-6519 2345", "示例市建设路 1 号");
	}

	private static DcatLocation city() {
		return new DcatLocation("110000", "示例市",
				"POLYGON((115.4 39.4, 117.5 39.4, 117.5 41.1, 115.4 41.1, 115.4 39.4))", "POINT(116.4 39.9)");
	}

	private static DcatLicence ccBy() {
		return new DcatLicence("https://creativecommons.org/licenses/by/4.0/", "CC BY 4.0",
				List.of(DcatLicence.Type.ATTRIBUTION));
	}

}
