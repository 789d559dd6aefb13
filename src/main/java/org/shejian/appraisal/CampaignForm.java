package org.shejian.appraisal;

/**
 * A campaign as a city administrator enters it. Times are local date-times in Beijing
 * ({@code 2026-05-01T09:00}, the form of an HTML {@code datetime-local} field).
 *
 * @param category the category's name ({@code COMMUNITY}, ...)
 * @param year the year of the plaques
 * @param title the name shown, {@code null} for a generated one
 * @param opensAt when voting opens
 * @param closesAt when voting closes
 * @param awardCount how many plaques, {@code null} for the configured default
 * @param minBallots the fewest ballots to be ranked, {@code null} for the default
 * @param version the version edited, for an edit
 */
public record CampaignForm(String category, Integer year, String title, String opensAt, String closesAt,
		Integer awardCount, Integer minBallots, Integer version) {

}
