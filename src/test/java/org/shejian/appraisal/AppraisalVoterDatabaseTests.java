package org.shejian.appraisal;

import java.time.Clock;
import java.sql.Timestamp;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.shejian.PlatformTestSupport;
import org.shejian.shared.Problem;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Verifying a number: codes limited per number and per address, wrong, expired and used
 * codes refused, and tokens that stand for the voter.
 */
@Tag("database")
class AppraisalVoterDatabaseTests extends PlatformTestSupport {

	private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	@Autowired
	AppraisalFixtures fixtures;

	@Autowired
	Voters voters;

	@Autowired
	TestSmsGateway sms;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	VoterKey key;

	@BeforeEach
	void openCampaign() {
		this.fixtures.open(SiteCategory.PORTAL, 3, 1);
	}

	@Test
	void aCodeRequestedAHundredTimesIsSentOnceAndThenClearlyRefused() {
		String phone = AppraisalFixtures.phone();
		int refused = 0;
		for (int i = 0; i < 100; i++) {
			try {
				this.voters.requestCode(phone, AppraisalFixtures.address(), ZH);
			}
			catch (Problem problem) {
				assertThat(problem.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
				assertThat(problem.messageKey()).isEqualTo("appraisal.code.tooOftenNumber");
				assertThat((long) problem.arguments()[0]).isBetween(1L, 60L);
				refused++;
			}
		}
		assertThat(refused).isEqualTo(99);
		assertThat(this.sms.sentTo(phone)).hasSize(1);
	}

	@Test
	void oneAddressRequestingForManyNumbersIsLimitedWithoutCostingTheNumbers() {
		String address = AppraisalFixtures.address();
		for (int i = 0; i < 60; i++) {
			this.voters.requestCode(AppraisalFixtures.phone(), address, ZH);
		}
		String next = AppraisalFixtures.phone();
		Problem problem = catchThrowableOfType(Problem.class, () -> this.voters.requestCode(next, address, ZH));
		assertThat(problem.messageKey()).isEqualTo("appraisal.code.tooOftenAddress");
		assertThat(this.sms.sentTo(next)).isEmpty();
		this.voters.requestCode(next, AppraisalFixtures.address(), ZH);
		assertThat(this.sms.sentTo(next)).hasSize(1);
	}

	@Test
	void aWrongCodeSixTimesUsesTheCodeUp() {
		String phone = AppraisalFixtures.phone();
		this.voters.requestCode(phone, AppraisalFixtures.address(), ZH);
		String right = this.sms.lastCode(phone);
		String wrong = right.equals("000000") ? "111111" : "000000";
		for (int left = 4; left >= 0; left--) {
			Problem problem = catchThrowableOfType(Problem.class, () -> this.voters.verify(phone, wrong));
			assertThat(problem.messageKey()).isEqualTo("appraisal.code.wrong");
			assertThat(problem.arguments()).containsExactly(left);
		}
		assertThatThrownBy(() -> this.voters.verify(phone, wrong)).hasMessage("appraisal.code.attemptsUsed");
		assertThatThrownBy(() -> this.voters.verify(phone, right)).hasMessage("appraisal.code.attemptsUsed");
	}

	@Test
	void anExpiredCodeIsRefused() {
		String phone = AppraisalFixtures.phone();
		this.voters.requestCode(phone, AppraisalFixtures.address(), ZH);
		this.jdbc.sql("UPDATE apr_code SET expires_at = ? WHERE voter = ?")
			.params(Timestamp.from(this.clock.instant().minusSeconds(1)), this.key.hmac("voter:" + phone))
			.update();
		assertThatThrownBy(() -> this.voters.verify(phone, this.sms.lastCode(phone)))
			.hasMessage("appraisal.code.expired");
	}

	@Test
	void aCodeWorksOnceAndANewCodeReplacesTheOld() {
		String phone = AppraisalFixtures.phone();
		this.voters.requestCode(phone, AppraisalFixtures.address(), ZH);
		String code = this.sms.lastCode(phone);
		VoterToken token = this.voters.verify(phone, code);
		assertThat(token.token()).startsWith("apv_");
		assertThat(token.expiresAt()).isAfter(this.clock.instant());
		assertThat(this.voters.voter(token.token())).isPresent();
		assertThatThrownBy(() -> this.voters.verify(phone, code)).isInstanceOf(Problem.class);
	}

	@Test
	void theSameNumberWrittenDifferentlyIsOneVoter() {
		String phone = AppraisalFixtures.phone();
		this.voters.requestCode(phone, AppraisalFixtures.address(), ZH);
		String fullWidth = "+86 " + toFullWidth(phone.substring(0, 3)) + "-" + phone.substring(3, 7) + " "
				+ phone.substring(7);
		VoterToken token = this.voters.verify(fullWidth, this.sms.lastCode(phone));
		assertThatThrownBy(() -> this.voters.requestCode(fullWidth, AppraisalFixtures.address(), ZH))
			.hasMessage("appraisal.code.tooOftenNumber");
		assertThat(this.voters.voter(token.token())).isPresent();
	}

	@Test
	void refusesNumbersThatAreNotMainlandMobiles() {
		for (String bad : new String[] { "12345678901", "1381234567", "138123456789", "010-12345678", "abc", "",
				"+1 13812345678" }) {
			assertThatThrownBy(() -> this.voters.requestCode(bad, AppraisalFixtures.address(), ZH))
				.isInstanceOf(Problem.class)
				.extracting("messageKey")
				.isIn("appraisal.phone.invalid", "appraisal.phone.missing");
		}
		assertThat(PhoneNumbers.normalise("８６13812345678")).isEqualTo("13812345678");
		assertThat(PhoneNumbers.normalise("0086 138 1234 5678")).isEqualTo("13812345678");
		assertThat(PhoneNumbers.masked("13812345678")).isEqualTo("138****5678");
	}

	private static String toFullWidth(String digits) {
		StringBuilder out = new StringBuilder();
		digits.chars().forEach((c) -> out.append((char) (c - '0' + '０')));
		return out.toString();
	}

}
