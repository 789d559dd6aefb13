package org.shejian.catalogue.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.shejian.catalogue.Catalogue;
import org.shejian.catalogue.Item;
import org.shejian.catalogue.Resource;
import org.shejian.catalogue.ResourceForm;
import org.shejian.catalogue.ResourceForm.ItemForm;
import org.shejian.catalogue.ShareType;
import org.shejian.catalogue.UpdateCycle;
import org.shejian.shared.Text;

/**
 * A resource as the console form sends it: item rows that may be left blank, and key
 * items and related resources typed as lists of names or identifiers.
 *
 * @param provider the providing unit's code; blank for the user's own unit (definition
 * only)
 * @param keyItems names of the key items, separated by commas or spaces
 * @param related identifiers of related resources, separated by commas or spaces
 */
record ResourceFields(String provider, String name, String nameEn, String summary, String publicationDate,
		String providerAddress, String keywords, String thesaurus, String categoryCode, String onlineLink,
		String serviceUrl, String serviceType, String metadataMaintainer, ShareType shareType, String shareConditions,
		String shareMethod, Boolean open, UpdateCycle updateCycle, List<ItemRow> items, String keyItems,
		String unitItem, String related, List<String> groups) {

	/** The blank item rows a new resource's form starts with. */
	static final int BLANK_ROWS = 8;

	/** The blank item rows added below the items of an existing resource. */
	static final int EXTRA_ROWS = 4;

	private static final String SEPARATORS = "[,，、;；\\s]+";

	/** The form of a new resource, with blank item rows. */
	static ResourceFields blank() {
		return new ResourceFields(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, Boolean.FALSE, UpdateCycle.IRREGULAR, blankRows(BLANK_ROWS), null, null, null, List.of());
	}

	/** The form filled from a working copy, with a few blank rows for new items. */
	static ResourceFields of(Resource resource) {
		List<ItemRow> rows = new ArrayList<>(resource.items().stream().map(ItemRow::of).toList());
		rows.addAll(blankRows(Math.min(EXTRA_ROWS, Catalogue.MAX_ITEMS - rows.size())));
		return new ResourceFields(resource.providerCode(), resource.name(), resource.nameEn(), resource.summary(),
				String.valueOf(resource.publicationDate()), resource.providerAddress(),
				String.join("，", resource.keywords()), resource.thesaurus(), resource.category().code(),
				resource.onlineLink(), resource.serviceUrl(), resource.serviceType(), resource.metadataMaintainer(),
				resource.shareType(), resource.shareConditions(), resource.shareMethod(), resource.open(),
				resource.updateCycle(), rows, String.join(", ", resource.keyItems()), resource.unitItem(),
				String.join(", ", resource.related()), resource.groups());
	}

	/** The service's form: blank item rows left out, typed lists split. */
	ResourceForm toForm() {
		List<ItemForm> filled = rows().stream().filter((row) -> !row.isBlank()).map(ItemRow::toForm).toList();
		return new ResourceForm(this.name, this.nameEn, this.summary, this.publicationDate, this.providerAddress,
				this.keywords, this.thesaurus, this.categoryCode, this.onlineLink, this.serviceUrl, this.serviceType,
				this.metadataMaintainer, this.shareType, this.shareConditions, this.shareMethod, isOpen(),
				this.updateCycle, filled, split(this.keyItems), this.unitItem, split(this.related),
				(this.groups != null) ? this.groups : List.of());
	}

	/** Whether the resource is open; an unticked box sends nothing. */
	public boolean isOpen() {
		return Boolean.TRUE.equals(this.open);
	}

	/** The rows as sent, never {@code null}. */
	public List<ItemRow> rows() {
		return (this.items != null) ? this.items.stream().map((row) -> (row != null) ? row : ItemRow.BLANK).toList()
				: List.of();
	}

	public boolean inGroup(String code) {
		return this.groups != null && this.groups.contains(code);
	}

	private static List<ItemRow> blankRows(int count) {
		return Stream.generate(() -> ItemRow.BLANK).limit(Math.max(count, 0)).toList();
	}

	private static List<String> split(String joined) {
		String text = Text.normalise(joined);
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		return Arrays.stream(text.split(SEPARATORS)).filter((part) -> !part.isEmpty()).toList();
	}

	/** One item row of the form. */
	record ItemRow(String name, String title, String titleEn, String element, Boolean required) {

		static final ItemRow BLANK = new ItemRow(null, null, null, null, Boolean.FALSE);

		static ItemRow of(Item item) {
			return new ItemRow(item.name(), item.title(), item.titleEn(), item.element(), item.required());
		}

		/** Whether the item is required; an unticked box sends nothing. */
		public boolean isRequired() {
			return Boolean.TRUE.equals(this.required);
		}

		boolean isBlank() {
			return Text.isBlank(this.name) && Text.isBlank(this.element) && Text.isBlank(this.title)
					&& Text.isBlank(this.titleEn);
		}

		ItemForm toForm() {
			return new ItemForm(this.name, this.title, this.titleEn, this.element, isRequired());
		}

	}

}
