package org.shejian.account.web;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.shejian.account.Accounts;
import org.shejian.account.Accounts.Created;
import org.shejian.account.Accounts.NewAccount;
import org.shejian.shared.Actor;
import org.shejian.shared.Role;
import org.shejian.shared.web.Flash;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Users and roles in the console, for the system and security administrators.
 */
@Controller
class AccountConsoleController {

	private final Accounts accounts;

	private final Flash flash;

	AccountConsoleController(Accounts accounts, Flash flash) {
		this.accounts = accounts;
		this.flash = flash;
	}

	@GetMapping("/console/accounts")
	String list(@AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("accounts", this.accounts.list(actor, Math.min(Math.max(0, page), 100_000), 100));
		model.addAttribute("roles", Role.values());
		return "console/accounts";
	}

	@PostMapping("/console/accounts")
	String create(@AuthenticationPrincipal Actor actor, @RequestParam String username,
			@RequestParam(required = false) String displayName, @RequestParam String unitCode,
			@RequestParam(required = false) Set<Role> roles, Locale locale, RedirectAttributes redirect) {
		this.flash.attempt(redirect, locale, () -> {
			Created created = this.accounts.create(actor, new NewAccount(username, displayName, unitCode,
					(roles != null) ? roles : EnumSet.noneOf(Role.class)));
			return new Flash.Notice("account.created", created.account().username(), created.password());
		});
		return "redirect:/console/accounts";
	}

	@PostMapping("/console/accounts/{id}/roles")
	String roles(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestParam(required = false) Set<Role> roles, @RequestParam int version, Locale locale,
			RedirectAttributes redirect) {
		this.flash.attempt(redirect, locale, () -> {
			this.accounts.setRoles(actor, id, (roles != null) ? roles : EnumSet.noneOf(Role.class), version);
			return new Flash.Notice("console.saved");
		});
		return "redirect:/console/accounts";
	}

	@PostMapping("/console/accounts/{id}/unlock")
	String unlock(@AuthenticationPrincipal Actor actor, @PathVariable long id, Locale locale,
			RedirectAttributes redirect) {
		this.flash.attempt(redirect, locale, () -> {
			this.accounts.unlock(actor, id);
			return new Flash.Notice("account.unlocked");
		});
		return "redirect:/console/accounts";
	}

	@PostMapping("/console/accounts/{id}/reset")
	String reset(@AuthenticationPrincipal Actor actor, @PathVariable long id, Locale locale,
			RedirectAttributes redirect) {
		this.flash.attempt(redirect, locale, () -> {
			Created created = this.accounts.resetPassword(actor, id);
			return new Flash.Notice("account.reset.done", created.account().username(), created.password());
		});
		return "redirect:/console/accounts";
	}

}
