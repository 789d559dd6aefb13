package org.shejian.map;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.shejian.PlatformTestSupport;
import org.shejian.account.internal.AccountPrincipal;
import org.shejian.account.internal.TestAccounts;
import org.shejian.shared.Problem;
import org.shejian.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * The review workflow of map entries: bad points refused, wrong districts flagged, scope
 * and level of reviewers, batches, versions, stale items and withdrawals.
 */
@Tag("database")
@Transactional
@RecordApplicationEvents
class MapWorkflowDatabaseTests extends PlatformTestSupport {

	@Autowired
	MapWorkflow workflow;

	@Autowired
	MapEntries published;

	@Autowired
	MapLayers layers;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	/** Nothing here commits, so no publication may be announced. */
	@Autowired
	ApplicationEvents events;

	@Test
	void refusesSwappedLatitudeAndLongitudeAndStoresNothing() {
		AccountPrincipal community = this.accounts.create("110101001001", Role.COMMUNITY_STAFF);
		long before = count();

		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.workflow.create(community,
					MapFixtures.item("110101001001", "服务站", 116.404, 39.915, "wgs84")))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("geo.swapped"));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void refusesPointsOutsideChinaAndOffTheGlobe() {
		AccountPrincipal community = this.accounts.create("110101001001", Role.COMMUNITY_STAFF);

		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.workflow.create(community,
					MapFixtures.item("110101001001", "伦敦", 51.5074, -0.1278, "wgs84")))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("geo.outsideChina"));
		assertThatExceptionOfType(Problem.class).isThrownBy(
				() -> this.workflow.create(community, MapFixtures.item("110101001001", "越界", 139.9, 216.4, "gcj02")))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("geo.outOfRange"));
		assertThatExceptionOfType(Problem.class).isThrownBy(
				() -> this.workflow.create(community, MapFixtures.item("110101001001", "无坐标系", 39.915, 116.404, " ")))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("map.point.systemMissing"));
	}

	@Test
	void storesAGcj02PointConvertedOnceToWgs84() {
		AccountPrincipal community = this.accounts.create("110101001001", Role.COMMUNITY_STAFF);

		Entry entry = this.workflow.create(community, MapFixtures.dongchengItem("110101001001", "多福巷服务站"));

		assertThat(entry.point().lat()).isCloseTo(MapFixtures.DONGCHENG_WGS_LAT, within(1e-6));
		assertThat(entry.point().lng()).isCloseTo(MapFixtures.DONGCHENG_WGS_LNG, within(1e-6));
		assertThat(entry.pointDistrict()).isEqualTo("110101");
		assertThat(entry.districtFlagged()).isFalse();
		assertThat(entry.state()).isEqualTo(EntryState.DRAFT);
		assertThat(entry.heldLevel()).isEqualTo(MapLevel.COMMUNITY);
	}

	@Test
	void flagsAGcj02PointDeclaredAsWgs84WhenItLandsInAnotherDistrict() {
		AccountPrincipal xicheng = this.accounts.create("110102001004", Role.COMMUNITY_STAFF);
		// A place in 西城区 just west of the line with 东城区, as a GCJ-02 map shows it.
		EntryForm declaredRight = MapFixtures.item("110102001004", "府右街南服务站", 39.93, 116.392, "gcj02");
		EntryForm declaredWrong = MapFixtures.item("110102001004", "府右街南服务站（误标）", 39.93, 116.392, "wgs84");

		Entry right = this.workflow.create(xicheng, declaredRight);
		Entry wrong = this.workflow.create(xicheng, declaredWrong);

		assertThat(right.pointDistrict()).isEqualTo("110102");
		assertThat(right.districtFlagged()).isFalse();
		assertThat(wrong.pointDistrict()).isEqualTo("110101");
		assertThat(wrong.districtFlagged()).isTrue();
		assertThat(wrong.point().distanceMetres(right.point())).isGreaterThan(300);
	}

	@Test
	void keepsHtmlInNamesAsPlainText() {
		AccountPrincipal community = this.accounts.create("110101001001", Role.COMMUNITY_STAFF);

		Entry entry = this.workflow.create(community,
				MapFixtures.dongchengItem("110101001001", "<script>alert(1)</script>服务站"));

		assertThat(entry.title()).isEqualTo("<script>alert(1)</script>服务站");
	}

	@Test
	void keepsATitleOfTwoHundredCharactersOutsideTheBasicPlane() {
		AccountPrincipal community = this.accounts.create("110101001001", Role.COMMUNITY_STAFF);
		String title = "𠀀".repeat(200);

		Entry entry = this.workflow.create(community, MapFixtures.dongchengItem("110101001001", title));

		assertThat(this.workflow.entry(community, entry.id()).title()).isEqualTo(title);
	}

	@Test
	void noEntryIsPlacedInOrMovedToARetiredUnitOrAnotherCommunity() {
		AccountPrincipal street = this.accounts.create("110101001", Role.STREET_ADMIN);
		AccountPrincipal community = this.accounts.create("110101001001", Role.COMMUNITY_STAFF);
		Entry entry = this.workflow.create(street, MapFixtures.dongchengItem("110101001001", "撤并前"));
		this.jdbc.sql("UPDATE org_unit SET valid_to = ? WHERE code = ?")
			.params(java.sql.Date.valueOf("2026-01-01"), "110101001002")
			.update();

		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.workflow.create(street, MapFixtures.dongchengItem("110101001002", "撤并后")))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("map.unit.retired"));
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.workflow.change(street, entry.id(),
					MapFixtures.changed(MapFixtures.dongchengItem("110101001002", "撤并前"), "移入", entry.version())))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("map.unit.retired"));
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.workflow.change(community, entry.id(),
					MapFixtures.changed(MapFixtures.dongchengItem("110102001004", "撤并前"), "移区", entry.version())))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("scope.outside"));
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.workflow.change(community, entry.id(),
					MapFixtures.changed(MapFixtures.dongchengItem("110101001005", "撤并前"), "移社区", entry.version())))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("scope.outside"));
		assertThat(this.workflow.entry(street, entry.id())).isEqualTo(entry);
	}

	@Test
	void refusesPhotoAndOnlineLinksThatAreNotWebAddressesAndStoresNothing() {
		AccountPrincipal community = this.accounts.create("110101001001", Role.COMMUNITY_STAFF);
		int before = this.workflow.entries(community, null, 0).size();
		for (String link : List.of("javascript:alert(1)", "JaVaScRiPt:alert(1)", "ｊａｖａｓｃｒｉｐｔ:alert(1)",
				"data:image/svg+xml;base64,PHN2Zz4=", "file:///etc/passwd", "//example.org/a.jpg", "https:///a.jpg",
				"https://example.org/\"onerror=\"alert(1)")) {
			EntryForm photo = new EntryForm(EntryKind.ITEM, "110101001001", "community", "照片", 39.9164, 116.4102,
					"gcj02", new ItemDetails(null, null, null, null, List.of(link), List.of()), null, null, null);
			assertThatExceptionOfType(Problem.class).isThrownBy(() -> this.workflow.create(community, photo))
				.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("map.url.invalid"));
			EntryForm online = new EntryForm(EntryKind.SERVICE, "110101001001", null, "在线办理", null, null, null, null,
					new ServiceDetails(ServiceClass.PUBLIC, null, null, null, null, null, null, null, null, null, link),
					null, null);
			assertThatExceptionOfType(Problem.class).isThrownBy(() -> this.workflow.create(community, online))
				.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("map.url.invalid"));
		}
		assertThat(this.workflow.entries(community, null, 0)).hasSize(before);
	}

	@Test
	void refusesControlCharactersInNames() {
		AccountPrincipal community = this.accounts.create("110101001001", Role.COMMUNITY_STAFF);

		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.workflow.create(community, MapFixtures.dongchengItem("110101001001", "服务\u202E站")))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("text.control"));
	}

	@Test
	void aDongchengReviewerCannotApproveAXichengEntryAndNothingChanges() {
		AccountPrincipal xichengCommunity = this.accounts.create("110102001004", Role.COMMUNITY_STAFF);
		AccountPrincipal dongchengDistrict = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		AccountPrincipal xichengStreet = this.accounts.create("110102001", Role.STREET_ADMIN);
		Entry entry = this.workflow.create(xichengCommunity,
				MapFixtures.item("110102001004", "西城服务站", 39.93, 116.392, "gcj02"));
		entry = this.workflow.report(xichengCommunity, entry.id(), entry.version());
		entry = this.workflow.approve(xichengStreet, entry.id(), entry.version(), null);
		Entry held = entry;

		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.workflow.approve(dongchengDistrict, held.id(), held.version(), null))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("map.entry.notFound"));
		assertThat(this.workflow.entry(xichengCommunity, held.id())).isEqualTo(held);
		assertThat(held.heldLevel()).isEqualTo(MapLevel.DISTRICT);
	}

	@Test
	void aReviewerActsOnlyAtTheLevelThatHoldsTheEntry() {
		AccountPrincipal community = this.accounts.create("110101001001", Role.COMMUNITY_STAFF);
		AccountPrincipal district = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		Entry entry = this.workflow.create(community, MapFixtures.dongchengItem("110101001001", "越级"));
		Entry reported = this.workflow.report(community, entry.id(), entry.version());

		assertThat(reported.heldLevel()).isEqualTo(MapLevel.STREET);
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.workflow.approve(district, reported.id(), reported.version(), null))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("map.review.notYours"));
	}

	@Test
	void returningNeedsFeedbackAndAStaleVersionIsRefused() {
		AccountPrincipal community = this.accounts.create("110101001001", Role.COMMUNITY_STAFF);
		AccountPrincipal street = this.accounts.create("110101001", Role.STREET_ADMIN);
		Entry entry = this.workflow.create(community, MapFixtures.dongchengItem("110101001001", "待审"));
		Entry reported = this.workflow.report(community, entry.id(), entry.version());

		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.workflow.sendBack(street, reported.id(), reported.version(), "  "))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("map.return.commentMissing"));
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.workflow.approve(street, reported.id(), entry.version(), null))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("record.stale"));
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.workflow.change(community, reported.id(),
					MapFixtures.changed(MapFixtures.dongchengItem("110101001001", "待审"), "改", reported.version())))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("map.entry.underReview"));
	}

	@Test
	void batchReviewActsOnlyWithinScopeAndSaysWhatItLeftAlone() {
		AccountPrincipal dongcheng = this.accounts.create("110101001001", Role.COMMUNITY_STAFF);
		AccountPrincipal xicheng = this.accounts.create("110102001004", Role.COMMUNITY_STAFF);
		AccountPrincipal street = this.accounts.create("110101001", Role.STREET_ADMIN);
		Entry own = reported(dongcheng, MapFixtures.dongchengItem("110101001001", "本街道"));
		Entry other = reported(xicheng, MapFixtures.item("110102001004", "外区", 39.93, 116.392, "gcj02"));
		Entry draft = this.workflow.create(dongcheng, MapFixtures.dongchengItem("110101001001", "草稿"));

		BatchReview.Outcome outcome = this.workflow.review(street,
				new BatchReview(ReviewDecision.APPROVE, null,
						List.of(new BatchReview.EntryRef(own.id(), own.version()),
								new BatchReview.EntryRef(other.id(), other.version()),
								new BatchReview.EntryRef(draft.id(), draft.version()))));

		assertThat(outcome.done()).containsExactly(own.id());
		assertThat(outcome.skipped()).containsExactly(new BatchReview.Skipped(other.id(), "map.entry.notFound"),
				new BatchReview.Skipped(draft.id(), "map.review.notReported"));
		assertThat(this.workflow.entry(street, own.id()).heldLevel()).isEqualTo(MapLevel.DISTRICT);
		assertThat(this.workflow.entry(xicheng, other.id()).heldLevel()).isEqualTo(MapLevel.STREET);
		assertThat(this.workflow.reviewQueue(street)).extracting(Entry::id).doesNotContain(own.id(), other.id());
	}

	@Test
	void nobodyApprovesWhatTheyWroteOrReportedThemselves() {
		AccountPrincipal street = this.accounts.create("110101001", Role.STREET_ADMIN);
		AccountPrincipal otherStreet = this.accounts.create("110101001", Role.STREET_ADMIN);
		AccountPrincipal community = this.accounts.create("110101001001", Role.COMMUNITY_STAFF);
		AccountPrincipal city = this.accounts.create("11", Role.CITY_ADMIN);
		Entry own = reported(street, MapFixtures.dongchengItem("110101001001", "街道自报"));
		Entry ownCity = reported(city, MapFixtures.dongchengItem("110101001001", "市级自报"));
		Entry changed = this.workflow.create(community, MapFixtures.dongchengItem("110101001001", "社区报"));
		changed = this.workflow.change(street, changed.id(),
				MapFixtures.changed(MapFixtures.dongchengItem("110101001001", "社区报"), "街道改", changed.version()));
		changed = this.workflow.report(community, changed.id(), changed.version());
		Entry reported = own;
		Entry cityReported = ownCity;

		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.workflow.approve(street, reported.id(), reported.version(), null))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("map.review.ownWork"));
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.workflow.approve(city, cityReported.id(), cityReported.version(), null))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("map.review.ownWork"));
		BatchReview.Outcome outcome = this.workflow.review(street, new BatchReview(ReviewDecision.APPROVE, null,
				List.of(new BatchReview.EntryRef(changed.id(), changed.version()))));
		assertThat(outcome.skipped()).containsExactly(new BatchReview.Skipped(changed.id(), "map.review.ownWork"));
		assertThat(this.workflow.entry(street, reported.id())).isEqualTo(reported);
		assertThat(this.published.published(cityReported.id())).isEmpty();

		assertThat(this.workflow.approve(otherStreet, reported.id(), reported.version(), null).heldLevel())
			.isEqualTo(MapLevel.DISTRICT);
		assertThat(this.workflow.approve(otherStreet, changed.id(), changed.version(), null).heldLevel())
			.isEqualTo(MapLevel.DISTRICT);
	}

	@Test
	void anUpdateAndAWithdrawalPassReviewWhileThePublishedCopyStays() {
		AccountPrincipal community = this.accounts.create("110101001001", Role.COMMUNITY_STAFF);
		AccountPrincipal city = this.accounts.create("11", Role.CITY_ADMIN);
		EntryForm form = MapFixtures.dongchengItem("110101001001", "旧名");
		Entry entry = reported(community, form);
		entry = this.workflow.approve(city, entry.id(), entry.version(), null);
		assertThat(entry.state()).isEqualTo(EntryState.PUBLISHED);

		entry = this.workflow.change(community, entry.id(), MapFixtures.changed(form, "新名", entry.version()));
		assertThat(entry.action()).isEqualTo(EntryAction.UPDATE);
		entry = this.workflow.report(community, entry.id(), entry.version());
		assertThat(this.published.published(entry.id()).orElseThrow().title()).isEqualTo("旧名");
		entry = this.workflow.approve(city, entry.id(), entry.version(), null);
		assertThat(this.published.published(entry.id()).orElseThrow().title()).isEqualTo("新名");
		assertThat(this.published.published(entry.id()).orElseThrow().revision()).isEqualTo(2);
		assertThat(this.jdbc.sql("SELECT c_title FROM map_item_resource WHERE c_entry_id = ?")
			.param(String.valueOf(entry.id()))
			.query(String.class)
			.single()).isEqualTo("新名");

		entry = this.workflow.withdraw(community, entry.id(), entry.version(), "已搬迁");
		assertThat(this.published.published(entry.id())).isPresent();
		entry = this.workflow.approve(city, entry.id(), entry.version(), null);
		assertThat(entry.state()).isEqualTo(EntryState.WITHDRAWN);
		assertThat(this.published.published(entry.id())).isEmpty();
		long id = entry.id();
		assertThat(this.events.stream(EntryPublished.class)).noneMatch((event) -> event.entry().id() == id);
		assertThat(this.workflow.history(community, entry.id())).extracting(EntryEvent::action)
			.containsExactly("CREATE", "REPORT", "PUBLISH", "CHANGE", "REPORT", "PUBLISH", "WITHDRAW", "UNPUBLISH");
	}

	@Test
	void listsStalePublishedItemsForTheirOwnersUntilVerified() {
		AccountPrincipal community = this.accounts.create("110101001001", Role.COMMUNITY_STAFF);
		AccountPrincipal city = this.accounts.create("11", Role.CITY_ADMIN);
		Entry entry = reported(community, MapFixtures.dongchengItem("110101001001", "久未核实"));
		entry = this.workflow.approve(city, entry.id(), entry.version(), null);
		this.jdbc.sql("UPDATE map_entry SET last_verified = ? WHERE id = ?")
			.params(LocalDate.of(2020, 1, 1), entry.id())
			.update();
		entry = this.workflow.entry(community, entry.id());

		assertThat(this.workflow.stale(community)).extracting(Entry::id).contains(entry.id());
		Entry verified = this.workflow.verify(community, entry.id(), entry.version());

		assertThat(verified.lastVerified()).isAfter(LocalDate.of(2020, 1, 1));
		assertThat(verified.state()).isEqualTo(EntryState.PUBLISHED);
		assertThat(this.workflow.stale(community)).extracting(Entry::id).doesNotContain(entry.id());
		assertThat(this.published.published(entry.id()).orElseThrow().lastVerified())
			.isEqualTo(verified.lastVerified());
	}

	@Test
	void keepsServiceGuidesAndPolicies() {
		AccountPrincipal street = this.accounts.create("110101001", Role.STREET_ADMIN);
		EntryForm service = new EntryForm(EntryKind.SERVICE, "110101001", null, "居住证明开具", null, null, null, null,
				new ServiceDetails(ServiceClass.PUBLIC, "本社区居民", "身份证、户口簿", "1. 申请\n2. 审核", 3, "免费", "社区服务站", "工作日",
						"010-65130000", "《北京市居住证明办法》", "https://example.org/apply"),
				null, null);
		EntryForm policy = new EntryForm(EntryKind.POLICY, "110101001", null, "关于加强社区服务的意见", null, null, null, null,
				null, new PolicyDetails("北京市社会建设工作领导小组", "京社领发〔2012〕1号", "2012年5月30日", "2012-06-01", null, null, "全文……",
						List.of("110101")),
				null);

		Entry guide = this.workflow.create(street, service);
		Entry document = this.workflow.create(street, policy);

		assertThat(((ServiceDetails) guide.details()).timeLimitDays()).isEqualTo(3);
		assertThat(((PolicyDetails) document.details()).issuedOn()).isEqualTo("2012-05-30");
		assertThat(((PolicyDetails) document.details()).validity()).isEqualTo(PolicyValidity.IN_FORCE);
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.workflow.create(street,
					new EntryForm(EntryKind.SERVICE, "110101001", null, "无类别", null, null, null, null, null, null,
							null)))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("map.service.class.missing"));
	}

	@Test
	void theCityAddsAndRenamesLayersAndAStaleRenameIsRefused() {
		AccountPrincipal city = this.accounts.create("11", Role.CITY_ADMIN);
		AccountPrincipal street = this.accounts.create("110101001", Role.STREET_ADMIN);

		Layer added = this.layers.add(city,
				new MapLayers.LayerForm("health-pharmacy", "health", "药店", "Pharmacies", 73, null));
		Layer renamed = this.layers.rename(city, added.id(),
				new MapLayers.LayerForm(null, null, "社区药店", "Community pharmacies", null, added.version()));

		assertThat(renamed.nameZh()).isEqualTo("社区药店");
		assertThat(this.layers.withDescendants("health")).contains(added.id());
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.layers.rename(city, added.id(),
					new MapLayers.LayerForm(null, null, "药房", "Drugstores", null, added.version())))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("record.stale"));
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.layers.add(street, new MapLayers.LayerForm("gyms", null, "健身", "Gyms", 0, null)))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("role.missing"));
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.layers.add(city, new MapLayers.LayerForm("Bad Code", null, "坏", "Bad", 0, null)))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("map.layer.codeInvalid"));
	}

	private Entry reported(AccountPrincipal owner, EntryForm form) {
		Entry entry = this.workflow.create(owner, form);
		return this.workflow.report(owner, entry.id(), entry.version());
	}

	private long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM map_entry").query(Long.class).single();
	}

}
