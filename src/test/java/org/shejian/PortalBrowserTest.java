package org.shejian;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shejian.account.internal.AccountPrincipal;
import org.shejian.account.internal.TestAccounts;
import org.shejian.map.Entry;
import org.shejian.map.EntryForm;
import org.shejian.map.EntryKind;
import org.shejian.map.EntryState;
import org.shejian.map.ItemDetails;
import org.shejian.map.MapWorkflow;
import org.shejian.shared.Role;
import org.shejian.sites.Article;
import org.shejian.sites.ArticleForm;
import org.shejian.sites.Articles;
import org.shejian.sites.ColumnKind;
import org.shejian.sites.OwnerKind;
import org.shejian.sites.Site;
import org.shejian.sites.SiteForm;
import org.shejian.sites.SiteState;
import org.shejian.sites.Sites;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * The portal and the console in a real browser: headless Chromium driven through
 * ChromeDriver against the application on a random port, with Beijing loaded into an
 * in-memory database on the first start. Skipped when Chromium is not installed, unless
 * {@code SHEJIAN_BROWSER_REQUIRED=true} (system property or environment variable), as in
 * CI, where a missing browser fails the test.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1",
				"shejian.data-dir=${java.io.tmpdir}/shejian-browser-test",
				"shejian.accounts.initial-admin-password=" + PortalBrowserTest.INITIAL_PASSWORD })
class PortalBrowserTest {

	static final String INITIAL_PASSWORD = "Browser-Test-2026!";

	private static final String CHANGED_PASSWORD = "Changed-Pass-2026#";

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Duration WAIT = Duration.ofSeconds(15);

	/** Records Content-Security-Policy violations in the page, before any page script. */
	private static final String CSP_RECORDER = "window.__cspViolations = [];"
			+ "document.addEventListener('securitypolicyviolation', function (e) {"
			+ " window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI); });";

	@LocalServerPort
	private int port;

	@Autowired
	private MapWorkflow workflow;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private Sites sites;

	@Autowired
	private Articles articles;

	private Path profile;

	private ChromeDriver browser;

	private WebDriverWait wait;

	@BeforeAll
	static void needsChromium() {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (installed) {
			return;
		}
		String message = "Chromium or ChromeDriver is not installed (" + CHROMIUM + ", " + CHROMEDRIVER
				+ "); install them with: apt-get install chromium chromium-driver";
		if (browserRequired()) {
			fail(message + " (SHEJIAN_BROWSER_REQUIRED=true)");
		}
		System.err.println("[PortalBrowserTest] SKIPPED: " + message);
		abort(message);
	}

	private static boolean browserRequired() {
		String value = System.getProperty("SHEJIAN_BROWSER_REQUIRED", System.getenv("SHEJIAN_BROWSER_REQUIRED"));
		return Boolean.parseBoolean(value);
	}

	@BeforeEach
	void openBrowser() throws IOException {
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
		this.profile = Files.createTempDirectory("shejian-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toString());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,900", "--lang=zh-CN", "--accept-lang=zh-CN,zh",
				"--user-data-dir=" + this.profile.toAbsolutePath());
		// A browser set to Chinese, as the platform's users' are: without a choice of
		// language the pages follow what the browser asks for.
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		this.browser = new ChromeDriver(options);
		this.browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CSP_RECORDER));
		this.wait = new WebDriverWait(this.browser, WAIT);
	}

	@AfterEach
	void closeBrowser() throws IOException {
		if (this.browser != null) {
			this.browser.quit();
		}
		if (this.profile != null) {
			FileSystemUtils.deleteRecursively(this.profile);
		}
	}

	@Test
	void homeListsTheDistrictsAndLeadsDownToACommunity() {
		open("/");
		assertThat(htmlLang()).isEqualTo("zh-CN");
		assertThat(this.browser.findElements(By.tagName("h1"))).hasSize(1);
		WebElement city = this.browser.findElement(By.xpath("//main//section[h2/a[text()='北京市']]"));
		List<String> districts = texts(city.findElements(By.cssSelector("ul.cards > li > a")));
		assertThat(districts).hasSize(16).contains("东城区", "西城区", "朝阳区", "海淀区", "延庆区");

		city.findElement(By.linkText("东城区")).click();
		this.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "东城区"));
		assertThat(childLinks()).contains("东华门街道", "景山街道");

		this.browser.findElement(By.linkText("东华门街道")).click();
		this.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "东华门街道"));
		assertThat(childLinks()).contains("多福巷社区");
		assertThat(htmlLang()).isEqualTo("zh-CN");
	}

	@Test
	void searchFindsACommunityByName() {
		open("/");
		WebElement query = this.browser.findElement(By.id("q"));
		query.sendKeys("多福巷");
		query.submit();
		this.wait.until(ExpectedConditions.urlContains("/search"));
		WebElement row = this.browser.findElement(By.xpath("//table//tr[td/a[text()='多福巷社区居委会']]"));
		assertThat(row.findElement(By.tagName("code")).getText()).isEqualTo("110101001001");

		row.findElement(By.linkText("多福巷社区居委会")).click();
		this.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "多福巷社区居委会"));
		assertThat(this.browser.getCurrentUrl()).endsWith("/units/110101001001");
	}

	@Test
	void theCatalogueIsSearchedAndLeadsToAResourceAndItsDataElements() {
		open("/catalogue");
		WebElement query = this.browser.findElement(By.id("q"));
		query.sendKeys("楼宇");
		query.submit();
		this.wait.until(ExpectedConditions.urlContains("q="));
		this.browser.findElement(By.linkText("商务楼宇和工作站")).click();
		this.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "商务楼宇和工作站"));
		assertThat(texts(this.browser.findElements(By.cssSelector("main dl.facts > dt")))).contains("资源名称", "摘要",
				"资源标识符", "元数据标识符");

		this.browser.findElement(By.linkText("DE00011")).click();
		this.wait.until(ExpectedConditions.urlContains("/standards/elements/DE00011"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).contains("楼宇名称");
		assertThat(script("return window.__cspViolations")).asInstanceOf(InstanceOfAssertFactories.LIST).isEmpty();
	}

	@Test
	void theLanguageLinkSwitchesToEnglishAndTheChoiceIsKept() {
		open("/");
		assertThat(htmlLang()).isEqualTo("zh-CN");
		this.browser.findElement(By.linkText("English")).click();
		this.wait.until((driver) -> "en".equals(htmlLang()));
		assertThat(this.browser.findElement(By.cssSelector("header.site .brand")).getText()).isEqualTo("Shejian");

		this.browser.findElement(By.linkText("Search")).click();
		this.wait.until(ExpectedConditions.urlContains("/search"));
		assertThat(htmlLang()).isEqualTo("en");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Search units");
		assertThat(this.browser.findElements(By.linkText("中文"))).hasSize(1);
	}

	@Test
	void theAdministratorChangesTheInitialPasswordAndExpandsTheTreeLazily() {
		open("/login");
		this.browser.findElement(By.id("username")).sendKeys("sysadmin");
		this.browser.findElement(By.id("password")).sendKeys(INITIAL_PASSWORD);
		this.browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.urlMatches("/console/password$"));

		this.browser.findElement(By.id("current")).sendKeys(INITIAL_PASSWORD);
		this.browser.findElement(By.id("replacement")).sendKeys(CHANGED_PASSWORD);
		this.browser.findElement(By.id("repeat")).sendKeys(CHANGED_PASSWORD);
		this.browser.findElement(By.cssSelector("main form.stack button[type=submit]")).click();
		this.wait.until(ExpectedConditions.urlMatches("/console$"));
		assertThat(this.browser.findElement(By.cssSelector("p.notice")).getText()).isEqualTo("密码已修改。");

		open("/console/units");
		WebElement district = this.browser
			.findElement(By.xpath("//ul[contains(@class,'tree')]//details[summary/span[text()='东城区']]"));
		assertThat(district.getDomProperty("open")).isEqualTo("false");
		assertThat(district.findElements(By.xpath(".//span[text()='东华门街道']"))).isEmpty();
		district.findElement(By.tagName("summary")).click();
		this.wait.until(
				(driver) -> !district.findElements(By.xpath(".//div[@class='kids']//span[text()='东华门街道']")).isEmpty());
		assertThat(district.getDomProperty("open")).isEqualTo("true");
	}

	@Test
	void theHomePageRunsWithoutContentSecurityPolicyViolations() {
		open("/");
		this.wait.until((driver) -> (Boolean) script("return typeof htmx !== 'undefined'"));
		assertThat(script("return window.__cspViolations")).asInstanceOf(InstanceOfAssertFactories.LIST).isEmpty();
		List<String> messages = new ArrayList<>();
		for (LogEntry entry : this.browser.manage().logs().get(LogType.BROWSER)) {
			messages.add(entry.getLevel() + " " + entry.getMessage());
		}
		assertThat(messages).noneMatch((message) -> message.contains("Content Security Policy")
				|| message.contains("Content-Security-Policy"));
		assertThat(messages).noneMatch((message) -> message.startsWith("SEVERE"));
	}

	@Test
	void theMapDrawsTheDistrictOutlinesWithoutATileServer() {
		open("/map");
		this.wait
			.until((driver) -> driver.findElements(By.cssSelector("#map .leaflet-overlay-pane path")).size() == 16);
		assertThat(this.browser.findElement(By.id("map")).getDomAttribute("class")).contains("map-plain");
		assertThat(this.browser.findElements(By.cssSelector("#map .leaflet-tile-pane img"))).isEmpty();
		assertThat(this.browser.findElement(By.id("map-nearby")).isDisplayed()).isTrue();
		assertThat(script("return window.__cspViolations")).asInstanceOf(InstanceOfAssertFactories.LIST).isEmpty();
		assertThat(severeMessages()).isEmpty();
	}

	@Test
	void publishedPointsAppearOnTheMapAndTheirPopupsShowTextAsText() {
		String title = "<img src=x onerror=alert(1)>地图" + UUID.randomUUID().toString().substring(0, 6);
		publishItem(title);

		open("/map");
		By single = By.cssSelector("#map .leaflet-marker-pane .map-marker:not(.cluster)");
		this.wait.until((driver) -> !driver.findElements(single).isEmpty());
		this.browser.findElement(single).click();
		WebElement popup = this.wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".leaflet-popup-content")));
		assertThat(popup.findElement(By.tagName("strong")).getText()).isEqualTo(title);
		assertThat(popup.findElements(By.tagName("img"))).isEmpty();
		assertThat(popup.findElement(By.tagName("a")).getDomAttribute("href")).matches("/map/items/[0-9]+");
		assertThat(texts(this.browser.findElements(By.cssSelector("#map-shown-list a")))).contains(title);
		assertThat(script("return window.__cspViolations")).asInstanceOf(InstanceOfAssertFactories.LIST).isEmpty();
		assertThat(severeMessages()).isEmpty();
	}

	@Test
	void aCommunitySiteShowsItsPublishedArticleInItsColoursWithoutViolations() {
		AccountPrincipal district = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		AccountPrincipal editor = this.accounts.create("110101001002", Role.COMMUNITY_STAFF);
		AccountPrincipal street = this.accounts.create("110101001", Role.STREET_ADMIN);
		Site site = this.sites.create(district,
				new SiteForm(OwnerKind.UNIT, "110101001002", "东华门社区网站", null, "#0b4f9c", null, null, null, null));
		site = this.sites.changeState(district, site.id(), SiteState.LIVE, site.version());
		long notices = this.sites.columns(site.id())
			.stream()
			.filter((column) -> column.kind() == ColumnKind.NOTICES)
			.findFirst()
			.orElseThrow()
			.id();
		Article draft = this.articles.create(editor, new ArticleForm(notices, "停水通知",
				"<p onclick=\"alert(1)\">明日停水。<script>alert(2)</script></p>", null, false, null, null, null));
		draft = this.articles.submit(editor, draft.id(), draft.version());
		this.articles.approve(street, draft.id(), draft.version());

		open("/s/" + site.code() + "/");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("东华门社区网站");
		this.browser.findElement(By.linkText("停水通知")).click();
		this.wait.until((driver) -> driver.findElement(By.tagName("h1")).getText().equals("停水通知"));
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("明日停水。").doesNotContain("alert");
		assertThat(script("return getComputedStyle(document.querySelector('.site-header')).backgroundColor"))
			.isEqualTo("rgb(11, 79, 156)");
		assertThat(script("return window.__cspViolations")).asInstanceOf(InstanceOfAssertFactories.LIST).isEmpty();
		assertThat(severeMessages()).isEmpty();

		open("/appraisal");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isNotBlank();
		assertThat(script("return window.__cspViolations")).asInstanceOf(InstanceOfAssertFactories.LIST).isEmpty();
		assertThat(severeMessages()).isEmpty();
	}

	@Test
	void screenshotsOfTheHomeAndACommunityPage() throws IOException {
		Files.createDirectories(SCREENSHOTS);
		open("/");
		screenshot("home.png");
		open("/units/110101001001");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("多福巷社区居委会");
		screenshot("community.png");
		open("/units/110101001001?lang=en");
		screenshot("community-en.png");
		assertThat(SCREENSHOTS.resolve("home.png")).isNotEmptyFile();
		assertThat(SCREENSHOTS.resolve("community.png")).isNotEmptyFile();
	}

	/** Publishes a map item in 东城区 through the review chain up to the city. */
	private void publishItem(String title) {
		AccountPrincipal community = this.accounts.create("110101001001", Role.COMMUNITY_ADMIN);
		EntryForm form = new EntryForm(EntryKind.ITEM, "110101001001", "community-station", title, 39.9164, 116.4102,
				"gcj02", new ItemDetails("东城区多福巷 1 号", null, null, null, List.of(), List.of()), null, null, null);
		Entry entry = this.workflow.create(community, form);
		entry = this.workflow.report(community, entry.id(), entry.version());
		entry = this.workflow.approve(this.accounts.create("110101001", Role.STREET_ADMIN), entry.id(), entry.version(),
				null);
		entry = this.workflow.approve(this.accounts.create("110101", Role.DISTRICT_ADMIN), entry.id(), entry.version(),
				null);
		entry = this.workflow.approve(this.accounts.create("11", Role.CITY_ADMIN), entry.id(), entry.version(), null);
		assertThat(entry.state()).isEqualTo(EntryState.PUBLISHED);
	}

	private List<String> severeMessages() {
		List<String> messages = new ArrayList<>();
		for (LogEntry entry : this.browser.manage().logs().get(LogType.BROWSER)) {
			if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
				messages.add(entry.getMessage());
			}
		}
		return messages;
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	private String htmlLang() {
		return this.browser.findElement(By.tagName("html")).getDomAttribute("lang");
	}

	private List<String> childLinks() {
		return texts(this.browser.findElements(By.cssSelector("main section ul.cards > li > a")));
	}

	private static List<String> texts(List<WebElement> elements) {
		return elements.stream().map(WebElement::getText).toList();
	}

	private Object script(String source) {
		return ((JavascriptExecutor) this.browser).executeScript(source);
	}

	/**
	 * A full-page screenshot (beyond the window's height), through the DevTools protocol.
	 */
	private void screenshot(String name) throws IOException {
		Map<String, Object> layout = this.browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
		@SuppressWarnings("unchecked")
		Map<String, Object> size = (Map<String, Object>) layout.get("cssContentSize");
		Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"),
				"scale", 1);
		Map<String, Object> shot = this.browser.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
		Files.write(SCREENSHOTS.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
	}

}
