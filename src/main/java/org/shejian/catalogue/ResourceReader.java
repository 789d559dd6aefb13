package org.shejian.catalogue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.shejian.catalogue.internal.GrantRepository;
import org.shejian.catalogue.internal.GrantRepository.Stored;
import org.shejian.organisation.UnitScope;
import org.shejian.organisation.Units;
import org.shejian.shared.Actor;
import org.shejian.shared.Dates;
import org.shejian.shared.Problem;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Who may read which rows of a resource, and the reading itself, logged call by call.
 *
 * <ul>
 * <li>Resources that are not shared have no read API.</li>
 * <li>A key reads the whole of the one resource its grant names, while the grant is
 * approved and unexpired, within the calls per minute a key is allowed.</li>
 * <li>A signed-in account reads the rows of its own scope of an unconditionally shared
 * resource, and of a conditionally shared one its unit provides.</li>
 * <li>Anybody reads a resource open to the public.</li>
 * </ul>
 */
@Service
public class ResourceReader {

	private final Catalogue catalogue;

	private final ResourceTables tables;

	private final Grants grants;

	private final GrantRepository calls;

	private final Units units;

	private final UnitScope scope;

	private final Clock clock;

	private final int callsPerMinute;

	private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

	ResourceReader(Catalogue catalogue, ResourceTables tables, Grants grants, GrantRepository calls, Units units,
			UnitScope scope, Clock clock, @Value("${shejian.catalogue.calls-per-minute}") int callsPerMinute) {
		this.catalogue = catalogue;
		this.tables = tables;
		this.grants = grants;
		this.calls = calls;
		this.units = units;
		this.scope = scope;
		this.clock = clock;
		this.callsPerMinute = callsPerMinute;
	}

	/**
	 * Who is calling: a signed-in account, a key, both or neither.
	 */
	public record Caller(Actor actor, String key) {
	}

	/**
	 * What a caller may read of a resource.
	 *
	 * @param scopeCondition the SQL condition on {@code _unit}, {@code null} for every
	 * row
	 * @param grantId the grant of the key used, if any
	 */
	public record Access(Resource resource, String scopeCondition, Long grantId, String account) {
	}

	/**
	 * The published resource and what the caller may read of it.
	 * @throws Problem 404 when the resource is not published or has no API, 401 for a
	 * missing, unknown, revoked or expired key, 403 for a key of another resource or an
	 * account without a grant, 429 when a key has used its calls for the minute
	 */
	public Access access(String identifier, Caller caller) {
		Resource resource = this.catalogue.published(identifier)
			.orElseThrow(() -> Problem.notFound("catalogue.resource.notFound", identifier));
		if (!resource.hasApi()) {
			throw Problem.notFound("catalogue.api.none", identifier);
		}
		if (resource.open()) {
			// Open to anyone: a key sent along, of whatever resource, changes nothing.
			return new Access(resource, null, null, (caller.actor() != null) ? caller.actor().username() : null);
		}
		if (caller.key() != null) {
			return keyAccess(resource, caller.key());
		}
		Actor actor = caller.actor();
		if (actor == null) {
			throw new Problem(HttpStatus.UNAUTHORIZED, "catalogue.signInOrKey", identifier);
		}
		if (resource.shareType() == ShareType.CONDITIONAL && !this.scope.covers(actor, resource.providerUnitId())) {
			logDenied(resource, null, actor.username(), 403);
			throw Problem.forbidden("catalogue.grant.required", identifier);
		}
		return new Access(resource, this.units.subtreeCondition("_unit", actor.unitId()), null, actor.username());
	}

	private Access keyAccess(Resource resource, String key) {
		Stored stored = this.grants.byKey(key).orElseThrow(() -> {
			logDenied(resource, null, null, 401);
			return new Problem(HttpStatus.UNAUTHORIZED, "catalogue.apiKey.unknown");
		});
		Grant grant = stored.grant();
		if (stored.resourceId() != resource.id()) {
			logDenied(resource, grant.id(), null, 403);
			throw Problem.forbidden("catalogue.apiKey.otherResource", resource.identifier(),
					grant.resourceIdentifier());
		}
		Instant now = this.clock.instant();
		if (grant.state() == Grant.State.REVOKED) {
			logDenied(resource, grant.id(), null, 401);
			throw new Problem(HttpStatus.UNAUTHORIZED, "catalogue.apiKey.revoked");
		}
		if (!grant.isActiveAt(now)) {
			logDenied(resource, grant.id(), null, 401);
			throw new Problem(HttpStatus.UNAUTHORIZED, "catalogue.apiKey.expired",
					Dates.DISPLAY.format(grant.expiresAt()));
		}
		ConsumptionProbe probe = this.buckets.computeIfAbsent(grant.id(), (id) -> newBucket())
			.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			logDenied(resource, grant.id(), null, 429);
			long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
			throw new Problem(HttpStatus.TOO_MANY_REQUESTS, "catalogue.apiKey.rateLimited", this.callsPerMinute,
					seconds);
		}
		return new Access(resource, null, grant.id(), null);
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit(Bandwidth.builder()
				.capacity(this.callsPerMinute)
				.refillGreedy(this.callsPerMinute, Duration.ofMinutes(1))
				.build())
			.build();
	}

	/**
	 * Reads one page for a caller and logs the call.
	 */
	public RowPage read(String identifier, Caller caller, RowQuery query) {
		Access access = access(identifier, caller);
		RowPage page = this.tables.read(access.resource(), query, access.scopeCondition());
		this.calls.logCall(access.resource().id(), access.grantId(), access.account(), this.clock.instant(), 200,
				page.rows().size(), describe(query));
		return page;
	}

	private void logDenied(Resource resource, Long grantId, String account, int status) {
		this.calls.logCall(resource.id(), grantId, account, this.clock.instant(), status, 0, null);
	}

	private static String describe(RowQuery query) {
		String text = "fields=" + query.fields() + " filters=" + query.filters() + " sort=" + query.sort() + " limit="
				+ query.limit();
		return (text.length() > 1000) ? text.substring(0, 1000) : text;
	}

}
