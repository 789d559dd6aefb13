package org.shejian.catalogue;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.shejian.audit.AuditLog;
import org.shejian.catalogue.internal.GrantRepository;
import org.shejian.catalogue.internal.GrantRepository.Stored;
import org.shejian.organisation.UnitScope;
import org.shejian.shared.Actor;
import org.shejian.shared.Dates;
import org.shejian.shared.Hashes;
import org.shejian.shared.Problem;
import org.shejian.shared.Role;
import org.shejian.shared.Text;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Access grants: a partner applies to read a shared resource, an administrator of the
 * providing unit approves (with an expiry) or rejects, and may revoke later. Approval
 * issues a key that is shown once; only its SHA-256 is kept.
 */
@Service
@Transactional
public class Grants {

	/** The longest a grant may run. */
	public static final int MAX_DAYS = 366;

	private static final String KEY_PREFIX = "sjk_";

	private final GrantRepository repository;

	private final Catalogue catalogue;

	private final UnitScope scope;

	private final AuditLog audit;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	Grants(GrantRepository repository, Catalogue catalogue, UnitScope scope, AuditLog audit, Clock clock) {
		this.repository = repository;
		this.catalogue = catalogue;
		this.scope = scope;
		this.audit = audit;
		this.clock = clock;
	}

	/** Applies for access to a published, shared resource on behalf of a partner. */
	public Grant apply(Actor actor, String identifier, String partner, String purpose) {
		Resource resource = this.catalogue.published(identifier)
			.orElseThrow(() -> Problem.notFound("catalogue.resource.notFound", identifier));
		if (!resource.hasApi()) {
			throw Problem.invalid("catalogue.grant.notShared", identifier);
		}
		long id = this.repository.insert(resource.id(), actor.userId(), actor.unitId(), Text.name(partner, 200),
				required(purpose, "catalogue.grant.purpose.missing"), this.clock.instant());
		Grant grant = this.repository.find(id).orElseThrow().grant();
		this.audit.record("catalogue.grant.apply", "grant:" + id, actor.unitId(), null, grant);
		return grant;
	}

	/**
	 * The grants the actor applied for, and those on resources the actor's units provide.
	 */
	@Transactional(readOnly = true)
	public List<Grant> visibleTo(Actor actor) {
		return this.repository.all()
			.stream()
			.filter((stored) -> stored.grant().applicantId() == actor.userId() || maySee(actor, stored))
			.map(Stored::grant)
			.toList();
	}

	/**
	 * Approves an application; the key is returned this once.
	 * @param expiresOn the last day the key works (Beijing time)
	 */
	public Grant.Issued approve(Actor actor, long id, LocalDate expiresOn, String note, int version) {
		Stored stored = decidable(actor, id);
		LocalDate today = LocalDate.now(this.clock.withZone(Dates.ZONE));
		if (expiresOn == null || !expiresOn.isAfter(today.minusDays(1))
				|| expiresOn.isAfter(today.plusDays(MAX_DAYS))) {
			throw Problem.invalid("catalogue.grant.expiry", String.valueOf(expiresOn), MAX_DAYS);
		}
		byte[] secret = new byte[32];
		this.random.nextBytes(secret);
		String key = KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant expiresAt = expiresOn.plusDays(1).atStartOfDay(Dates.ZONE).toInstant();
		decide(stored, Grant.State.APPROVED, actor, Text.prose(note, 1000), expiresAt, hash(key), key.substring(0, 10),
				version);
		Grant grant = this.repository.find(id).orElseThrow().grant();
		return new Grant.Issued(grant, key);
	}

	public Grant reject(Actor actor, long id, String note, int version) {
		Stored stored = decidable(actor, id);
		decide(stored, Grant.State.REJECTED, actor, required(note, "catalogue.grant.reason.missing"), null, null, null,
				version);
		return this.repository.find(id).orElseThrow().grant();
	}

	/** Ends an approved grant at once; its key stops working. */
	public Grant revoke(Actor actor, long id, String note, int version) {
		Stored stored = this.repository.find(id)
			.filter((s) -> maySee(actor, s))
			.orElseThrow(() -> Problem.notFound("catalogue.grant.notFound", id));
		requireDecider(actor, stored);
		if (stored.grant().state() != Grant.State.APPROVED) {
			throw Problem.conflict("catalogue.grant.state", id, Problem.label("grant.state." + stored.grant().state()));
		}
		decide(stored, Grant.State.REVOKED, actor, required(note, "catalogue.grant.reason.missing"),
				stored.grant().expiresAt(), null, stored.grant().keyPrefix(), version);
		return this.repository.find(id).orElseThrow().grant();
	}

	private Stored decidable(Actor actor, long id) {
		Stored stored = this.repository.find(id)
			.filter((s) -> maySee(actor, s))
			.orElseThrow(() -> Problem.notFound("catalogue.grant.notFound", id));
		requireDecider(actor, stored);
		if (stored.grant().state() != Grant.State.APPLIED) {
			throw Problem.conflict("catalogue.grant.state", id, Problem.label("grant.state." + stored.grant().state()));
		}
		return stored;
	}

	private void decide(Stored stored, Grant.State state, Actor actor, String note, Instant expiresAt, String hash,
			String prefix, int version) {
		Instant now = this.clock.instant();
		if (!this.repository.decide(stored.grant().id(), state, actor.username(), now, note, expiresAt, hash, prefix,
				version)) {
			throw Problem.conflict("catalogue.stale", "grant " + stored.grant().id());
		}
		this.audit.record("catalogue.grant." + state.name().toLowerCase(), "grant:" + stored.grant().id(),
				stored.providerUnitId(), stored.grant(),
				this.repository.find(stored.grant().id()).orElseThrow().grant());
	}

	private boolean maySee(Actor actor, Stored stored) {
		return stored.grant().applicantId() == actor.userId() || actor.has(Role.CITY_ADMIN)
				|| (Role.UNIT_EDITORS.stream().anyMatch(actor::has)
						&& this.scope.covers(actor, stored.providerUnitId()));
	}

	private static String required(String text, String missingKey) {
		String checked = Text.prose(text, 1000);
		if (checked == null) {
			throw Problem.invalid(missingKey);
		}
		return checked;
	}

	private void requireDecider(Actor actor, Stored stored) {
		if (stored.grant().applicantId() == actor.userId()) {
			throw Problem.forbidden("catalogue.grant.ownApplication");
		}
		boolean admin = Role.UNIT_EDITORS.stream().anyMatch(actor::has)
				&& this.scope.covers(actor, stored.providerUnitId());
		if (!admin) {
			throw Problem.forbidden("catalogue.grant.deciderOnly");
		}
	}

	/**
	 * The grant a key belongs to, whatever its state; the caller checks state, expiry and
	 * resource.
	 */
	@Transactional(readOnly = true)
	public Optional<Stored> byKey(String key) {
		if (key == null || !key.startsWith(KEY_PREFIX) || key.length() > 100) {
			return Optional.empty();
		}
		return this.repository.byKeyHash(hash(key));
	}

	static String hash(String key) {
		return Hashes.sha256Hex(key);
	}

}
