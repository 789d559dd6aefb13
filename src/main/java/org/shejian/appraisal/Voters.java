package org.shejian.appraisal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

import org.shejian.appraisal.internal.AppraisalCampaignRepository;
import org.shejian.appraisal.internal.VoterRepository;
import org.shejian.shared.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Residents proving a mobile number: a 6-digit code sent by text message, checked against
 * its hash, and a voter token in return. The number itself is never stored nor logged;
 * the voter is its HMAC under the voter key.
 */
@Service
public class Voters {

	static final String TOKEN_PREFIX = "apv_";

	private static final Logger logger = LoggerFactory.getLogger(Voters.class);

	private final VoterRepository repository;

	private final AppraisalCampaignRepository campaigns;

	private final VoterKey key;

	private final CodeLimits limits;

	private final ObjectProvider<SmsGateway> gateways;

	private final MessageSource messages;

	private final AppraisalProperties properties;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	Voters(VoterRepository repository, AppraisalCampaignRepository campaigns, VoterKey key, CodeLimits limits,
			ObjectProvider<SmsGateway> gateways, MessageSource messages, AppraisalProperties properties, Clock clock) {
		this.repository = repository;
		this.campaigns = campaigns;
		this.key = key;
		this.limits = limits;
		this.gateways = gateways;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warnWithoutGateway() {
		if (gateway() instanceof LogSmsGateway) {
			logger.warn("No SMS gateway configured: appraisal verification codes are written to the log."
					+ " Development only; configure an SmsGateway bean in production.");
		}
	}

	/**
	 * Sends a new code to a number; the number's earlier code stops counting.
	 * @param address the client's address, for the limit per address
	 * @throws Problem (400) for a number that is not a mainland mobile number, (429) when
	 * codes were requested too often, (409) when no campaign is open
	 */
	public void requestCode(String phone, String address, Locale locale) {
		String number = PhoneNumbers.normalise(phone);
		requireOpenCampaign();
		String voter = voterOf(number);
		this.limits.take(voter, address);

		String code = String.format("%06d", this.random.nextInt(1_000_000));
		Instant now = this.clock.instant();
		this.repository.insertCode(voter, codeHash(voter, code), now, now.plus(this.properties.codeValidity()));
		gateway().send(number, this.messages.getMessage("appraisal.sms.code",
				new Object[] { code, this.properties.codeValidity().toMinutes() }, locale));
	}

	/**
	 * Checks a code and issues a voter token valid until the latest closing of the
	 * campaigns open now.
	 * @throws Problem (400) for a wrong code (saying how many attempts are left), (410)
	 * for no code, an expired or used-up one
	 */
	public VoterToken verify(String phone, String code) {
		String number = PhoneNumbers.normalise(phone);
		String voter = voterOf(number);
		Instant now = this.clock.instant();
		int max = this.properties.codeAttempts();
		VoterRepository.Code stored = this.repository.latestCode(voter)
			.orElseThrow(() -> new Problem(HttpStatus.GONE, "appraisal.code.none"));
		if (!stored.expiresAt().isAfter(now)) {
			throw new Problem(HttpStatus.GONE, "appraisal.code.expired");
		}
		if (stored.attempts() >= max) {
			throw new Problem(HttpStatus.GONE, "appraisal.code.attemptsUsed");
		}
		String given = (code != null) ? code.strip() : "";
		boolean matches = given.matches("\\d{6}")
				&& MessageDigest.isEqual(codeHash(voter, given).getBytes(StandardCharsets.US_ASCII),
						stored.hash().getBytes(StandardCharsets.US_ASCII));
		if (!matches) {
			if (!this.repository.countAttempt(stored.id(), max)) {
				throw new Problem(HttpStatus.GONE, "appraisal.code.attemptsUsed");
			}
			throw Problem.invalid("appraisal.code.wrong", max - stored.attempts() - 1);
		}
		Instant expiresAt = requireOpenCampaign();
		if (!this.repository.use(stored.id(), max, now)) {
			throw new Problem(HttpStatus.GONE, "appraisal.code.expired");
		}
		byte[] secret = new byte[32];
		this.random.nextBytes(secret);
		String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		this.repository.insertToken(VoterKey.sha256(token), voter, now, expiresAt);
		return new VoterToken(token, expiresAt);
	}

	/** The voter a token stands for, while it is valid. */
	public Optional<String> voter(String token) {
		if (token == null || !token.startsWith(TOKEN_PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		return this.repository.voterOf(VoterKey.sha256(token), this.clock.instant());
	}

	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
	void housekeeping() {
		this.repository.removeExpired(this.clock.instant());
		this.limits.prune();
	}

	private Instant requireOpenCampaign() {
		return this.campaigns.openAt(this.clock.instant())
			.stream()
			.map(Campaign::closesAt)
			.max(Comparator.naturalOrder())
			.orElseThrow(() -> Problem.conflict("appraisal.campaign.noneOpen"));
	}

	private String voterOf(String number) {
		return this.key.hmac("voter:" + number);
	}

	private String codeHash(String voter, String code) {
		return this.key.hmac("code:" + voter + ":" + code);
	}

	private SmsGateway gateway() {
		return this.gateways.orderedStream().findFirst().orElseThrow();
	}

}
