package org.shejian.map;

import org.shejian.shared.Problem;
import org.shejian.shared.Text;

/**
 * A service item's class and its service guide (办事指南).
 *
 * @param serviceClass one of the four classes, required
 * @param conditions who may apply, plain text
 * @param materials what to bring, plain text
 * @param steps how it goes, plain text
 * @param timeLimitDays the time limit in working days, 0 to 365, {@code null} when none
 * @param fees what it costs
 * @param place where to go
 * @param hours when
 * @param contact whom to ask
 * @param legalBasis the rules it rests on, plain text
 * @param onlineLink where to apply online (http or https)
 */
public record ServiceDetails(ServiceClass serviceClass, String conditions, String materials, String steps,
		Integer timeLimitDays, String fees, String place, String hours, String contact, String legalBasis,
		String onlineLink) implements EntryDetails {

	@Override
	public ServiceDetails validated() {
		if (this.serviceClass == null) {
			throw Problem.invalid("map.service.class.missing");
		}
		if (this.timeLimitDays != null && (this.timeLimitDays < 0 || this.timeLimitDays > 365)) {
			throw Problem.invalid("map.service.timeLimit", this.timeLimitDays);
		}
		return new ServiceDetails(this.serviceClass, Text.prose(this.conditions, 4000),
				Text.prose(this.materials, 4000), Text.prose(this.steps, 4000), this.timeLimitDays,
				EntryDetails.optionalName(this.fees, 300), EntryDetails.optionalName(this.place, 300),
				EntryDetails.optionalName(this.hours, 200), EntryDetails.optionalName(this.contact, 200),
				Text.prose(this.legalBasis, 4000), EntryDetails.optionalUrl(this.onlineLink));
	}

}
