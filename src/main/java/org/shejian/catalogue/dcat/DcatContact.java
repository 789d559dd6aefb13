package org.shejian.catalogue.dcat;

/**
 * Whom to ask about a dataset, exported as a {@code vcard:Kind}.
 *
 * @param name the office or person, in Chinese
 * @param email an e-mail address, {@code null} when there is none
 * @param phone a telephone number as people write it ({@code 010-6519 2345}); spaces are
 * dropped; {@code null} when there is none
 * @param address the postal address, in Chinese, {@code null} when there is none
 */
public record DcatContact(String name, String email, String phone, String address) {

	public DcatContact {
		Iris.require(name, "name");
	}

}
