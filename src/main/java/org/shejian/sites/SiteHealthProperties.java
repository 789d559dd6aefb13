package org.shejian.sites;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the websites' health.
 *
 * @param staleDays a column whose latest visible article is older than this is stale
 * @param checkInterval how often the link checker runs over every live site
 * @param timeout the longest wait for one linked server, to connect and to answer
 * @param concurrency how many hosts are checked at once
 * @param hostDelay the pause between two requests to the same host
 * @param maxLinks the most external links one run checks
 * @param allowLoopback whether loopback addresses may be checked (never in production:
 * other private, link-local and unspecified addresses are refused regardless)
 */
@Validated
@ConfigurationProperties("shejian.sites.health")
public record SiteHealthProperties(@DefaultValue("90") @Min(1) @Max(3650) int staleDays,
		@DefaultValue("24h") Duration checkInterval, @DefaultValue("5s") Duration timeout,
		@DefaultValue("4") @Min(1) @Max(32) int concurrency, @DefaultValue("1s") Duration hostDelay,
		@DefaultValue("5000") @Min(1) int maxLinks, @DefaultValue("false") boolean allowLoopback) {
}
