package org.shejian.map;

import java.time.Instant;
import java.time.LocalDate;

import org.shejian.shared.geo.GeoPoint;

/**
 * The published copy of an entry: what the public pages, the map API and the indexes
 * read.
 *
 * @param id the entry's id
 * @param kind map item, service item or policy
 * @param unitId the owning unit
 * @param layerCode the layer's code, {@code null} when it has none
 * @param title the name or title (plain text)
 * @param point the point in WGS-84, {@code null} when it has none
 * @param lastVerified when its owners last confirmed it
 * @param details the kind's own fields (plain text)
 * @param publishedAt when this copy was published
 * @param revision 1 for the first publication, one more for every update
 */
public record PublishedEntry(long id, EntryKind kind, long unitId, String layerCode, String title, GeoPoint point,
		LocalDate lastVerified, EntryDetails details, Instant publishedAt, int revision) {
}
