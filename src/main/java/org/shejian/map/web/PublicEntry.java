package org.shejian.map.web;

import java.time.Instant;
import java.time.LocalDate;

import org.shejian.map.EntryDetails;
import org.shejian.map.EntryKind;
import org.shejian.map.PolicyDetails;
import org.shejian.map.PublishedEntry;
import org.shejian.organisation.UnitCode;
import org.shejian.shared.geo.CoordinateSystem;
import org.shejian.shared.geo.Coordinates;
import org.shejian.shared.geo.GeoPoint;

/**
 * A published entry as the public map API shows it, its point in the system asked for.
 *
 * @param crs the system of {@code lat} and {@code lng}
 * @param lat {@code null} when the entry has no point
 */
record PublicEntry(long id, EntryKind kind, String unitCode, String layer, String title, String crs, Double lat,
		Double lng, LocalDate lastVerified, EntryDetails details, Instant publishedAt) {

	/**
	 * The entry for a list: a policy's full text is left out (it is read by id), so that
	 * a list stays small.
	 */
	static PublicEntry listed(PublishedEntry entry, CoordinateSystem system) {
		PublicEntry full = of(entry, system);
		if (!(entry.details() instanceof PolicyDetails policy)) {
			return full;
		}
		PolicyDetails brief = new PolicyDetails(policy.issuer(), policy.documentNumber(), policy.issuedOn(),
				policy.effectiveFrom(), policy.effectiveTo(), policy.validity(), null, policy.relatedUnits());
		return new PublicEntry(full.id(), full.kind(), full.unitCode(), full.layer(), full.title(), full.crs(),
				full.lat(), full.lng(), full.lastVerified(), brief, full.publishedAt());
	}

	static PublicEntry of(PublishedEntry entry, CoordinateSystem system) {
		GeoPoint point = (entry.point() != null) ? Coordinates.fromWgs84(entry.point(), system) : null;
		return new PublicEntry(entry.id(), entry.kind(), UnitCode.ofId(entry.unitId()).code(), entry.layerCode(),
				entry.title(), system.name().toLowerCase(java.util.Locale.ROOT), (point != null) ? point.lat() : null,
				(point != null) ? point.lng() : null, entry.lastVerified(), entry.details(), entry.publishedAt());
	}

}
