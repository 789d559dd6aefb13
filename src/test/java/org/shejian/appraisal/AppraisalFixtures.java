package org.shejian.appraisal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.shejian.account.internal.AccountPrincipal;
import org.shejian.account.internal.TestAccounts;
import org.shejian.shared.Actor;
import org.shejian.shared.Dates;
import org.shejian.shared.Role;

import org.springframework.stereotype.Component;

/**
 * AppraisalCampaigns, numbers, addresses and verified voters for the appraisal's tests;
 * each call gives fresh values, so tests do not share data.
 */
@Component
class AppraisalFixtures {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
		.withZone(Dates.ZONE);

	private static final AtomicInteger YEARS = new AtomicInteger(2030);

	private static final AtomicLong NUMBERS = new AtomicLong(
			13_000_000_000L + ThreadLocalRandom.current().nextLong(100_000_000L) * 10);

	private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

	private final AppraisalCampaigns campaigns;

	private final Voters voters;

	private final TestSmsGateway sms;

	private final TestAccounts accounts;

	private final Clock clock;

	AppraisalFixtures(AppraisalCampaigns campaigns, Voters voters, TestSmsGateway sms, TestAccounts accounts,
			Clock clock) {
		this.campaigns = campaigns;
		this.voters = voters;
		this.sms = sms;
		this.accounts = accounts;
		this.clock = clock;
	}

	AccountPrincipal cityAdmin() {
		return this.accounts.create("11", Role.CITY_ADMIN);
	}

	Actor districtAdmin() {
		return this.accounts.create("110101", Role.DISTRICT_ADMIN);
	}

	static int year() {
		return YEARS.getAndIncrement();
	}

	static String phone() {
		return Long.toString(NUMBERS.getAndIncrement());
	}

	static String address() {
		int n = ADDRESSES.getAndIncrement();
		return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
	}

	/** A campaign open from an hour ago for a day. */
	Campaign open(SiteCategory category, int awardCount, int minBallots) {
		return open(category, year(), awardCount, minBallots);
	}

	Campaign open(SiteCategory category, int year, int awardCount, int minBallots) {
		Instant now = this.clock.instant();
		return create(category, year, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)), awardCount,
				minBallots);
	}

	Campaign create(SiteCategory category, int year, Instant opens, Instant closes, int awardCount, int minBallots) {
		return this.campaigns.create(cityAdmin(), new CampaignForm(category.name(), year, null, LOCAL.format(opens),
				LOCAL.format(closes), awardCount, minBallots, null));
	}

	static String local(Instant instant) {
		return LOCAL.format(instant);
	}

	/** A verified voter's token for a fresh number. */
	String voter() {
		return voter(phone(), address());
	}

	String voter(String phone, String address) {
		this.voters.requestCode(phone, address, Locale.SIMPLIFIED_CHINESE);
		return this.voters.verify(phone, this.sms.lastCode(phone)).token();
	}

}
