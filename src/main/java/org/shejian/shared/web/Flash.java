package org.shejian.shared.web;

import java.util.Locale;
import java.util.function.Supplier;

import org.shejian.shared.Problem;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
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

	/**
	 * Runs a change from a form: the notice it returns, or the problem it raises, becomes
	 * the message shown after the redirect.
	 */
	public void attempt(RedirectAttributes redirect, Locale locale, Supplier<Notice> change) {
		try {
			Notice notice = change.get();
			notice(redirect, locale, notice.messageKey(), notice.arguments());
		}
		catch (Problem problem) {
			problem(redirect, locale, problem);
		}
	}

	public void problem(RedirectAttributes redirect, Locale locale, Problem problem) {
		redirect.addFlashAttribute("error", problem.text(this.messages, locale));
		redirect.addFlashAttribute("errorDetails",
				problem.details().stream().map((detail) -> detail.text(this.messages, locale)).toList());
	}

	/**
	 * Shows a problem on the page answering the request itself, for forms that come back
	 * filled in rather than redirect.
	 */
	public void show(Model model, Locale locale, Problem problem) {
		model.addAttribute("error", problem.text(this.messages, locale));
		model.addAttribute("errorDetails",
				problem.details().stream().map((detail) -> detail.text(this.messages, locale)).toList());
	}

	/**
	 * The message of a change that succeeded.
	 */
	public record Notice(String messageKey, Object... arguments) {
	}

}
