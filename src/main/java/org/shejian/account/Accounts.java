package org.shejian.account;

import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.shejian.account.internal.AccountRepository;
import org.shejian.account.internal.PasswordGenerator;
import org.shejian.audit.AuditLog;
import org.shejian.organisation.Unit;
import org.shejian.organisation.UnitLevel;
import org.shejian.organisation.UnitScope;
import org.shejian.organisation.Units;
import org.shejian.shared.Actor;
import org.shejian.shared.Problem;
import org.shejian.shared.Role;
import org.shejian.shared.Text;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account management by the system and security administrators, within their scope:
 * creating accounts, setting roles (never two of the three separated duties in one
 * account), unlocking, resetting and changing passwords.
 */
@Service
@Transactional
public class Accounts {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

	private final AccountRepository repository;

	private final Units units;

	private final UnitScope scope;

	private final PasswordEncoder encoder;

	private final AuditLog audit;

	private final Clock clock;

	private final PasswordGenerator passwords = new PasswordGenerator();

	Accounts(AccountRepository repository, Units units, UnitScope scope, PasswordEncoder encoder, AuditLog audit,
			Clock clock) {
		this.repository = repository;
		this.units = units;
		this.scope = scope;
		this.encoder = encoder;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Account> list(Actor actor, int page, int size) {
		requireManager(actor);
		Unit unit = this.units.findById(actor.unitId()).orElseThrow();
		return this.repository.within(unit.id(), unit.depth(), page * size, size);
	}

	@Transactional(readOnly = true)
	public Account get(Actor actor, long id) {
		requireManager(actor);
		return this.repository.findById(id)
			.filter((account) -> this.scope.covers(actor, account.unitId()))
			.orElseThrow(() -> Problem.notFound("account.notFound", id));
	}

	/**
	 * Creates an account that must change its password at first sign-in.
	 * @return the initial password, to hand to the person once
	 */
	public Created create(Actor actor, NewAccount form) {
		requireManager(actor);
		String username = Text.compact(form.username());
		if (username == null || !USERNAME.matcher(username).matches()) {
			throw Problem.invalid("account.username.invalid");
		}
		if (this.repository.findByUsername(username).isPresent()) {
			throw Problem.conflict("account.username.taken", username);
		}
		Unit unit = this.units.get(form.unitCode());
		this.scope.check(actor, unit.id());
		Set<Role> roles = checkedRoles(actor, form.roles(), unit);
		checkDutyGrant(actor, roles);
		String password = this.passwords.generate();
		String displayName = Text.isBlank(form.displayName()) ? username : Text.name(form.displayName(), 100);

		long id = this.repository.insert(username, displayName, this.encoder.encode(password), unit.id(), true,
				this.clock.instant());
		this.repository.setRoles(id, roles);

		Account account = this.repository.findById(id).orElseThrow();
		this.audit.record("account.create", "account:" + username, unit.id(), null, state(account));
		return new Created(account, password);
	}

	public Account setRoles(Actor actor, long id, Set<Role> roles, int version) {
		Account before = get(actor, id);
		if (before.version() != version) {
			throw Problem.conflict("record.stale", "account:" + before.username());
		}
		requireOrdinary(before);
		Unit unit = this.units.findById(before.unitId()).orElseThrow();
		Set<Role> checked = checkedRoles(actor, roles, unit);
		if (checked.stream().anyMatch(Role.SEPARATED_DUTIES::contains)) {
			throw Problem.forbidden("account.duty.grant");
		}
		if (before.id() == actor.userId() && !checked.equals(before.roles())) {
			throw Problem.forbidden("account.ownRoles");
		}
		this.repository.setRoles(id, checked);
		this.repository.update(before);

		Account after = this.repository.findById(id).orElseThrow();
		this.audit.record("account.roles", "account:" + before.username(), before.unitId(), state(before),
				state(after));
		return after;
	}

	public Account unlock(Actor actor, long id) {
		Account before = get(actor, id);
		requireOrdinary(before);
		this.repository.unlock(id);
		Account after = this.repository.findById(id).orElseThrow();
		this.audit.record("account.unlock", "account:" + before.username(), before.unitId(), state(before),
				state(after));
		return after;
	}

	/** Sets a new generated password that must be changed at the next sign-in. */
	public Created resetPassword(Actor actor, long id) {
		Account account = get(actor, id);
		requireOrdinary(account);
		String password = this.passwords.generate();
		this.repository.setPassword(id, this.encoder.encode(password), true);
		this.repository.unlock(id);
		this.audit.record("account.resetPassword", "account:" + account.username(), account.unitId(), null, null);
		return new Created(this.repository.findById(id).orElseThrow(), password);
	}

	/**
	 * Changes the actor's own password after checking the current one and the strength
	 * rules.
	 */
	public void changeOwnPassword(Actor actor, String current, String replacement) {
		String hash = this.repository.passwordHash(actor.username()).orElseThrow();
		if (current == null || !this.encoder.matches(current, hash)) {
			throw Problem.invalid("password.current");
		}
		PasswordPolicy.check(actor.username(), replacement);
		if (this.encoder.matches(replacement, hash)) {
			throw Problem.invalid("password.same");
		}
		this.repository.setPassword(actor.userId(), this.encoder.encode(replacement), false);
		this.audit.record("account.changePassword", "account:" + actor.username(), actor.unitId(), null, null);
	}

	private Set<Role> checkedRoles(Actor actor, Set<Role> requested, Unit unit) {
		Set<Role> roles = (requested == null || requested.isEmpty()) ? EnumSet.noneOf(Role.class)
				: EnumSet.copyOf(requested);
		if (roles.isEmpty()) {
			throw Problem.invalid("account.roles.missing");
		}
		if (roles.stream().filter(Role.SEPARATED_DUTIES::contains).count() > 1) {
			throw Problem.invalid("account.roles.separated");
		}
		if (roles.stream().anyMatch(Role.SEPARATED_DUTIES::contains) && roles.size() > 1) {
			throw Problem.invalid("account.roles.separatedAlone");
		}
		for (Role role : roles) {
			UnitLevel expected = levelOf(role);
			if (expected != null && unit.level() != expected && !(role == Role.CITY_ADMIN && unit.depth() == 0)) {
				throw Problem.invalid("account.roles.level", role.name(), unit.code());
			}
		}
		if (roles.contains(Role.CITY_ADMIN) && unit.depth() != 0) {
			throw Problem.invalid("account.roles.level", Role.CITY_ADMIN.name(), unit.code());
		}
		return roles;
	}

	/**
	 * Separated duties are granted only by the system administrator, and only the
	 * security and audit duties: a second system administrator is never created in the
	 * application, so no duty can reach the account of another.
	 */
	private static void checkDutyGrant(Actor actor, Set<Role> roles) {
		if (roles.contains(Role.SYSTEM_ADMIN)
				|| (roles.stream().anyMatch(Role.SEPARATED_DUTIES::contains) && !actor.has(Role.SYSTEM_ADMIN))) {
			throw Problem.forbidden("account.duty.grant");
		}
	}

	/**
	 * The accounts of the separated duties are out of reach of every manager in the
	 * application, so that no duty can take over another's account by a reset; they are
	 * recovered on the server.
	 */
	private static void requireOrdinary(Account account) {
		if (account.roles().stream().anyMatch(Role.SEPARATED_DUTIES::contains)) {
			throw Problem.forbidden("account.duty.protected");
		}
	}

	private static UnitLevel levelOf(Role role) {
		return switch (role) {
			case DISTRICT_ADMIN -> UnitLevel.COUNTY;
			case STREET_ADMIN -> UnitLevel.TOWNSHIP;
			case COMMUNITY_ADMIN, COMMUNITY_STAFF, LIAISON -> UnitLevel.VILLAGE;
			default -> null;
		};
	}

	private static void requireManager(Actor actor) {
		if (actor.roles().stream().noneMatch(Role.ACCOUNT_MANAGERS::contains)) {
			throw Problem.forbidden("role.missing");
		}
	}

	private static Map<String, Object> state(Account account) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("username", account.username());
		state.put("unit", account.unitId());
		state.put("roles", account.roles());
		state.put("enabled", account.enabled());
		state.put("lockedUntil", account.lockedUntil());
		return state;
	}

	/**
	 * An account to create.
	 */
	public record NewAccount(String username, String displayName, String unitCode, Set<Role> roles) {
	}

	/**
	 * An account with the one-time password it was given.
	 */
	public record Created(Account account, String password) {
	}

}
