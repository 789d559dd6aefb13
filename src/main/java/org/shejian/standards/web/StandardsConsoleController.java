package org.shejian.standards.web;

import java.util.Locale;

import org.shejian.shared.Actor;
import org.shejian.shared.web.Flash;
import org.shejian.standards.CodeList;
import org.shejian.standards.DataElement;
import org.shejian.standards.DataType;
import org.shejian.standards.Standards;
import org.shejian.standards.Standards.ElementForm;
import org.shejian.standards.Standards.ListForm;
import org.shejian.standards.Standards.ValueForm;
import org.shejian.standards.Status;
import org.shejian.standards.ValueRule;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Keeping the data standards in the console, for the city administrator: define data
 * elements and move them through their statuses, define code lists and add or retire
 * their values.
 */
@Controller
class StandardsConsoleController {

	private final Standards standards;

	private final Flash flash;

	StandardsConsoleController(Standards standards, Flash flash) {
		this.standards = standards;
		this.flash = flash;
	}

	@GetMapping("/console/standards")
	String registry(Model model) {
		model.addAttribute("elements", this.standards.elements());
		model.addAttribute("codeLists", this.standards.codeLists());
		model.addAttribute("dataTypes", DataType.values());
		model.addAttribute("rules", ValueRule.values());
		return "console/standards";
	}

	@PostMapping("/console/standards/elements")
	String defineElement(@AuthenticationPrincipal Actor actor, @ModelAttribute ElementForm form, Locale locale,
			RedirectAttributes redirect) {
		this.flash.attempt(redirect, locale, () -> {
			DataElement element = this.standards.define(actor, form);
			return new Flash.Notice("element.defined", element.identifier(), element.name());
		});
		return "redirect:/console/standards";
	}

	@PostMapping("/console/standards/elements/{identifier}/status")
	String setStatus(@AuthenticationPrincipal Actor actor, @PathVariable String identifier, @RequestParam Status status,
			@RequestParam int version, Locale locale, RedirectAttributes redirect) {
		this.flash.attempt(redirect, locale, () -> {
			this.standards.setStatus(actor, identifier, status, version);
			return new Flash.Notice("element.statusChanged", identifier);
		});
		return "redirect:/console/standards";
	}

	@PostMapping("/console/standards/code-lists")
	String defineList(@AuthenticationPrincipal Actor actor, @ModelAttribute ListForm form, Locale locale,
			RedirectAttributes redirect) {
		this.flash.attempt(redirect, locale, () -> {
			CodeList list = this.standards.defineList(actor, form);
			return new Flash.Notice("codeList.defined", list.identifier());
		});
		return "redirect:/console/standards";
	}

	@GetMapping("/console/standards/code-lists/{identifier}")
	String codeList(@PathVariable String identifier, Model model) {
		model.addAttribute("list", this.standards.codeList(identifier));
		return "console/code-list";
	}

	@PostMapping("/console/standards/code-lists/{identifier}/values")
	String addValue(@AuthenticationPrincipal Actor actor, @PathVariable String identifier,
			@ModelAttribute ValueForm form, @RequestParam int version, Locale locale, RedirectAttributes redirect) {
		this.flash.attempt(redirect, locale, () -> {
			CodeList list = this.standards.addValue(actor, identifier, form, version);
			return new Flash.Notice("codeList.valueAdded", form.code(), list.listVersion());
		});
		return "redirect:/console/standards/code-lists/" + identifier;
	}

	@PostMapping("/console/standards/code-lists/{identifier}/values/{code}/retire")
	String retireValue(@AuthenticationPrincipal Actor actor, @PathVariable String identifier, @PathVariable String code,
			@RequestParam int version, Locale locale, RedirectAttributes redirect) {
		this.flash.attempt(redirect, locale, () -> {
			CodeList list = this.standards.retireValue(actor, identifier, code, version);
			return new Flash.Notice("codeList.valueRetired", code, list.listVersion());
		});
		return "redirect:/console/standards/code-lists/" + identifier;
	}

}
