package org.shejian.appraisal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import org.shejian.shared.Problem;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * How often codes may be requested: per number (a minute and an hour) and per client
 * address (an hour), on the injected clock. A request refused by the address gives its
 * number's token back.
 *
 * Limitation: the buckets live in this node's memory; several nodes multiply the limits
 * and a restart resets them (lifted by a Bucket4j proxy manager on the database).
 */
@Component
class CodeLimits {

	private static final int MAX_BUCKETS = 100_000;

	private final AppraisalProperties properties;

	private final TimeMeter meter;

	private final Clock clock;

	private final Map<String, Tracked> numbers = new ConcurrentHashMap<>();

	private final Map<String, Tracked> addresses = new ConcurrentHashMap<>();

	CodeLimits(AppraisalProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		this.meter = new TimeMeter() {

			@Override
			public long currentTimeNanos() {
				return TimeUnit.MILLISECONDS.toNanos(clock.millis());
			}

			@Override
			public boolean isWallClockBased() {
				return true;
			}

		};
	}

	/**
	 * Takes one code request of a number from an address.
	 * @throws Problem (429) saying how long to wait
	 */
	void take(String voter, String address) {
		Bucket number = bucket(this.numbers, voter, this::numberBucket);
		ConsumptionProbe byNumber = number.tryConsumeAndReturnRemaining(1);
		if (!byNumber.isConsumed()) {
			throw refused("appraisal.code.tooOftenNumber", byNumber);
		}
		ConsumptionProbe byAddress = bucket(this.addresses, String.valueOf(address), this::addressBucket)
			.tryConsumeAndReturnRemaining(1);
		if (!byAddress.isConsumed()) {
			number.addTokens(1);
			throw refused("appraisal.code.tooOftenAddress", byAddress);
		}
	}

	/**
	 * Forgets the buckets not used for an hour: every limit has refilled by then, so they
	 * hold nothing a fresh bucket would not.
	 */
	void prune() {
		long idleSince = this.clock.millis() - Duration.ofHours(1).toMillis();
		this.numbers.values().removeIf((tracked) -> tracked.lastUsed < idleSince);
		this.addresses.values().removeIf((tracked) -> tracked.lastUsed < idleSince);
	}

	private Bucket bucket(Map<String, Tracked> buckets, String key, Supplier<Bucket> factory) {
		if (buckets.size() > MAX_BUCKETS) {
			prune();
		}
		Tracked tracked = buckets.computeIfAbsent(key, (k) -> new Tracked(factory.get()));
		tracked.lastUsed = this.clock.millis();
		return tracked.bucket;
	}

	private Bucket numberBucket() {
		return Bucket.builder()
			.addLimit(Bandwidth.builder()
				.capacity(this.properties.codesPerMinute())
				.refillIntervally(this.properties.codesPerMinute(), Duration.ofMinutes(1))
				.build())
			.addLimit(Bandwidth.builder()
				.capacity(this.properties.codesPerHour())
				.refillIntervally(this.properties.codesPerHour(), Duration.ofHours(1))
				.build())
			.withCustomTimePrecision(this.meter)
			.build();
	}

	private Bucket addressBucket() {
		return Bucket.builder()
			.addLimit(Bandwidth.builder()
				.capacity(this.properties.codesPerAddressHour())
				.refillGreedy(this.properties.codesPerAddressHour(), Duration.ofHours(1))
				.build())
			.withCustomTimePrecision(this.meter)
			.build();
	}

	/** A bucket and when it was last asked. */
	private static final class Tracked {

		private final Bucket bucket;

		private volatile long lastUsed;

		Tracked(Bucket bucket) {
			this.bucket = bucket;
		}

	}

	private static Problem refused(String messageKey, ConsumptionProbe probe) {
		long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
		return new Problem(HttpStatus.TOO_MANY_REQUESTS, messageKey, seconds);
	}

}
