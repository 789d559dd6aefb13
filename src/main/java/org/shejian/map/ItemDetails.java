package org.shejian.map;

import java.util.List;

import org.shejian.shared.Text;

/**
 * A map item's own fields.
 *
 * @param address the address
 * @param phone a telephone number
 * @param hours the opening hours as people write them
 * @param description plain text
 * @param photos web addresses (http or https) of photos, at most 10
 * @param tags short keywords, at most 20
 */
public record ItemDetails(String address, String phone, String hours, String description, List<String> photos,
		List<String> tags) implements EntryDetails {

	@Override
	public ItemDetails validated() {
		List<String> urls = EntryDetails.names(this.photos, 10, 500).stream().map(EntryDetails::optionalUrl).toList();
		return new ItemDetails(EntryDetails.optionalName(this.address, 300), EntryDetails.optionalName(this.phone, 60),
				EntryDetails.optionalName(this.hours, 200), Text.prose(this.description, 4000), urls,
				EntryDetails.names(this.tags, 20, 30));
	}

}
