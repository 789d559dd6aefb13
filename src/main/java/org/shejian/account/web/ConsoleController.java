package org.shejian.account.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.shejian.account.Accounts;
import org.shejian.account.internal.AccountPrincipalRefresher;
import org.shejian.organisation.Units;
import org.shejian.shared.Actor;
import org.shejian.shared.Problem;
import org.shejian.shared.Role;
import org.shejian.shared.web.Flash;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's entry: the sign-in page, the dashboard with the user's scope, and the
 * own-password page that a first sign-in leads to.
 */
@Controller
class ConsoleController {

	private final Units units;

	private final Accounts accounts;

	private final AccountPrincipalRefresher refresher;

	private final Flash flash;

	ConsoleController(Units units, Accounts accounts, AccountPrincipalRefresher refresher, Flash flash) {
		this.units = units;
		this.accounts = accounts;
		this.refresher = refresher;
		this.flash = flash;
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/console")
	String dashboard(@AuthenticationPrincipal Actor actor, Model model) {
		if (actor.has(Role.AUDIT_ADMIN)) {
			return "redirect:/console/audit";
		}
		model.addAttribute("actor", actor);
		model.addAttribute("unit", this.units.findById(actor.unitId()).orElseThrow());
		return "console/dashboard";
	}

	@GetMapping("/console/password")
	String passwordForm(@AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("actor", actor);
		return "console/password";
	}

	@PostMapping("/console/password")
	String changePassword(@AuthenticationPrincipal Actor actor, @RequestParam String current,
			@RequestParam String replacement, @RequestParam String repeat, HttpServletRequest request,
			HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
		try {
			if (!replacement.equals(repeat)) {
				throw Problem.invalid("password.mismatch");
			}
			this.accounts.changeOwnPassword(actor, current, replacement);
			this.refresher.refresh(actor.username(), request, response);
			this.flash.notice(redirect, locale, "password.changed");
			return "redirect:/console";
		}
		catch (Problem problem) {
			this.flash.problem(redirect, locale, problem);
			return "redirect:/console/password";
		}
	}

}
