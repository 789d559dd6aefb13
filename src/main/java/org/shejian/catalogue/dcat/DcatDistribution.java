package org.shejian.catalogue.dcat;

/**
 * One way to get a dataset's data: a download, a page or an API.
 *
 * @param accessUrl where the data can be reached; an absolute IRI
 * @param downloadUrl the file itself, {@code null} when there is no direct download
 * @param mediaType the IANA media type ({@code text/csv}), {@code null} when unknown
 * @param format the code of the EU file-type authority list ({@code CSV}, {@code XLSX},
 * {@code JSON}), {@code null} when unknown
 * @param title the name in Chinese, {@code null} when there is none
 * @param description what this distribution offers, in Chinese, {@code null} when there
 * is none
 * @param licence the terms of use, {@code null} when none are stated
 * @param availability how long the distribution is meant to stay, {@code null} when not
 * stated
 */
public record DcatDistribution(String accessUrl, String downloadUrl, String mediaType, String format, String title,
		String description, DcatLicence licence, Availability availability) {

	public DcatDistribution {
		Iris.require(accessUrl, "accessUrl");
	}

	/**
	 * Planned availability, as the EU planned-availability authority list names it.
	 */
	public enum Availability {

		TEMPORARY("temporary", "临时"), EXPERIMENTAL("experimental", "试验"), AVAILABLE("available", "可用"),
		STABLE("stable", "稳定");

		private final String labelEn;

		private final String labelZh;

		Availability(String labelEn, String labelZh) {
			this.labelEn = labelEn;
			this.labelZh = labelZh;
		}

		/** The concept of the EU planned-availability authority list. */
		public String iri() {
			return "http://publications.europa.eu/resource/authority/planned-availability/" + name();
		}

		String labelEn() {
			return this.labelEn;
		}

		String labelZh() {
			return this.labelZh;
		}

	}

}
