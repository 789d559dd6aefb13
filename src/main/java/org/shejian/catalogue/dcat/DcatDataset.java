package org.shejian.catalogue.dcat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One information resource of the catalogue, exported as a {@code dcat:Dataset}.
 *
 * @param identifier the resource's code, provider code and sequence
 * ({@code 11000000-1/000001}); may hold {@code /} and any other character, as it is
 * percent-encoded into the dataset's IRI
 * @param title the name in Chinese
 * @param titleEn the name in English, {@code null} when there is none
 * @param description the abstract, in Chinese
 * @param keywords Chinese keywords; {@code null} means none
 * @param issued the day the resource was first published, {@code null} when unknown
 * @param modified the last change to the resource, {@code null} when unknown
 * @param publisher the providing unit, {@code null} when not stated
 * @param contact whom to ask about the resource, {@code null} when not stated
 * @param theme the class of the catalogue classification the resource belongs to,
 * {@code null} when unclassified
 * @param accrualPeriodicity how often the resource is updated, {@code null} when unknown
 * @param accessRights who may read it, {@code null} when not stated
 * @param landingPage the resource's page, {@code null} when there is none
 * @param spatial the area the data covers, {@code null} when not stated
 * @param temporal the period the data covers, {@code null} when not stated
 * @param version the version name or number, {@code null} when unversioned
 * @param distributions the ways to get the data; {@code null} means none
 */
public record DcatDataset(String identifier, String title, String titleEn, String description, List<String> keywords,
		LocalDate issued, Instant modified, DcatPublisher publisher, DcatContact contact, DcatTheme theme,
		Frequency accrualPeriodicity, AccessRights accessRights, String landingPage, DcatLocation spatial,
		DcatPeriod temporal, String version, List<DcatDistribution> distributions) {

	public DcatDataset {
		Iris.require(identifier, "identifier");
		Iris.require(title, "title");
		Iris.require(description, "description");
		keywords = (keywords != null) ? List.copyOf(keywords) : List.of();
		distributions = (distributions != null) ? List.copyOf(distributions) : List.of();
	}

	/**
	 * Update cycles, as the EU frequency authority list names them.
	 */
	public enum Frequency {

		/** Updated continuously, as things happen. */
		CONTINUOUS("UPDATE_CONT"), DAILY("DAILY"), WEEKLY("WEEKLY"), MONTHLY("MONTHLY"), QUARTERLY("QUARTERLY"),
		ANNUAL("ANNUAL"),
		/**
		 * Updated when needed, on no schedule; the authority list's code is
		 * {@code IRREG}.
		 */
		IRREGULAR("IRREG");

		private final String code;

		Frequency(String code) {
			this.code = code;
		}

		/** The concept of the EU frequency authority list. */
		public String iri() {
			return "http://publications.europa.eu/resource/authority/frequency/" + this.code;
		}

	}

	/**
	 * Who may read a resource, as the EU access-right authority list names it. Open
	 * resources are {@code PUBLIC}; shared ones (to signed-in accounts or on an approved
	 * grant) {@code RESTRICTED}; resources not shared beyond their provider
	 * {@code NON_PUBLIC}.
	 */
	public enum AccessRights {

		PUBLIC, RESTRICTED, NON_PUBLIC;

		/** The concept of the EU access-right authority list. */
		public String iri() {
			return "http://publications.europa.eu/resource/authority/access-right/" + name();
		}

	}

}
