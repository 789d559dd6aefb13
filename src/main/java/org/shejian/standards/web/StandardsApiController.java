package org.shejian.standards.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shejian.standards.CodeList;
import org.shejian.standards.DataElement;
import org.shejian.standards.Standards;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registry of data standards as JSON, open to all like its pages, and the one value
 * check of the platform offered to forms and partners before they send data.
 */
@RestController
@Tag(name = "standards", description = "Data elements, code lists and the check of a value against an element")
class StandardsApiController {

	private final Standards standards;

	StandardsApiController(Standards standards) {
		this.standards = standards;
	}

	@GetMapping("/api/v1/standards/elements")
	@Operation(summary = "Every data element with its attributes, by identifier")
	List<DataElement> elements() {
		return this.standards.elements();
	}

	@GetMapping("/api/v1/standards/elements/{identifier}")
	DataElement element(@PathVariable String identifier) {
		return this.standards.element(identifier);
	}

	@GetMapping("/api/v1/standards/elements/{identifier}/check")
	@Operation(summary = "Checks a value against a data element (type, format, length, code list, check digits)",
			description = "Answers the value as it would be stored, or a 400 problem naming the rule the value breaks."
					+ " A blank value is absent and answers null.")
	CheckedValue check(@PathVariable String identifier, @RequestParam String value) {
		Object checked = this.standards.checker(identifier).check(value);
		String stored = (checked instanceof BigDecimal decimal) ? decimal.toPlainString()
				: Objects.toString(checked, null);
		return new CheckedValue(identifier, stored);
	}

	@GetMapping("/api/v1/standards/code-lists")
	@Operation(summary = "Every code list with its values, current and retired")
	List<CodeList> codeLists() {
		return this.standards.codeLists();
	}

	@GetMapping("/api/v1/standards/code-lists/{identifier}")
	CodeList codeList(@PathVariable String identifier) {
		return this.standards.codeList(identifier);
	}

	/**
	 * A value that passed its data element's check.
	 *
	 * @param element the data element's identifier
	 * @param value the value as stored (dates in ISO form, numbers without grouping), or
	 * {@code null} when absent
	 */
	record CheckedValue(String element, String value) {
	}

}
