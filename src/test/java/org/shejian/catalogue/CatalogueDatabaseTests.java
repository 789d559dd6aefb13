package org.shejian.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.shejian.PlatformTestSupport;
import org.shejian.account.internal.AccountPrincipal;
import org.shejian.account.internal.TestAccounts;
import org.shejian.catalogue.ResourceForm.ItemForm;
import org.shejian.shared.Problem;
import org.shejian.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The catalogue's rules: the core metadata it requires, review by a second person,
 * versions, items that cannot change under stored rows, grants decided by someone other
 * than the applicant.
 */
@Tag("database")
class CatalogueDatabaseTests extends PlatformTestSupport {

	@Autowired
	Catalogue catalogue;

	@Autowired
	Grants grants;

	@Autowired
	ResourceTables tables;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MessageSource messages;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void keepsEveryPublishedVersionAndShowsTheLastWhileANewOneIsReviewed() {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		AccountPrincipal city = this.accounts.create("11", Role.CITY_ADMIN);
		Resource first = publish(dongcheng, city, CatalogueFixtures.population("版本测试", ShareType.UNCONDITIONAL));
		assertThat(first.publishedVersion()).isEqualTo(1);

		ResourceForm renamed = CatalogueFixtures.population("版本测试（第二版）", ShareType.UNCONDITIONAL);
		Resource draft = this.catalogue.change(dongcheng, first.identifier(), renamed, first.version());
		assertThat(draft.state()).isEqualTo(ResourceState.DRAFT);
		assertThat(this.catalogue.published(first.identifier()).orElseThrow().name()).isEqualTo("版本测试");

		Resource submitted = this.catalogue.submit(dongcheng, draft.identifier(), draft.version());
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.catalogue.change(dongcheng, first.identifier(), renamed, submitted.version()))
			.extracting(Problem::messageKey)
			.isEqualTo("catalogue.change.submitted");
		Resource second = this.catalogue.approve(city, submitted.identifier(), submitted.version());
		assertThat(second.publishedVersion()).isEqualTo(2);
		assertThat(this.catalogue.versions(second)).extracting(PublishedVersion::version).containsExactly(2, 1);
		assertThat(this.catalogue.published(first.identifier()).orElseThrow().name()).isEqualTo("版本测试(第二版)");
	}

	@Test
	void nobodyReviewsTheirOwnSubmissionOrDecidesTheirOwnApplication() {
		AccountPrincipal city = this.accounts.create("11", Role.CITY_ADMIN);
		AccountPrincipal otherCity = this.accounts.create("11", Role.CITY_ADMIN);
		Resource defined = this.catalogue.define(city, null, CatalogueFixtures.population("自审", ShareType.CONDITIONAL));
		Resource submitted = this.catalogue.submit(city, defined.identifier(), defined.version());
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.catalogue.approve(city, submitted.identifier(), submitted.version()))
			.extracting(Problem::messageKey)
			.isEqualTo("catalogue.review.ownSubmission");
		Resource published = this.catalogue.approve(otherCity, submitted.identifier(), submitted.version());

		Grant own = this.grants.apply(city, published.identifier(), "市中心", "自用");
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.grants.approve(city, own.id(), LocalDate.now().plusDays(10), null, own.version()))
			.extracting(Problem::messageKey)
			.isEqualTo("catalogue.grant.ownApplication");
		Grant.Issued issued = this.grants.approve(otherCity, own.id(), LocalDate.now().plusDays(10), null,
				own.version());
		assertThat(issued.key()).startsWith("sjk_").hasSizeGreaterThan(40);
		assertThat(issued.grant().keyPrefix()).isEqualTo(issued.key().substring(0, 10));
		Problem again = org.assertj.core.api.Assertions.catchThrowableOfType(Problem.class, () -> this.grants
			.approve(otherCity, own.id(), LocalDate.now().plusDays(10), null, issued.grant().version()));
		assertThat(again.text(this.messages, Locale.CHINA)).contains("已批准");
		assertThat(again.text(this.messages, Locale.ENGLISH)).doesNotContain("APPROVED");
	}

	@Test
	void requiresTheCoreMetadataAndRefusesUnsafeLinks() {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		ResourceForm good = CatalogueFixtures.population("元数据", ShareType.UNCONDITIONAL);
		expect(dongcheng, with(good, "", good.summary(), good.keywords(), good.categoryCode(), null), "name.missing");
		expect(dongcheng, with(good, good.name(), " ", good.keywords(), good.categoryCode(), null),
				"catalogue.summary.missing");
		expect(dongcheng, with(good, good.name(), good.summary(), " ，、", good.categoryCode(), null),
				"catalogue.keywords.missing");
		expect(dongcheng, with(good, good.name(), good.summary(), good.keywords(), "999", null),
				"catalogue.category.unknown");
		expect(dongcheng,
				with(good, good.name(), good.summary(), good.keywords(), good.categoryCode(), "javascript:alert(1)"),
				"catalogue.link");
		expect(dongcheng, with(good, good.name(), good.summary(), good.keywords(), good.categoryCode(),
				"data:text/html,<script>"), "catalogue.link");
		ResourceForm conditional = CatalogueFixtures.population("无条件说明", ShareType.CONDITIONAL);
		expect(dongcheng,
				new ResourceForm(conditional.name(), null, conditional.summary(), null, null, conditional.keywords(),
						null, "141", null, null, null, null, ShareType.CONDITIONAL, null, null, false,
						UpdateCycle.ANNUAL, conditional.items(), conditional.keyItems(), conditional.unitItem(),
						List.of(), List.of()),
				"catalogue.shareConditions.missing");
		ResourceForm optionalKey = new ResourceForm("键", null, "摘要", null, null, "k", null, "141", null, null, null,
				null, ShareType.UNCONDITIONAL, null, null, false, UpdateCycle.ANNUAL,
				List.of(new ItemForm("unit_code", "单位", null, "DE00001", false)), List.of("unit_code"), null, List.of(),
				List.of());
		expect(dongcheng, optionalKey, "catalogue.key.optional");
		ResourceForm badName = new ResourceForm("项名", null, "摘要", null, null, "k", null, "141", null, null, null, null,
				ShareType.UNCONDITIONAL, null, null, false, UpdateCycle.ANNUAL,
				List.of(new ItemForm("Unit Code; DROP", "单位", null, "DE00001", true)), List.of("unit_code"), null,
				List.of(), List.of());
		expect(dongcheng, badName, "catalogue.item.name");
	}

	@Test
	void keepsRunningTextAsWritten() {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		ResourceForm form = CatalogueFixtures.population("全角标点", ShareType.CONDITIONAL);
		Resource resource = this.catalogue.define(dongcheng, null, form);
		assertThat(resource.shareConditions()).isEqualTo("用于社会建设规划，不得转给第三方");
		assertThat(resource.summary()).isEqualTo("各社区分年度的常住人口、户籍人口和户数。");
	}

	@Test
	void itemsCannotBeRemovedOnceRowsAreStored() {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		Resource resource = this.catalogue.define(dongcheng, null,
				CatalogueFixtures.population("有数据", ShareType.UNCONDITIONAL));
		ResourceForm fewer = new ResourceForm(resource.name(), null, resource.summary(), null, null, "人口", null, "141",
				null, null, null, null, ShareType.UNCONDITIONAL, null, null, false, UpdateCycle.ANNUAL,
				List.of(new ItemForm("unit_code", "单位代码", null, "DE00001", true),
						new ItemForm("year", "年度", null, "DE00016", true)),
				List.of("unit_code", "year"), "unit_code", List.of(), List.of());
		this.transactions.executeWithoutResult(
				(status) -> this.tables.load(resource, 1, List.of(new ResourceTables.LoadRow("110101001001|2023",
						110101001001L, 2, new Object[] { "110101001001", 2023L, 1L, 1L, null })), true));
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.catalogue.change(dongcheng, resource.identifier(), fewer, resource.version()))
			.extracting(Problem::messageKey)
			.isEqualTo("catalogue.items.hasRows");
	}

	@Test
	void theCityCentreExtendsTheClassificationAndNamesTheGroupings() {
		AccountPrincipal city = this.accounts.create("11", Role.CITY_ADMIN);
		AccountPrincipal district = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		String code = "242";
		if (this.catalogue.categories().stream().noneMatch((c) -> c.code().equals(code))) {
			Category added = this.catalogue.addCategory(city, code, "楼宇党建");
			assertThat(added.depth()).isEqualTo(3);
			assertThat(added.parentId()).isNotNull();
		}
		assertThatExceptionOfType(Problem.class).isThrownBy(() -> this.catalogue.addCategory(city, "58", "无上级"))
			.extracting(Problem::messageKey)
			.isEqualTo("catalogue.category.parent");
		assertThatExceptionOfType(Problem.class).isThrownBy(() -> this.catalogue.addCategory(city, "1a", "坏编码"))
			.extracting(Problem::messageKey)
			.isEqualTo("catalogue.category.code");
		assertThatExceptionOfType(Problem.class).isThrownBy(() -> this.catalogue.addCategory(city, "11", "重复"))
			.extracting(Problem::messageKey)
			.isEqualTo("catalogue.category.exists");
		assertThatExceptionOfType(Problem.class).isThrownBy(() -> this.catalogue.addCategory(district, "9", "区里加的"))
			.extracting(Problem::messageKey)
			.isEqualTo("catalogue.reviewerOnly");
		Group renamed = this.catalogue.renameGroup(city, "DB-VOLUNTEER", "志愿者和志愿服务组织数据库");
		assertThat(renamed.name()).isEqualTo("志愿者和志愿服务组织数据库");
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.catalogue.addGroup(city, "db lower", Group.Kind.DATABASE, "x"))
			.extracting(Problem::messageKey)
			.isEqualTo("catalogue.group.code");
	}

	private Resource publish(AccountPrincipal maintainer, AccountPrincipal reviewer, ResourceForm form) {
		Resource defined = this.catalogue.define(maintainer, null, form);
		Resource submitted = this.catalogue.submit(maintainer, defined.identifier(), defined.version());
		return this.catalogue.approve(reviewer, submitted.identifier(), submitted.version());
	}

	private void expect(AccountPrincipal actor, ResourceForm form, String key) {
		assertThatExceptionOfType(Problem.class).isThrownBy(() -> this.catalogue.define(actor, null, form))
			.extracting(Problem::messageKey)
			.isEqualTo(key);
	}

	private static ResourceForm with(ResourceForm f, String name, String summary, String keywords, String category,
			String link) {
		return new ResourceForm(name, f.nameEn(), summary, f.publicationDate(), f.providerAddress(), keywords,
				f.thesaurus(), category, link, f.serviceUrl(), f.serviceType(), f.metadataMaintainer(), f.shareType(),
				f.shareConditions(), f.shareMethod(), f.open(), f.updateCycle(), f.items(), f.keyItems(), f.unitItem(),
				f.related(), f.groups());
	}

}
