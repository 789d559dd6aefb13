package org.shejian.account.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Replaces the signed-in principal after its account changed (a new password lifts the
 * must-change mark) without a new sign-in.
 */
@Component
public class AccountPrincipalRefresher {

	private final AccountDetailsService details;

	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	AccountPrincipalRefresher(AccountDetailsService details) {
		this.details = details;
	}

	public void refresh(String username, HttpServletRequest request, HttpServletResponse response) {
		UserDetails principal = this.details.loadUserByUsername(username);
		((AccountPrincipal) principal).eraseCredentials();
		var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
				principal.getAuthorities());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		this.repository.saveContext(context, request, response);
	}

}
