package org.shejian.shared.web;

import java.util.Locale;

import org.shejian.shared.Problem;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Outcome messages carried across a redirect after a form post, in the user's language.
 */
@Component
public class Flash {

	private final MessageSource messages;

	Flash(MessageSource messages) {
		this.messages = messages;
	}

	public void notice(RedirectAttributes redirect, Locale locale, String messageKey, Object... arguments) {
		redirect.addFlashAttribute("notice", this.messages.getMessage(messageKey, arguments, locale));
	}

	public void problem(RedirectAttributes redirect, Locale locale, Problem problem) {
		redirect.addFlashAttribute("error", problem.text(this.messages, locale));
		redirect.addFlashAttribute("errorDetails",
				problem.details().stream().map((detail) -> detail.text(this.messages, locale)).toList());
	}

}
