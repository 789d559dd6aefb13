package org.shejian.catalogue.dcat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The catalogue as a whole, the root of an export.
 *
 * @param baseUri where the platform is published ({@code https://data.example.gov.cn});
 * every IRI the export mints starts with it; a trailing {@code /} is dropped
 * @param title the name in Chinese
 * @param titleEn the name in English, {@code null} when there is none
 * @param description what the catalogue holds, in Chinese
 * @param publisher who runs the catalogue
 * @param homepage the catalogue's public page, {@code null} when there is none
 * @param issued the day the catalogue was first published, {@code null} when unknown
 * @param modified the last change to any of its entries, {@code null} when unknown
 * @param licence the terms of the catalogue's own metadata, {@code null} when none are
 * stated
 * @param spatial the area the catalogue covers, {@code null} when not stated
 * @param datasets the published resources; {@code null} means none
 */
public record DcatCatalogue(String baseUri, String title, String titleEn, String description, DcatPublisher publisher,
		String homepage, LocalDate issued, Instant modified, DcatLicence licence, DcatLocation spatial,
		List<DcatDataset> datasets) {

	public DcatCatalogue {
		baseUri = Iris.require(baseUri, "baseUri").replaceAll("/+$", "");
		Iris.require(title, "title");
		Iris.require(description, "description");
		if (publisher == null) {
			throw new IllegalArgumentException("A catalogue needs a publisher");
		}
		datasets = (datasets != null) ? List.copyOf(datasets) : List.of();
	}

}
