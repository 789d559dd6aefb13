package org.shejian.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.shejian.catalogue.dcat.DcatCatalogue;
import org.shejian.catalogue.dcat.DcatContact;
import org.shejian.catalogue.dcat.DcatDataset;
import org.shejian.catalogue.dcat.DcatDataset.AccessRights;
import org.shejian.catalogue.dcat.DcatDataset.Frequency;
import org.shejian.catalogue.dcat.DcatDistribution;
import org.shejian.catalogue.dcat.DcatExporter;
import org.shejian.catalogue.dcat.DcatLocation;
import org.shejian.catalogue.dcat.DcatPublisher;
import org.shejian.catalogue.dcat.DcatTheme;
import org.shejian.catalogue.dcat.DcatValidation;
import org.shejian.organisation.Unit;
import org.shejian.organisation.Units;
import org.shejian.shared.Dates;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The published catalogue as DCAT-AP 3: every published resource a dataset, its read API
 * (when it is shared) a distribution with the OpenAPI description beside it.
 */
@Service
public class DcatPublishing {

	private final Catalogue catalogue;

	private final Units units;

	private final Clock clock;

	private final String baseUri;

	private final String providerUnit;

	private final String providerName;

	private final DcatExporter exporter = new DcatExporter();

	DcatPublishing(Catalogue catalogue, Units units, Clock clock,
			@Value("${shejian.catalogue.base-uri}") String baseUri,
			@Value("${shejian.catalogue.provider-unit}") String providerUnit,
			@Value("${shejian.catalogue.provider-name}") String providerName) {
		this.catalogue = catalogue;
		this.units = units;
		this.clock = clock;
		this.baseUri = baseUri.replaceAll("/+$", "");
		this.providerUnit = providerUnit;
		this.providerName = providerName;
	}

	public Model model() {
		return this.exporter.toModel(describe());
	}

	public String turtle() {
		return this.exporter.toTurtle(model());
	}

	public String jsonLd() {
		return this.exporter.toJsonLd(model());
	}

	public DcatValidation validate() {
		return this.exporter.validate(model());
	}

	DcatCatalogue describe() {
		List<Resource> resources = this.catalogue.published();
		Unit city = this.units.find(this.providerUnit).orElse(null);
		String cityName = (city != null) ? city.name() : "";
		DcatPublisher centre = new DcatPublisher(this.baseUri + "/catalogue/provider", cityName + this.providerName,
				DcatPublisher.Type.LOCAL_AUTHORITY);
		DcatLocation spatial = (city != null) ? new DcatLocation(city.code(), city.name(), null, null) : null;
		List<DcatDataset> datasets = new ArrayList<>();
		Instant modified = null;
		for (Resource resource : resources) {
			DcatDataset dataset = dataset(resource, spatial);
			datasets.add(dataset);
			if (modified == null || dataset.modified().isAfter(modified)) {
				modified = dataset.modified();
			}
		}
		return new DcatCatalogue(this.baseUri, cityName + "社会建设信息资源目录",
				"Social-construction information resource catalogue",
				"本市社会建设信息资源目录：组织单元、社会组织、商务楼宇、统计和人口等信息资源的核心元数据、共享属性与数据接口。", centre, this.baseUri + "/catalogue", null,
				(modified != null) ? modified : this.clock.instant(), null, spatial, datasets);
	}

	private DcatDataset dataset(Resource r, DcatLocation spatial) {
		Unit provider = this.units.findById(r.providerUnitId()).orElse(null);
		String providerIri = this.baseUri + "/units/" + ((provider != null) ? provider.code() : r.providerCode());
		DcatPublisher publisher = new DcatPublisher(providerIri, r.providerName(), DcatPublisher.Type.LOCAL_AUTHORITY);
		DcatContact contact = new DcatContact(r.metadataMaintainer(), null, null, r.providerAddress());
		List<DcatDistribution> distributions = new ArrayList<>();
		String page = this.baseUri + "/catalogue/resources/" + r.identifier();
		if (r.hasApi()) {
			distributions
				.add(new DcatDistribution(this.baseUri + "/api/v1/data/" + r.identifier() + "/rows", null,
						"application/json", "JSON", r.name() + "数据接口", "分页读取（稳定游标、按数据项筛选、选择字段）；接口说明见 " + this.baseUri
								+ "/api/v1/data/" + r.identifier() + "/openapi.json",
						null, DcatDistribution.Availability.STABLE));
		}
		LocalDate updated = r.metadataUpdated();
		return new DcatDataset(r.identifier(), r.name(), r.nameEn(), r.summary(), r.keywords(), r.publicationDate(),
				updated.atStartOfDay(Dates.ZONE).toInstant(), publisher, contact,
				new DcatTheme(r.category().code(), r.category().name()), frequency(r.updateCycle()), access(r), page,
				spatial, null, String.valueOf(r.publishedVersion()), distributions);
	}

	private static Frequency frequency(UpdateCycle cycle) {
		return switch (cycle) {
			case REAL_TIME -> Frequency.CONTINUOUS;
			case DAILY -> Frequency.DAILY;
			case WEEKLY -> Frequency.WEEKLY;
			case MONTHLY -> Frequency.MONTHLY;
			case QUARTERLY -> Frequency.QUARTERLY;
			case ANNUAL -> Frequency.ANNUAL;
			case IRREGULAR -> Frequency.IRREGULAR;
		};
	}

	private static AccessRights access(Resource r) {
		if (r.shareType() == ShareType.NOT_SHARED) {
			return AccessRights.NON_PUBLIC;
		}
		return r.open() ? AccessRights.PUBLIC : AccessRights.RESTRICTED;
	}

}
