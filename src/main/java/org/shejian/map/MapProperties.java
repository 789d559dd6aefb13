package org.shejian.map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the map.
 *
 * @param publishLevel the level whose approval publishes an entry (the city centre by
 * default)
 * @param staleAfterDays after how many days without verification a published map item is
 * listed as stale for its owners
 */
@ConfigurationProperties("shejian.map")
public record MapProperties(@DefaultValue("CITY") MapLevel publishLevel, @DefaultValue("180") int staleAfterDays) {

	public MapProperties {
		if (staleAfterDays < 1) {
			throw new IllegalArgumentException("shejian.map.stale-after-days must be at least 1");
		}
	}

}
