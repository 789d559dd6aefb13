package org.shejian.shared.search;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shejian.shared.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextIndexTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

	private final TextIndex index = TextIndex.inMemory("test",
			Clock.fixed(Instant.parse("2026-12-03T04:00:00Z"), ZoneOffset.UTC));

	@AfterEach
	void close() {
		this.index.close();
	}

	@Test
	void findsAWordHanlpCutDifferentlyInTheText() {
		add("1", "朝阳区望京街道社区养老服务驿站开放", "");
		add("2", "多福巷社区居委会", "");
		add("3", "朝阳公园", "");

		assertThat(ids("望京街道")).containsExactly("1");
		assertThat(ids("养老驿站")).isEmpty();
		assertThat(ids("养老服务驿站")).containsExactly("1");
		assertThat(ids("服务驿")).containsExactly("1");
		assertThat(ids("区望京")).containsExactly("1");
		assertThat(ids("福巷")).containsExactly("2");
		assertThat(ids("多福巷社区")).containsExactly("2");
		assertThat(ids("居委会")).containsExactly("2");
		assertThat(ids("朝阳")).containsExactlyInAnyOrder("1", "3");
	}

	@Test
	void everyWordMustBeFoundButNotSideBySide() {
		add("1", "社区养老服务驿站", "为老年人提供助餐服务");
		add("2", "社区服务中心", "办理居住证");

		assertThat(ids("养老 助餐")).containsExactly("1");
		assertThat(ids("社区 服务")).containsExactlyInAnyOrder("1", "2");
		assertThat(ids("社区 居住证")).containsExactly("2");
		assertThat(ids("养老助餐")).isEmpty();
	}

	@Test
	void findsASingleCharacterAnywhere() {
		add("1", "养老驿站", "");
		add("2", "站前街", "");
		add("3", "社区食堂", "");

		assertThat(ids("站")).containsExactlyInAnyOrder("1", "2");
	}

	@Test
	void foldsFullWidthAndCaseAndIgnoresPunctuation() {
		add("1", "ＷｉＦｉ全覆盖的社区图书室", "开放时间：周一至周五，９：００—１７：００。");

		assertThat(ids("wifi")).containsExactly("1");
		assertThat(ids("WIFI")).containsExactly("1");
		assertThat(ids("ｗｉｆｉ")).containsExactly("1");
		assertThat(ids("9 00")).containsExactly("1");
		assertThat(ids("周一至周五")).containsExactly("1");
		assertThat(ids("“图书室”")).containsExactly("1");
	}

	@Test
	void ranksATitleMatchAboveABodyMatch() {
		add("body", "社区活动通知", "本周六在社区广场举办养老服务咨询活动，欢迎居民参加。", TODAY);
		add("title", "养老服务咨询", "本周六上午九点在广场举办，欢迎居民参加。", TODAY.minusYears(3));

		assertThat(ids("养老服务")).containsExactly("title", "body");
	}

	@Test
	void prefersTheNewerOfEquallyRelevantDocuments() {
		add("old", "社区食堂开业", "助餐", TODAY.minusYears(2));
		add("new", "社区食堂开业", "助餐", TODAY.minusDays(3));
		add("undated", "社区食堂开业", "助餐", null);

		assertThat(ids("社区食堂")).containsExactly("new", "old", "undated");
	}

	@Test
	void filtersByKeysWithinOneSiteOrAcrossAll() {
		this.index.upsert(new TextDocument("a", "社区养老服务驿站", "",
				Map.of("site", List.of("s1"), "scope", List.of("110000", "110105", "110105001")), TODAY));
		this.index.upsert(new TextDocument("b", "养老服务驿站", "",
				Map.of("site", List.of("s2"), "scope", List.of("110000", "110108", "110108002")), TODAY));

		assertThat(ids("养老", Map.of())).containsExactlyInAnyOrder("a", "b");
		assertThat(this.index.search("养老", null, 0, 10).total()).isEqualTo(2);
		assertThat(ids("养老", Map.of("site", Set.of("s1")))).containsExactly("a");
		assertThat(ids("养老", Map.of("site", Set.of("s1", "s2")))).containsExactlyInAnyOrder("a", "b");
		assertThat(ids("养老", Map.of("scope", Set.of("110108")))).containsExactly("b");
		assertThat(ids("养老", Map.of("site", Set.of("s1"), "scope", Set.of("110108")))).isEmpty();
		assertThat(ids("养老", Map.of("site", Set.of()))).isEmpty();
	}

	@Test
	void marksTheMatchesInTitleAndSnippet() {
		add("1", "朝阳区望京街道养老驿站", "周边交通便利。".repeat(20) + "驿站位于望京街道花家地社区，提供助餐、助浴和日间照料服务，" + "周边交通便利。".repeat(20));

		TextHit hit = this.index.search("望京 日间照料", Map.of(), 0, 10).hits().get(0);

		assertThat(hit.title()).isEqualTo("朝阳区<mark>望京</mark>街道养老驿站");
		assertThat(hit.snippet()).contains("<mark>日间照料</mark>")
			.contains("<mark>望京</mark>")
			.startsWith("…")
			.endsWith("…");
		assertThat(hit.snippet().replaceAll("<[^>]+>", "").length()).isLessThanOrEqualTo(TextIndex.SNIPPET_LENGTH + 2);
	}

	@Test
	void marksInTheOriginalTextWhatMatchedInTheFoldedText() {
		add("1", "ＷｉＦｉ覆盖", "");

		assertThat(this.index.search("wifi", Map.of(), 0, 1).hits().get(0).title()).isEqualTo("<mark>ＷｉＦｉ</mark>覆盖");
	}

	@Test
	void escapesHtmlInTitlesAndSnippets() {
		add("1", "<b>养老</b> & \"驿站\"", "<script>alert('养老')</script>");

		TextHit hit = this.index.search("养老", Map.of(), 0, 1).hits().get(0);

		assertThat(hit.title()).isEqualTo("&lt;b&gt;<mark>养老</mark>&lt;/b&gt; &amp; &quot;驿站&quot;");
		assertThat(hit.snippet()).isEqualTo("&lt;script&gt;alert(&#39;<mark>养老</mark>&#39;)&lt;/script&gt;");
		assertThat(this.index.search("script", Map.of(), 0, 1).hits().get(0).snippet())
			.isEqualTo("&lt;<mark>script</mark>&gt;alert(&#39;养老&#39;)&lt;/<mark>script</mark>&gt;");
	}

	@Test
	void aDeletedDocumentIsGoneFromTheNextSearch() {
		add("1", "社区食堂", "");
		add("2", "社区食堂", "");

		this.index.delete("1");

		assertThat(ids("食堂")).containsExactly("2");
		this.index.deleteAll();
		assertThat(ids("食堂")).isEmpty();
		assertThat(this.index.size()).isZero();
	}

	@Test
	void upsertReplacesTheDocumentWithTheSameId() {
		add("1", "社区食堂", "");
		add("1", "老年大学", "");

		assertThat(ids("食堂")).isEmpty();
		assertThat(ids("老年大学")).containsExactly("1");
		assertThat(this.index.size()).isEqualTo(1);
		assertThat(this.index.memoryBytes()).isPositive();
	}

	@Test
	void replaceAllSwapsTheWholeContents() {
		add("old", "社区食堂", "");

		int count = this.index
			.replaceAll(Stream.of(TextDocument.of("a", "社区食堂", "", TODAY), TextDocument.of("b", "社区医院", "", TODAY)));

		assertThat(count).isEqualTo(2);
		assertThat(ids("社区")).containsExactlyInAnyOrder("a", "b");
	}

	@Test
	void aFailedRebuildKeepsThePreviousContents() {
		add("old", "社区食堂", "");

		assertThatThrownBy(() -> this.index.replaceAll(Stream.of(TextDocument.of("a", "社区医院", "", TODAY))
			.map((d) -> (TextDocument) null)
			.map(TextDocument::id)
			.map((id) -> TextDocument.of(id, "", "", null)))).isInstanceOf(NullPointerException.class);

		assertThat(ids("社区")).containsExactly("old");
	}

	@Test
	void readsQuerySyntaxAsPlainCharacters() {
		add("1", "社区养老 AND 服务", "title:(养老) \"驿站\" a* ~2 [1 TO 5] \\ / ^3 && || !");

		assertThat(ids("title:(养老")).containsExactly("1");
		assertThat(ids("\"驿站")).containsExactly("1");
		assertThat(ids("a* ~2 ^3")).containsExactly("1");
		assertThat(ids("[1 TO 5]")).containsExactly("1");
		assertThat(ids("AND")).containsExactly("1");
		assertThat(ids("养老 OR 医院")).isEmpty();
	}

	@Test
	void refusesEmptyLongAndWordlessQueriesWithAMessage() {
		assertProblem(null, "search.query.missing");
		assertProblem(" \u3000 ", "search.query.missing");
		assertProblem("，。！？（）", "search.query.noWords");
		assertProblem("养".repeat(TextQuery.MAX_LENGTH + 1), "search.query.tooLong");
		assertProblem("一 二 三 四 五 六 七 八 九", "search.query.tooManyWords");
		assertThat(ids("养".repeat(TextQuery.MAX_LENGTH))).isEmpty();
	}

	@Test
	void refusesPagesOutOfBounds() {
		assertThatThrownBy(() -> this.index.search("养老", Map.of(), -1, 10)).isInstanceOf(Problem.class);
		assertThatThrownBy(() -> this.index.search("养老", Map.of(), 0, 0)).isInstanceOf(Problem.class);
		assertThatThrownBy(() -> this.index.search("养老", Map.of(), 0, TextIndex.MAX_LIMIT + 1))
			.isInstanceOf(Problem.class);
		assertThatThrownBy(() -> this.index.search("养老", Map.of(), TextIndex.MAX_DEPTH, 1)).isInstanceOf(Problem.class);
	}

	@Test
	void pagesThroughTheHitsAndCountsThemAll() {
		IntStream.range(0, 25).forEach((i) -> add("d" + i, "社区公告 " + i, "", TODAY.minusDays(i)));

		TextHits page = this.index.search("公告", Map.of(), 20, 10);

		assertThat(page.total()).isEqualTo(25);
		assertThat(page.atLeast()).isFalse();
		assertThat(page.hits()).extracting(TextHit::id).containsExactly("d20", "d21", "d22", "d23", "d24");
		assertThat(page.hits().get(0).date()).isEqualTo(TODAY.minusDays(20));
	}

	@Test
	void countsExactlyUpToAThousandAndSaysWhenItStopped() {
		this.index.replaceAll(IntStream.range(0, TextIndex.EXACT_TOTAL_UP_TO + 500)
			.mapToObj((i) -> TextDocument.of("d" + i, "社区公告", (i % 2 == 0) ? "养老" : "", TODAY)));

		TextHits few = this.index.search("养老", Map.of(), 0, 10);
		TextHits many = this.index.search("公告", Map.of(), 0, 10);

		assertThat(few.total()).isEqualTo(750);
		assertThat(few.atLeast()).isFalse();
		assertThat(many.total()).isGreaterThanOrEqualTo(TextIndex.EXACT_TOTAL_UP_TO);
		assertThat(many.hits()).hasSize(10);
	}

	@Test
	void searchesWhileOthersWrite() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> work = new ArrayList<>();
			for (int writer = 0; writer < 2; writer++) {
				int w = writer;
				work.add(pool.submit(() -> IntStream.range(0, 100).forEach((i) -> {
					add(w + "-" + i, "社区养老服务驿站 " + i, "望京街道");
					if (i % 3 == 0) {
						this.index.delete(w + "-" + (i / 2));
					}
				})));
			}
			for (int reader = 0; reader < 2; reader++) {
				work.add(pool.submit(() -> IntStream.range(0, 200).forEach((i) -> {
					TextHits hits = this.index.search("养老 望京", Map.of(), 0, 10);
					assertThat(hits.hits().size()).isLessThanOrEqualTo(10);
				})));
			}
			work.add(pool.submit(() -> this.index.replaceAll(Stream.of(TextDocument.of("r", "养老", "望京", TODAY)))));
			for (Future<?> future : work) {
				future.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		add("last", "养老", "望京");
		assertThat(ids("养老 望京")).contains("last");
	}

	private void assertProblem(String query, String key) {
		assertThatThrownBy(() -> this.index.search(query, Map.of(), 0, 10)).isInstanceOfSatisfying(Problem.class,
				(problem) -> assertThat(problem.messageKey()).isEqualTo(key));
	}

	private void add(String id, String title, String body) {
		add(id, title, body, TODAY);
	}

	private void add(String id, String title, String body, LocalDate date) {
		this.index.upsert(TextDocument.of(id, title, body, date));
	}

	private List<String> ids(String query) {
		return ids(query, Map.of());
	}

	private List<String> ids(String query, Map<String, Set<String>> filters) {
		return this.index.search(query, filters, 0, 100).hits().stream().map(TextHit::id).toList();
	}

}
