package org.shejian.requests.web;

import java.util.List;
import java.util.Locale;

import org.shejian.organisation.Units;
import org.shejian.requests.RequestEvent;
import org.shejian.requests.RequestForm;
import org.shejian.requests.RequestServices;
import org.shejian.requests.Requests;
import org.shejian.requests.ServiceRequest;
import org.shejian.shared.Problem;
import org.shejian.shared.web.Flash;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The residents' pages: a form to send a request (no script needed) and each request's
 * status page with its history and the public answer. No personal data is shown.
 */
@Controller
class RequestPageController {

	private final Requests requests;

	private final RequestServices services;

	private final Units units;

	private final Flash flash;

	RequestPageController(Requests requests, RequestServices services, Units units, Flash flash) {
		this.requests = requests;
		this.services = services;
		this.units = units;
		this.flash = flash;
	}

	@GetMapping("/requests/new")
	String form(Model model, Locale locale) {
		return form(model, locale, new RequestForm(null, null, null, null, null, null, null, null, null, null, null));
	}

	@PostMapping("/requests")
	String submit(@ModelAttribute RequestForm form, Model model, Locale locale, RedirectAttributes redirect) {
		try {
			ServiceRequest request = this.requests.submit(form, "web", locale).request();
			redirect.addFlashAttribute("submitted", true);
			return "redirect:/requests/" + request.id();
		}
		catch (Problem problem) {
			this.flash.show(model, locale, problem);
			return form(model, locale, form);
		}
	}

	@GetMapping("/requests/{id}")
	String request(@PathVariable long id, Model model) {
		ServiceRequest request = this.requests.request(id);
		model.addAttribute("request", request);
		model.addAttribute("unit", this.units.findById(request.unitId()).orElse(null));
		List<RequestEvent> history = this.requests.publicHistory(id);
		model.addAttribute("history", history);
		model.addAttribute("unitNames", UnitNames.of(this.units, history.stream().map(RequestEvent::unitId)));
		return "requests/status";
	}

	private String form(Model model, Locale locale, RequestForm form) {
		model.addAttribute("form", form);
		model.addAttribute("services", this.services.services(locale));
		return "requests/new";
	}

}
