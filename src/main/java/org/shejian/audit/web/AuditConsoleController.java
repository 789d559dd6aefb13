package org.shejian.audit.web;

import org.shejian.audit.AuditTrail;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log for the audit administrator: the newest records, paged backwards, and a
 * check of the whole hash chain.
 */
@Controller
class AuditConsoleController {

	private static final int PAGE_SIZE = 50;

	private final AuditTrail trail;

	AuditConsoleController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/console/audit")
	String log(@RequestParam(defaultValue = "" + Long.MAX_VALUE) long before, Model model) {
		var records = this.trail.latest(before, PAGE_SIZE);
		model.addAttribute("records", records);
		model.addAttribute("older", (records.size() == PAGE_SIZE) ? records.get(records.size() - 1).sequence() : null);
		return "console/audit";
	}

	@PostMapping("/console/audit/verify")
	String verify(Model model) {
		model.addAttribute("verification", this.trail.verify());
		return log(Long.MAX_VALUE, model);
	}

}
