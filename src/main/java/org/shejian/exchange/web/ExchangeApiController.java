package org.shejian.exchange.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shejian.exchange.Batch;
import org.shejian.exchange.ExportJob;
import org.shejian.exchange.Exports;
import org.shejian.exchange.ImportJobs;
import org.shejian.exchange.ImportMode;
import org.shejian.exchange.Imports;
import org.shejian.exchange.Templates;
import org.shejian.shared.Actor;
import org.shejian.shared.Problem;
import org.shejian.shared.geo.CoordinateSystem;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports, batches, exports, templates and samples as an API.
 */
@RestController
@Tag(name = "exchange", description = "Imports into resources, batches and rollback, exports, templates")
class ExchangeApiController {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final ImportJobs jobs;

	private final Imports imports;

	private final Exports exports;

	private final Templates templates;

	ExchangeApiController(ImportJobs jobs, Imports imports, Exports exports, Templates templates) {
		this.jobs = jobs;
		this.imports = imports;
		this.exports = exports;
		this.templates = templates;
	}

	@PostMapping("/api/v1/exchange/imports")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Import a CSV or XLSX file into a resource, in the background; mode ALL_OR_NOTHING or"
			+ " VALID_ROWS; coordinates WGS-84, GCJ-02 or BD-09 for files with coordinates")
	Map<String, Object> startImport(@AuthenticationPrincipal Actor actor, @RequestParam String resource,
			@RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode,
			@RequestParam(required = false) String coordinates, @RequestParam MultipartFile file, Locale locale) {
		if (file.isEmpty()) {
			throw Problem.invalid("tabular.file.empty", String.valueOf(file.getOriginalFilename()));
		}
		CoordinateSystem system = (coordinates != null && !coordinates.isBlank()) ? CoordinateSystem.parse(coordinates)
				: null;
		String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "upload";
		ImportJobs.Job job = this.jobs.start(actor, resource, file, name, mode, system, locale);
		return Map.of("job", job.id());
	}

	@GetMapping("/api/v1/exchange/imports/{job}")
	@Operation(summary = "The progress of an import the caller started")
	Map<String, Object> importProgress(@AuthenticationPrincipal Actor actor, @PathVariable String job) {
		ImportJobs.Job found = this.jobs.find(actor, job).orElseThrow(() -> Problem.notFound("page.notFound"));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("job", found.id());
		body.put("finished", found.finished());
		body.put("rowsRead", found.read());
		body.put("rowsRejected", found.rejected());
		body.put("batch", (found.batchId() != null && found.finished()) ? this.imports.batch(actor, found.batchId())
				: found.batchId());
		body.put("problem", found.problem());
		return body;
	}

	@GetMapping("/api/v1/exchange/batches")
	List<Batch> batches(@AuthenticationPrincipal Actor actor, @RequestParam String resource) {
		return this.imports.batches(actor, resource);
	}

	@GetMapping("/api/v1/exchange/batches/{id}")
	Batch batch(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.imports.batch(actor, id);
	}

	@PostMapping("/api/v1/exchange/batches/{id}/rollback")
	@Operation(summary = "Roll back the newest loaded batch of a resource")
	Batch rollback(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.imports.rollback(actor, id);
	}

	@GetMapping("/api/v1/exchange/batches/{id}/rejects")
	@Operation(summary = "The rejected rows of a batch with the reason for each, as XLSX")
	ResponseEntity<Resource> rejects(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return Downloads.file(this.imports.rejects(actor, id), "rejected-rows-" + id + ".xlsx", XLSX);
	}

	@PostMapping("/api/v1/exchange/exports")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Export what the caller may read of a resource, as CSV or XLSX: {resource, format}")
	ExportJob startExport(@AuthenticationPrincipal Actor actor, @RequestBody Map<String, String> body) {
		String format = String.valueOf(body.getOrDefault("format", "XLSX")).toUpperCase(Locale.ROOT);
		ExportJob.Format chosen;
		try {
			chosen = ExportJob.Format.valueOf(format);
		}
		catch (IllegalArgumentException ex) {
			throw Problem.invalid("exchange.export.format", format);
		}
		return this.exports.start(actor, String.valueOf(body.get("resource")), chosen);
	}

	@GetMapping("/api/v1/exchange/exports/{id}")
	ExportJob export(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.exports.job(actor, id);
	}

	@GetMapping("/api/v1/exchange/exports/{id}/file")
	ResponseEntity<Resource> exportFile(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		ExportJob job = this.exports.job(actor, id);
		return Downloads.file(this.exports.file(actor, id), job.fileName(), job.format().mediaType());
	}

	@GetMapping("/api/v1/exchange/resources/{provider}/{sequence}/template.xlsx")
	@Operation(summary = "The XLSX template of a stored resource, with an instructions sheet")
	ResponseEntity<byte[]> template(@PathVariable String provider, @PathVariable String sequence, Locale locale) {
		String identifier = provider + "/" + sequence;
		return Downloads.bytes(this.templates.template(identifier, locale),
				"template-" + provider + "-" + sequence + ".xlsx", XLSX);
	}

	@GetMapping("/api/v1/exchange/resources/{provider}/{sequence}/sample.csv")
	@Operation(summary = "A sample file of a base-database definition")
	ResponseEntity<byte[]> sample(@PathVariable String provider, @PathVariable String sequence) {
		String identifier = provider + "/" + sequence;
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] text = this.templates.sample(identifier).getBytes(StandardCharsets.UTF_8);
		byte[] content = new byte[bom.length + text.length];
		System.arraycopy(bom, 0, content, 0, bom.length);
		System.arraycopy(text, 0, content, bom.length, text.length);
		return Downloads.bytes(content, "sample-" + provider + "-" + sequence + ".csv", "text/csv; charset=UTF-8");
	}

}
