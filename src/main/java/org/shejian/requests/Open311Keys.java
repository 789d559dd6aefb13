package org.shejian.requests;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.shejian.audit.AuditLog;
import org.shejian.requests.internal.ApiKeyRepository;
import org.shejian.shared.Actor;
import org.shejian.shared.Hashes;
import org.shejian.shared.Problem;
import org.shejian.shared.Role;
import org.shejian.shared.Text;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The keys of applications that post requests through Open311, issued and revoked by city
 * administrators. Only a key's SHA-256 is stored: a key is random (256 bits), so a slow
 * password hash would add nothing.
 */
@Service
@Transactional
public class Open311Keys {

	static final String PREFIX = "o311_";

	private final ApiKeyRepository repository;

	private final AuditLog audit;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	Open311Keys(ApiKeyRepository repository, AuditLog audit, Clock clock) {
		this.repository = repository;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Open311Key> keys(Actor actor) {
		requireCityAdmin(actor);
		return this.repository.all();
	}

	/** Issues a key; the secret is returned this once. */
	public Open311Key.Issued issue(Actor actor, String application) {
		requireCityAdmin(actor);
		String name = Text.name(application, 100);

		byte[] secret = new byte[32];
		this.random.nextBytes(secret);
		String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		long id = this.repository.insert(name, hash(key), key.substring(0, 10), actor.username(), this.clock.instant());

		Open311Key stored = this.repository.find(id).orElseThrow();
		this.audit.record("requests.key.issue", "open311-key:" + id, actor.unitId(), null, stored);
		return new Open311Key.Issued(stored, key);
	}

	/** Revokes a key at once; posts with it are refused from then on. */
	public Open311Key revoke(Actor actor, long id) {
		requireCityAdmin(actor);
		Open311Key before = this.repository.find(id).orElseThrow(() -> Problem.notFound("requests.key.notFound", id));
		if (!this.repository.revoke(id, actor.username(), this.clock.instant())) {
			throw Problem.conflict("requests.key.revoked", before.application());
		}
		Open311Key after = this.repository.find(id).orElseThrow();
		this.audit.record("requests.key.revoke", "open311-key:" + id, actor.unitId(), before, after);
		return after;
	}

	/**
	 * The application a key was issued to.
	 * @throws Problem (400) when no key is given, (403) when it is unknown or revoked
	 */
	@Transactional(readOnly = true)
	public String application(String key) {
		if (Text.isBlank(key)) {
			throw Problem.invalid("requests.key.missing");
		}
		Optional<Open311Key> found = (key.startsWith(PREFIX) && key.length() < 100) ? this.repository.byHash(hash(key))
				: Optional.empty();
		return found.filter(Open311Key::isActive)
			.map(Open311Key::application)
			.orElseThrow(() -> Problem.forbidden("requests.key.invalid"));
	}

	static void requireCityAdmin(Actor actor) {
		if (!actor.has(Role.CITY_ADMIN)) {
			throw Problem.forbidden("role.missing");
		}
	}

	static String hash(String key) {
		return Hashes.sha256Hex(key);
	}

}
