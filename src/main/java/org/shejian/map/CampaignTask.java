package org.shejian.map;

import java.time.Instant;
import java.time.LocalDate;

import org.shejian.shared.Dates;

/**
 * One unit's part of a campaign.
 *
 * @param campaignId the campaign
 * @param unitId the unit asked
 * @param unitCode its code
 * @param unitName its name
 * @param districtId its district, for progress by district
 * @param submittedAt when it submitted, {@code null} until then
 * @param submittedBy who submitted
 * @param services how many of its service items were reported or published when it
 * submitted
 * @param note what it said with the submission
 * @param remindedAt the last reminder, {@code null} when none was sent
 * @param reminders how many reminders it was sent
 * @param version the optimistic version
 */
public record CampaignTask(long campaignId, long unitId, String unitCode, String unitName, long districtId,
		Instant submittedAt, String submittedBy, Integer services, String note, Instant remindedAt, int reminders,
		int version) {

	/** Where a task stands on a given day. */
	public enum Standing {

		/** Not submitted, the deadline not yet passed. */
		OPEN,
		/** Not submitted, the deadline passed. */
		OVERDUE,
		/** Submitted by the deadline. */
		ON_TIME,
		/** Submitted after the deadline. */
		LATE

	}

	public Standing standing(LocalDate deadline, LocalDate today) {
		if (this.submittedAt == null) {
			return today.isAfter(deadline) ? Standing.OVERDUE : Standing.OPEN;
		}
		LocalDate day = LocalDate.ofInstant(this.submittedAt, Dates.ZONE);
		return day.isAfter(deadline) ? Standing.LATE : Standing.ON_TIME;
	}

}
