package org.shejian.catalogue.dcat;

import java.util.List;

/**
 * Terms of use, exported as a {@code dct:LicenseDocument}.
 *
 * @param uri the licence's absolute IRI
 * ({@code https://creativecommons.org/licenses/by/4.0/})
 * @param name the licence's name, {@code null} when not stated
 * @param types what the licence allows or demands; {@code null} means not stated
 */
public record DcatLicence(String uri, String name, List<Type> types) {

	public DcatLicence {
		Iris.require(uri, "uri");
		types = (types != null) ? List.copyOf(types) : List.of();
	}

	/**
	 * What a licence allows or demands, as the ADMS licence-type list names it.
	 */
	public enum Type {

		PUBLIC_DOMAIN("PublicDomain", "Public domain", "公有领域"), ATTRIBUTION("Attribution", "Attribution", "署名"),
		SHARE_ALIKE("ViralEffect-ShareAlike", "Share-alike", "相同方式共享"),
		NON_COMMERCIAL_USE_ONLY("NonCommercialUseOnly", "Non-commercial use only", "仅限非商业用途"),
		NO_DERIVATIVE_WORK("NoDerivativeWork", "No derivative work", "禁止演绎");

		private final String code;

		private final String labelEn;

		private final String labelZh;

		Type(String code, String labelEn, String labelZh) {
			this.code = code;
			this.labelEn = labelEn;
			this.labelZh = labelZh;
		}

		/** The concept of the ADMS licence-type list. */
		public String iri() {
			return "http://purl.org/adms/licencetype/" + this.code;
		}

		String labelEn() {
			return this.labelEn;
		}

		String labelZh() {
			return this.labelZh;
		}

	}

}
