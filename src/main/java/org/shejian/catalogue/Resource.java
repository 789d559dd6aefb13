package org.shejian.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An information resource. The first block of components are the core metadata of GB/T
 * 21063.3 (name, publication date, abstract, provider, keywords with thesaurus,
 * classification, online link, resource identifier, service information, metadata
 * identifier, maintainer and update date); the second the practice that grew around it
 * (items, share type, open attribute, update cycle, related resources, groupings); the
 * third where its rows live and where it stands in review.
 *
 * @param identifier the resource identifier: provider unit code / sequence
 * @param platformKey the declaring module's key for the platform's own resources
 * @param providerUnitId the unit that provides (and maintains) the resource
 * @param sourceKind whether the platform stores imported rows or a module serves them
 * @param relation the table or view holding the rows
 * @param keyItems the items that together identify a row
 * @param unitItem the item holding a unit code, which decides each row's scope
 * @param publishedVersion the last published version, {@code null} before the first
 * @param version the optimistic-lock version of the working copy
 */
public record Resource(long id, String identifier, String metadataIdentifier, String platformKey, String name,
		String nameEn, String summary, LocalDate publicationDate, long providerUnitId, String providerName,
		String providerAddress, List<String> keywords, String thesaurus, Category category, String onlineLink,
		String serviceUrl, String serviceType, String metadataMaintainer, LocalDate metadataUpdated,
		ShareType shareType, String shareConditions, String shareMethod, boolean open, UpdateCycle updateCycle,
		List<Item> items, List<String> related, List<String> groups, SourceKind sourceKind, String relation,
		List<String> keyItems, String unitItem, ResourceState state, String reviewComment, Integer publishedVersion,
		Instant updatedAt, int version) {

	/** Where a resource's rows come from. */
	public enum SourceKind {

		/** Rows imported into a table of the catalogue. */
		STORED,
		/** Rows a module keeps and serves through a view. */
		PLATFORM

	}

	public Optional<Item> item(String name) {
		return this.items.stream().filter((item) -> item.name().equals(name)).findFirst();
	}

	public boolean isPublished() {
		return this.publishedVersion != null;
	}

	/** Whether the resource has a read API at all. */
	public boolean hasApi() {
		return this.shareType != ShareType.NOT_SHARED;
	}

	/** The provider-code part of the identifier. */
	public String providerCode() {
		return this.identifier.substring(0, this.identifier.indexOf('/'));
	}

	/** The sequence part of the identifier. */
	public String sequence() {
		return this.identifier.substring(this.identifier.indexOf('/') + 1);
	}

}
