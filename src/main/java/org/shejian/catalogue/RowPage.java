package org.shejian.catalogue;

import java.util.List;
import java.util.Map;

/**
 * One page of rows.
 *
 * @param rows the rows, each item name to value, in the order of the query's fields
 * @param next the cursor of the next page, {@code null} on the last page
 */
public record RowPage(List<Map<String, Object>> rows, String next) {
}
