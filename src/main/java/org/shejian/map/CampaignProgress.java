package org.shejian.map;

/**
 * How far a campaign has come within one district (or the whole scope, for the total
 * line).
 *
 * @param unitId the district, or the campaign's scope unit for the total
 * @param unitName its name
 * @param asked units asked
 * @param onTime submitted by the deadline
 * @param late submitted after it
 * @param outstanding not submitted yet (overdue once the deadline has passed)
 */
public record CampaignProgress(long unitId, String unitName, long asked, long onTime, long late, long outstanding) {

	/** The share of units that have submitted, 0–100. */
	public double submittedPercent() {
		return (this.asked == 0) ? 0 : 100.0 * (this.onTime + this.late) / this.asked;
	}

}
