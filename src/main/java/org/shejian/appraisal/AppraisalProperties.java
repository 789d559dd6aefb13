package org.shejian.appraisal;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the public appraisal.
 *
 * @param voterKey the secret keying voter pseudonyms and code hashes; empty means derived
 * from the audit key, or generated and stored in the database when that is empty too
 * @param awardCount the plaques a new campaign awards unless it says otherwise
 * @param minBallots the fewest ballots a site needs to be ranked, for new campaigns
 * @param codeValidity how long a one-time code is valid
 * @param codeAttempts how many times a code may be tried
 * @param codesPerMinute codes one number may request a minute
 * @param codesPerHour codes one number may request an hour
 * @param codesPerAddressHour codes one client address may request an hour
 */
@Validated
@ConfigurationProperties("shejian.appraisal")
public record AppraisalProperties(String voterKey, @DefaultValue("10") @Min(1) @Max(1000) int awardCount,
		@DefaultValue("10") @Min(1) int minBallots, @DefaultValue("5m") Duration codeValidity,
		@DefaultValue("5") @Min(1) int codeAttempts, @DefaultValue("1") @Min(1) int codesPerMinute,
		@DefaultValue("5") @Min(1) int codesPerHour, @DefaultValue("60") @Min(1) int codesPerAddressHour) {

}
