package org.shejian.sites.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.shejian.organisation.Unit;
import org.shejian.shared.Actor;
import org.shejian.sites.SiteCoverage;
import org.shejian.sites.SiteHealth;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Streams the coverage workbook of a subtree straight to the response, named in Chinese
 * (RFC 5987 {@code filename*}, with an ASCII fallback), as an attachment. The scope is
 * checked before the first header is set, so a refusal is an ordinary problem answer.
 */
final class CoverageDownload {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private CoverageDownload() {
	}

	static void write(SiteCoverage coverage, SiteHealth health, Actor actor, String unitCode,
			HttpServletResponse response) throws IOException {
		Unit unit = coverage.unit(actor, unitCode);
		response.setContentType(XLSX);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("网站群覆盖与健康-" + unit.shortName() + "-" + unit.code() + ".xlsx", StandardCharsets.UTF_8)
					.build()
					.toString());
		coverage.export(actor, unit.code(), health, response.getOutputStream());
		response.flushBuffer();
	}

}
