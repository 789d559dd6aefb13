package org.shejian.map.web;

import java.util.Arrays;
import java.util.List;

import org.shejian.map.Entry;
import org.shejian.map.EntryForm;
import org.shejian.map.EntryKind;
import org.shejian.map.ItemDetails;
import org.shejian.map.PolicyDetails;
import org.shejian.map.PolicyValidity;
import org.shejian.map.ServiceClass;
import org.shejian.map.ServiceDetails;
import org.shejian.organisation.UnitCode;
import org.shejian.shared.geo.GeoPoint;

/**
 * The console's entry form, one flat field per input: photos one address a line, tags and
 * related units separated by commas; latitude and longitude as typed, read by
 * {@link GeoPoint#degrees(String)} so that a mistyped number is refused with the form
 * kept.
 */
record EntryFields(EntryKind kind, String unitCode, String layerCode, String title, String lat, String lng, String crs,
		String address, String phone, String hours, String description, String photos, String tags,
		ServiceClass serviceClass, String conditions, String materials, String steps, Integer timeLimitDays,
		String fees, String place, String serviceHours, String contact, String legalBasis, String onlineLink,
		String issuer, String documentNumber, String issuedOn, String effectiveFrom, String effectiveTo,
		PolicyValidity validity, String fullText, String relatedUnits, Integer version) {

	EntryForm toForm() {
		return new EntryForm(this.kind, this.unitCode, this.layerCode, this.title, GeoPoint.degrees(this.lat),
				GeoPoint.degrees(this.lng), this.crs,
				new ItemDetails(this.address, this.phone, this.hours, this.description, split(this.photos, "[\\r\\n]+"),
						split(this.tags, "[,，、]")),
				new ServiceDetails(this.serviceClass, this.conditions, this.materials, this.steps, this.timeLimitDays,
						this.fees, this.place, this.serviceHours, this.contact, this.legalBasis, this.onlineLink),
				new PolicyDetails(this.issuer, this.documentNumber, this.issuedOn, this.effectiveFrom, this.effectiveTo,
						this.validity, this.fullText, split(this.relatedUnits, "[,，、\\s]+")),
				this.version);
	}

	/** The form filled in from a stored entry, its point in WGS-84. */
	static EntryFields of(Entry entry, String layerCode) {
		ItemDetails item = (entry.details() instanceof ItemDetails i) ? i
				: new ItemDetails(null, null, null, null, List.of(), List.of());
		ServiceDetails service = (entry.details() instanceof ServiceDetails s) ? s
				: new ServiceDetails(null, null, null, null, null, null, null, null, null, null, null);
		PolicyDetails policy = (entry.details() instanceof PolicyDetails p) ? p
				: new PolicyDetails(null, null, null, null, null, null, null, List.of());
		return new EntryFields(entry.kind(), UnitCode.ofId(entry.unitId()).code(), layerCode, entry.title(),
				(entry.point() != null) ? String.valueOf(entry.point().lat()) : null,
				(entry.point() != null) ? String.valueOf(entry.point().lng()) : null, "wgs84", item.address(),
				item.phone(), item.hours(), item.description(), String.join("\n", item.photos()),
				String.join(",", item.tags()), service.serviceClass(), service.conditions(), service.materials(),
				service.steps(), service.timeLimitDays(), service.fees(), service.place(), service.hours(),
				service.contact(), service.legalBasis(), service.onlineLink(), policy.issuer(), policy.documentNumber(),
				policy.issuedOn(), policy.effectiveFrom(), policy.effectiveTo(), policy.validity(), policy.fullText(),
				String.join(",", policy.relatedUnits()), entry.version());
	}

	/** An empty form of the kind for the unit. */
	static EntryFields blank(EntryKind kind, String unitCode) {
		return new EntryFields(kind, unitCode, null, null, null, null, "gcj02", null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null);
	}

	private static List<String> split(String text, String separators) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split(separators)).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

}
