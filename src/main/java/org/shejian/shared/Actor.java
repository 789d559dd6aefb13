package org.shejian.shared;

import java.util.Set;

/**
 * The signed-in person on whose behalf a request runs: who they are, the organisation
 * unit they belong to (the root of their data scope) and their roles.
 */
public interface Actor {

	long userId();

	String username();

	long unitId();

	Set<Role> roles();

	default boolean has(Role role) {
		return roles().contains(role);
	}

	default boolean hasAny(Role... candidates) {
		for (Role candidate : candidates) {
			if (has(candidate)) {
				return true;
			}
		}
		return false;
	}

}
