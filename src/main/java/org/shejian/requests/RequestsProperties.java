package org.shejian.requests;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of residents' requests.
 *
 * @param cityUnit the code of the unit whose centre queue receives requests nobody else
 * can take (the city)
 * @param escalationInterval how often late requests are looked for
 * @param maxResults the most requests one public search returns
 * @param maxDays the longest span of request times one public search may cover
 */
@Validated
@ConfigurationProperties("shejian.requests")
public record RequestsProperties(@DefaultValue("11") String cityUnit, @DefaultValue("15m") Duration escalationInterval,
		@DefaultValue("1000") int maxResults, @DefaultValue("90") int maxDays) {
}
