package org.shejian.account.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.shejian.account.Account;
import org.shejian.account.Accounts;
import org.shejian.account.Accounts.Created;
import org.shejian.account.Accounts.NewAccount;
import org.shejian.shared.Actor;
import org.shejian.shared.Role;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts as JSON, for the system and security administrators, and the CSRF token that a
 * signed-in API client sends back with every change.
 */
@RestController
@Tag(name = "accounts", description = "Users and roles, within the caller's scope")
class AccountApiController {

	private final Accounts accounts;

	AccountApiController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/api/v1/csrf")
	Map<String, String> csrf(HttpServletRequest request) {
		CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		return Map.of("headerName", token.getHeaderName(), "token", token.getToken());
	}

	@GetMapping("/api/v1/accounts")
	List<Account> list(@AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "0") int page) {
		return this.accounts.list(actor, Math.min(Math.max(0, page), 100_000), 100);
	}

	@GetMapping("/api/v1/accounts/{id}")
	Account get(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.accounts.get(actor, id);
	}

	@PostMapping("/api/v1/accounts")
	@ResponseStatus(HttpStatus.CREATED)
	Created create(@AuthenticationPrincipal Actor actor, @RequestBody NewAccount account) {
		return this.accounts.create(actor, account);
	}

	@PutMapping("/api/v1/accounts/{id}/roles")
	Account roles(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody RolesRequest request) {
		return this.accounts.setRoles(actor, id, request.roles(), (request.version() != null) ? request.version() : -1);
	}

	record RolesRequest(Set<Role> roles, Integer version) {
	}

}
