package org.shejian.account.internal;

import java.io.Serial;
import java.util.Collection;
import java.util.Set;

import org.shejian.account.Account;
import org.shejian.shared.Actor;
import org.shejian.shared.Role;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as Spring Security holds it, and as the modules see it
 * ({@link Actor}).
 */
public final class AccountPrincipal implements UserDetails, CredentialsContainer, Actor {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long userId;

	private final String username;

	private final String displayName;

	private final long unitId;

	private final Set<Role> roles;

	private final boolean mustChangePassword;

	private final boolean locked;

	private final boolean enabled;

	private final int version;

	private transient String passwordHash;

	AccountPrincipal(Account account, String passwordHash, boolean locked) {
		this.userId = account.id();
		this.username = account.username();
		this.displayName = account.displayName();
		this.unitId = account.unitId();
		this.roles = Set.copyOf(account.roles());
		this.mustChangePassword = account.mustChangePassword();
		this.locked = locked;
		this.enabled = account.enabled();
		this.version = account.version();
		this.passwordHash = passwordHash;
	}

	@Override
	public long userId() {
		return this.userId;
	}

	@Override
	public String username() {
		return this.username;
	}

	@Override
	public long unitId() {
		return this.unitId;
	}

	@Override
	public Set<Role> roles() {
		return this.roles;
	}

	public String displayName() {
		return this.displayName;
	}

	/**
	 * The account's version when this principal was made; a newer one ends the session.
	 */
	public int version() {
		return this.version;
	}

	public boolean mustChangePassword() {
		return this.mustChangePassword;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.roles.stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AccountPrincipal principal && principal.userId == this.userId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.userId);
	}

	@Override
	public String toString() {
		return "AccountPrincipal[" + this.username + "]";
	}

}
