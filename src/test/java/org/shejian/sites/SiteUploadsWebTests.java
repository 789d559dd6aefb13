package org.shejian.sites;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.shejian.PlatformTestSupport;
import org.shejian.account.internal.AccountPrincipal;
import org.shejian.account.internal.TestAccounts;
import org.shejian.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Uploads to a site's file library through the API and the console form, and how the
 * public is served them: content decides, names never reach the disk, hostile files are
 * refused, and what is served can neither be sniffed nor run. On H2 and PostgreSQL.
 */
@Tag("database")
@Transactional
class SiteUploadsWebTests extends PlatformTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Sites sites;

	@Autowired
	Articles articles;

	@Autowired
	JdbcClient jdbc;

	@Value("${shejian.data-dir}")
	String dataDir;

	AccountPrincipal district;

	AccountPrincipal editorA;

	AccountPrincipal editorB;

	Site siteA;

	@BeforeEach
	void sites() {
		this.district = this.accounts.create(SiteFixtures.DONGCHENG, Role.DISTRICT_ADMIN);
		this.editorA = this.accounts.create(SiteFixtures.COMMUNITY_A, Role.COMMUNITY_STAFF);
		this.editorB = this.accounts.create(SiteFixtures.COMMUNITY_B, Role.COMMUNITY_STAFF);
		this.siteA = SiteFixtures.liveSite(this.sites, this.district, SiteFixtures.COMMUNITY_A);
		SiteFixtures.liveSite(this.sites, this.district, SiteFixtures.COMMUNITY_B);
	}

	@Test
	void storesAnImageUnderAGeneratedNameAndServesItInlineWithItsDetectedType() throws Exception {
		long id = uploaded("社区活动照片.png", SiteUploadFiles.image("png", 40, 30));

		Path stored = onlyFileOf(this.siteA);
		assertThat(stored.getFileName().toString()).matches("[0-9a-f]{32}");
		this.mvc.perform(get("/s/110101001001/files/" + id))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "image/png"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, startsWith("inline;")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Security-Policy", "default-src 'none'; sandbox"));
		this.mvc.perform(get("/api/v1/sites/" + this.siteA.id() + "/files").with(user(this.editorA)))
			.andExpect(jsonPath("$[0].mediaType").value("image/png"))
			.andExpect(jsonPath("$[0].width").value(40))
			.andExpect(jsonPath("$[0].height").value(30))
			.andExpect(jsonPath("$[0].sha256").value(matchesPattern("[0-9a-f]{64}")))
			.andExpect(jsonPath("$[0].originalName").value("社区活动照片.png"));
	}

	@Test
	void acceptsEachAllowedKindByItsContent() throws Exception {
		uploaded("a.jpg", SiteUploadFiles.image("jpg", 10, 10));
		uploaded("a.gif", SiteUploadFiles.image("gif", 10, 10));
		uploaded("a.webp", SiteUploadFiles.webp(640, 480));
		uploaded("a.pdf", SiteUploadFiles.pdf());
		uploaded("a.txt", SiteUploadFiles.text("停水通知\n周一 8:00–12:00\n"));
		long docx = uploaded("a.docx", SiteUploadFiles.docx());

		this.mvc.perform(get("/api/v1/sites/" + this.siteA.id() + "/files").with(user(this.editorA)))
			.andExpect(jsonPath("$[0].id").value(docx))
			.andExpect(jsonPath("$[0].mediaType").value(FileContent.DOCX))
			.andExpect(jsonPath("$[0].kind").value("ATTACHMENT"))
			.andExpect(jsonPath("$[2].mediaType").value("application/pdf"))
			.andExpect(jsonPath("$[3].mediaType").value("image/webp"))
			.andExpect(jsonPath("$[3].width").value(640));
	}

	@Test
	void servesAnAttachmentAsADownloadWithItsChineseNameIntact() throws Exception {
		String name = "关于2026年“社区议事会”的通知（终稿）.pdf";
		long id = uploaded(name, SiteUploadFiles.pdf());

		MvcResult result = this.mvc.perform(get("/s/110101001001/files/" + id))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Security-Policy", "default-src 'none'; sandbox"))
			.andExpect(content().bytes(SiteUploadFiles.pdf()))
			.andReturn();
		String disposition = result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION);
		assertThat(disposition).startsWith("attachment; filename=\"").contains("; filename*=UTF-8''");
		String encoded = disposition.substring(disposition.indexOf("filename*=UTF-8''") + 17);
		assertThat(encoded).matches("[A-Za-z0-9%!#$&+.^_`|~-]+");
		assertThat(URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8)).isEqualTo(name);
	}

	@Test
	void servesEvenAStoredHtmlOrSvgFileAsAnAttachmentThatCannotRun() throws Exception {
		long html = uploaded("page.txt", SiteUploadFiles.text("<b>plain</b>"));
		long svg = uploaded("drawing.txt", SiteUploadFiles.text("<svg/>"));
		this.jdbc.sql("UPDATE site_file SET media_type = 'text/html' WHERE id = ?").param(html).update();
		this.jdbc.sql("UPDATE site_file SET media_type = 'image/svg+xml' WHERE id = ?").param(svg).update();

		for (long id : new long[] { html, svg }) {
			this.mvc.perform(get("/s/110101001001/files/" + id))
				.andExpect(status().isOk())
				.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, startsWith("attachment;")))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().string("Content-Security-Policy", "default-src 'none'; sandbox"));
		}
		this.mvc.perform(get("/s/110101001001/files/" + svg))
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "image/svg+xml"));
	}

	@Test
	void refusesAnSvgOrHtmlFileNamedAsAJpegNamingWhatItIs() throws Exception {
		refused("logo.jpg", SiteUploadFiles.svg()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:shejian:problem:site.file.type"))
			.andExpect(jsonPath("$.detail").value(containsString("image/svg+xml")))
			.andExpect(jsonPath("$.detail").value(containsString("logo.jpg")));
		refused("photo.jpg", SiteUploadFiles.html()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("text/html")));
		assertThat(filesOf(this.siteA)).isEmpty();
	}

	@Test
	void refusesAProgramRenamedAsAPdf() throws Exception {
		refused("通知.pdf", SiteUploadFiles.exe()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:shejian:problem:site.file.type"))
			.andExpect(jsonPath("$.detail").value(containsString("msdownload")));
	}

	@Test
	void refusesAGifThatCarriesAWebPage() throws Exception {
		refused("smile.gif", SiteUploadFiles.polyglot()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:shejian:problem:site.file.image.markup"));
	}

	@Test
	void refusesANameThatDisagreesWithTheContent() throws Exception {
		refused("photo.jpg", SiteUploadFiles.image("png", 10, 10)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:shejian:problem:site.file.nameMismatch"))
			.andExpect(jsonPath("$.detail").value(containsString("image/png")));
		refused("table.xlsx", SiteUploadFiles.docx()).andExpect(status().isBadRequest());
	}

	@Test
	void refusesImagesTooWideOrThatDecompressIntoTooManyPixels() throws Exception {
		refused("wide.png", SiteUploadFiles.image("png", 10_001, 1)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:shejian:problem:site.file.image.tooWide"));
		refused("huge.webp", SiteUploadFiles.webp(16_000, 16_000)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:shejian:problem:site.file.image.tooWide"));
		byte[] bomb = SiteUploadFiles.bomb(9_000);
		assertThat(bomb.length).isLessThan(100_000);
		refused("bomb.png", bomb).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:shejian:problem:site.file.image.tooManyPixels"));
	}

	@Test
	void refusesFilesOverTheLimitOfTheirKindNamingTheLimitAndLeavesNothingBehind() throws Exception {
		byte[] png = SiteUploadFiles.image("png", 10, 10);
		byte[] largeImage = Arrays.copyOf(png, 5 * 1024 * 1024 + 1);
		refused("large.png", largeImage).andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.detail").value(containsString("5 MB")));
		byte[] largeText = new byte[20 * 1024 * 1024 + 1];
		Arrays.fill(largeText, (byte) 'a');
		refused("large.txt", largeText).andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.detail").value(containsString("20 MB")));
		refused("empty.txt", new byte[0]).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:shejian:problem:site.file.empty"));

		assertThat(filesOf(this.siteA)).isEmpty();
	}

	@Test
	void keepsOnlyTheLastSegmentOfANameWithAPath() throws Exception {
		long id = uploaded("../../../etc/passwd.txt", SiteUploadFiles.text("root"));
		uploaded("..\\..\\windows\\win.txt", SiteUploadFiles.text("win"));

		this.mvc.perform(get("/api/v1/sites/" + this.siteA.id() + "/files").with(user(this.editorA)))
			.andExpect(jsonPath("$[0].originalName").value("win.txt"))
			.andExpect(jsonPath("$[1].originalName").value("passwd.txt"));
		assertThat(filesOf(this.siteA)).hasSize(2)
			.allSatisfy((file) -> assertThat(file.getFileName().toString()).matches("[0-9a-f]{32}"));
		this.mvc.perform(get("/s/110101001001/files/" + id))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("filename*=UTF-8''passwd.txt")));
	}

	@Test
	void refusesNamesWithControlCharactersOrTooLong() throws Exception {
		for (String name : List.of("a\u0000.txt", "a\r\nContent-Type: text/html.txt", "a\n.txt", "invoice\u202Etxt.exe",
				"..", " ")) {
			refused(name, SiteUploadFiles.text("x")).andExpect(status().isBadRequest());
		}
		refused("长".repeat(201) + ".txt", SiteUploadFiles.text("x")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:shejian:problem:site.file.name.tooLong"));
		assertThat(filesOf(this.siteA)).isEmpty();
	}

	@Test
	void anEditorOfAnotherCommunityCanNeitherUploadToNorDeleteFromTheSite() throws Exception {
		long id = uploaded("a.png", SiteUploadFiles.image("png", 10, 10));

		this.mvc
			.perform(multipart("/api/v1/sites/" + this.siteA.id() + "/files")
				.file(new MockMultipartFile("file", "b.png", "image/png", SiteUploadFiles.image("png", 5, 5)))
				.with(user(this.editorB))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(delete("/api/v1/sites/" + this.siteA.id() + "/files/" + id).with(user(this.editorB)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/sites/" + this.siteA.id() + "/files").with(user(this.editorB)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(
					multipart("/console/sites/" + this.siteA.id() + "/files/" + id + "/delete").with(user(this.editorB))
						.with(csrf()))
			.andExpect(flash().attributeExists("error"));
		assertThat(filesOf(this.siteA)).hasSize(1);

		this.mvc
			.perform(delete("/api/v1/sites/" + this.siteA.id() + "/files/" + id).with(user(this.editorA)).with(csrf()))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/s/110101001001/files/" + id)).andExpect(status().isNotFound());
	}

	@Test
	void aFileOfASiteIsNotReachedThroughAnotherSiteOrWhenItsSiteIsNotLive() throws Exception {
		long id = uploaded("a.png", SiteUploadFiles.image("png", 10, 10));

		this.mvc.perform(get("/s/110101002001/files/" + id)).andExpect(status().isNotFound());
		this.sites.changeState(this.district, this.siteA.id(), SiteState.SUSPENDED,
				this.sites.site(this.district, this.siteA.id()).version());
		this.mvc.perform(get("/s/110101001001/files/" + id)).andExpect(status().isNotFound());
	}

	@Test
	void theConsoleFormUploadsAndListsAFile() throws Exception {
		this.mvc
			.perform(multipart("/console/sites/" + this.siteA.id() + "/files")
				.file(new MockMultipartFile("file", "居民公约.docx", "application/octet-stream", SiteUploadFiles.docx()))
				.with(user(this.editorA))
				.with(csrf()))
			.andExpect(redirectedUrl("/console/sites/" + this.siteA.id() + "/files"))
			.andExpect(flash().attributeExists("notice"));
		this.mvc
			.perform(multipart("/console/sites/" + this.siteA.id() + "/files")
				.file(new MockMultipartFile("file", "x.jpg", "image/jpeg", SiteUploadFiles.svg()))
				.with(user(this.editorA))
				.with(csrf()))
			.andExpect(flash().attribute("error", containsString("image/svg+xml")));
		this.mvc.perform(get("/console/sites/" + this.siteA.id() + "/files").with(user(this.editorA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("居民公约.docx")))
			.andExpect(content().string(containsString("/s/110101001001/files/")));
	}

	@Test
	void articlesShowTheSitesOwnFilesAndTheLogoMayBeOne() throws Exception {
		long image = uploaded("合影.png", SiteUploadFiles.image("png", 10, 10));
		long pdf = uploaded("章程.pdf", SiteUploadFiles.pdf());
		String own = "/s/110101001001/files/";
		String body = "<p><img src=\"" + own + image + "\" alt=\"合影\"><a href=\"" + own + pdf + "\">章程</a></p>"
				+ "<p><img src=\"/s/110101002001/files/" + image + "\" alt=\"别站\"><a href=\"/console\">后台</a></p>";

		Article article = this.articles.create(this.editorA,
				SiteFixtures.article(SiteFixtures.column(this.sites, this.siteA, ColumnKind.NOTICES).id(), "活动", body));
		assertThat(article.body()).contains("src=\"" + own + image + "\"")
			.contains("href=\"" + own + pdf + "\"")
			.doesNotContain("110101002001")
			.doesNotContain("/console");

		Site withLogo = this.sites.update(this.district, this.siteA.id(),
				new SiteForm(null, null, null, null, null, null, own + image, null, this.siteA.version()));
		assertThat(withLogo.logoUrl()).isEqualTo(own + image);
		this.mvc.perform(get("/s/110101001001/")).andExpect(content().string(containsString(own + image)));
		assertThat(
				org.junit.jupiter.api.Assertions
					.assertThrows(org.shejian.shared.Problem.class,
							() -> this.sites
								.update(this.district, this.siteA.id(),
										new SiteForm(null, null, null, null, null, null, own + pdf, null,
												withLogo.version())))
					.messageKey())
			.isEqualTo("site.logo.invalid");
	}

	long uploaded(String name, byte[] content) throws Exception {
		MvcResult result = this.mvc
			.perform(multipart("/api/v1/sites/" + this.siteA.id() + "/files")
				.file(new MockMultipartFile("file", name, "application/octet-stream", content))
				.with(user(this.editorA))
				.with(csrf()))
			.andExpect(status().isCreated())
			.andReturn();
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
	}

	ResultActions refused(String name, byte[] content) throws Exception {
		return this.mvc.perform(multipart("/api/v1/sites/" + this.siteA.id() + "/files")
			.file(new MockMultipartFile("file", name, "image/jpeg", content))
			.with(user(this.editorA))
			.with(csrf()));
	}

	List<Path> filesOf(Site site) throws IOException {
		Path folder = Path.of(this.dataDir, "sites", Long.toString(site.id()));
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.toList();
		}
	}

	Path onlyFileOf(Site site) throws IOException {
		List<Path> files = filesOf(site);
		assertThat(files).hasSize(1);
		return files.get(0);
	}

}
