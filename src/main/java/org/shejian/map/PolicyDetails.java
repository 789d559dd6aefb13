package org.shejian.map;

import java.time.LocalDate;
import java.util.List;

import org.shejian.organisation.UnitCode;
import org.shejian.shared.Dates;
import org.shejian.shared.Problem;
import org.shejian.shared.Text;

/**
 * A policy's own fields. Dates are written as people write them (2012-05-30, 2012年5月30日)
 * and stored as ISO dates.
 *
 * @param issuer the issuing body, required
 * @param documentNumber the document number (京社领发〔2012〕1号)
 * @param issuedOn the date of issue
 * @param effectiveFrom the first day in force
 * @param effectiveTo the last day in force, blank when open
 * @param validity whether it is in force, {@code IN_FORCE} when not given
 * @param fullText the full text, plain text
 * @param relatedUnits codes of the units it concerns
 */
public record PolicyDetails(String issuer, String documentNumber, String issuedOn, String effectiveFrom,
		String effectiveTo, PolicyValidity validity, String fullText,
		List<String> relatedUnits) implements EntryDetails {

	@Override
	public PolicyDetails validated() {
		LocalDate from = date(this.effectiveFrom);
		LocalDate to = date(this.effectiveTo);
		if (from != null && to != null && to.isBefore(from)) {
			throw Problem.invalid("map.policy.period", from, to);
		}
		List<String> units = EntryDetails.names(this.relatedUnits, 50, 12)
			.stream()
			.map((code) -> UnitCode.parse(code).code())
			.toList();
		return new PolicyDetails(Text.name(this.issuer, 200), EntryDetails.optionalName(this.documentNumber, 100),
				text(date(this.issuedOn)), text(from), text(to),
				(this.validity != null) ? this.validity : PolicyValidity.IN_FORCE, Text.prose(this.fullText, 100_000),
				units);
	}

	/** The date of issue, {@code null} when not given. */
	public LocalDate issueDate() {
		return date(this.issuedOn);
	}

	private static LocalDate date(String value) {
		return Text.isBlank(value) ? null : Dates.parse(value);
	}

	private static String text(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

}
