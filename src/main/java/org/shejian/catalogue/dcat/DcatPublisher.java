package org.shejian.catalogue.dcat;

/**
 * The agent that publishes a catalogue or provides a dataset.
 *
 * @param id an absolute IRI naming the agent, or the platform's own id of the unit (its
 * code), which becomes {@code <baseUri>/organisation/units/<id>}
 * @param name the official name, in Chinese
 * @param type what kind of body it is, {@code null} when not stated
 */
public record DcatPublisher(String id, String name, Type type) {

	public DcatPublisher {
		Iris.require(id, "id");
		Iris.require(name, "name");
	}

	/**
	 * Kinds of publisher, as the ADMS publisher-type list names them.
	 */
	public enum Type {

		NATIONAL_AUTHORITY("NationalAuthority", "National authority", "国家级机关"),
		REGIONAL_AUTHORITY("RegionalAuthority", "Regional authority", "省级机关"),
		LOCAL_AUTHORITY("LocalAuthority", "Local authority", "地方机关"),
		NON_PROFIT_ORGANISATION("NonProfitOrganisation", "Non-profit organisation", "非营利组织"),
		NON_GOVERNMENTAL_ORGANISATION("NonGovernmentalOrganisation", "Non-governmental organisation", "非政府组织"),
		COMPANY("Company", "Company", "企业");

		private final String code;

		private final String labelEn;

		private final String labelZh;

		Type(String code, String labelEn, String labelZh) {
			this.code = code;
			this.labelEn = labelEn;
			this.labelZh = labelZh;
		}

		/** The concept of the ADMS publisher-type list. */
		public String iri() {
			return "http://purl.org/adms/publishertype/" + this.code;
		}

		String labelEn() {
			return this.labelEn;
		}

		String labelZh() {
			return this.labelZh;
		}

	}

}
