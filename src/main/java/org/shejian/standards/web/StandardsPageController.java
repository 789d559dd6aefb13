package org.shejian.standards.web;

import java.util.ArrayList;
import java.util.List;

import org.shejian.standards.CodeList;
import org.shejian.standards.DataElement;
import org.shejian.standards.Standards;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public registry of data standards: every data element with its attributes and
 * earlier versions, every code list with its current and retired values.
 */
@Controller
class StandardsPageController {

	private static final Logger logger = LoggerFactory.getLogger(StandardsPageController.class);

	private final Standards standards;

	private final JsonMapper json;

	StandardsPageController(Standards standards, JsonMapper json) {
		this.standards = standards;
		this.json = json;
	}

	@GetMapping("/standards")
	String registry(Model model) {
		model.addAttribute("elements", this.standards.elements());
		model.addAttribute("codeLists", this.standards.codeLists());
		return "standards/registry";
	}

	@GetMapping("/standards/elements/{identifier}")
	String element(@PathVariable String identifier, Model model) {
		DataElement element = this.standards.element(identifier);
		model.addAttribute("element", element);
		model.addAttribute("history", earlierVersions(element));
		return "standards/element";
	}

	@GetMapping("/standards/code-lists/{identifier}")
	String codeList(@PathVariable String identifier, Model model) {
		CodeList list = this.standards.codeList(identifier);
		model.addAttribute("list", list);
		model.addAttribute("retired", list.values().stream().filter((value) -> !value.isCurrent()).toList());
		return "standards/code-list";
	}

	/** The kept versions, newest first; one that can no longer be read is left out. */
	private List<DataElement> earlierVersions(DataElement element) {
		List<DataElement> versions = new ArrayList<>();
		for (String stored : this.standards.history(element.identifier())) {
			try {
				versions.add(this.json.readValue(stored, DataElement.class));
			}
			catch (JacksonException ex) {
				logger.warn("Standards: an earlier version of element {} cannot be read: {}", element.identifier(),
						ex.getOriginalMessage());
			}
		}
		return versions;
	}

}
