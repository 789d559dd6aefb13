package org.shejian.map;

/**
 * A layer of the map; layers nest.
 *
 * @param code a stable code (lower-case letters, digits and hyphens)
 * @param parentId the parent layer, {@code null} at the top
 * @param nameZh the Chinese name
 * @param nameEn the English name
 * @param sort the position among its siblings
 */
public record Layer(long id, String code, Long parentId, String nameZh, String nameEn, int sort, int version) {
}
