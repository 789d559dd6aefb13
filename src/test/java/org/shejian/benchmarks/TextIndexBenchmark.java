package org.shejian.benchmarks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.shejian.shared.search.TextDocument;
import org.shejian.shared.search.TextHits;
import org.shejian.shared.search.TextIndex;

/**
 * Searches 100,000 synthetic Chinese articles of a few hundred characters each, spread
 * over 500 sites, for queries of one to three words: across all sites, and within one
 * site. The articles are sentences of community and service words; each query takes its
 * words from the same vocabulary, so common and rare words both occur. Each call returns
 * the first page of 10 hits with their snippets. Sample time mode reports the
 * percentiles; the target is a p99 under 50 ms. Run it with {@code bench/text-search.sh}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = { "-Xmx3g" })
@State(Scope.Benchmark)
public class TextIndexBenchmark {

	static final int ARTICLES = 100_000;

	static final int SITES = 500;

	private static final int QUERIES = 5_000;

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

	/** Places, services, people and actions of a community's notices. */
	static final List<String> WORDS = List.of("社区", "街道", "居委会", "养老", "服务", "驿站", "助餐", "助浴", "日间照料", "老年人", "残疾人",
			"儿童", "托育", "家政", "医疗", "卫生服务站", "家庭医生", "签约", "体检", "疫苗", "接种", "志愿者", "活动", "通知", "公告", "报名", "垃圾分类",
			"物业", "停车", "老旧小区", "改造", "加装电梯", "供暖", "燃气", "安全", "消防", "演练", "网格员", "走访", "独居老人", "困难群众", "救助", "低保",
			"补贴", "申请", "办理", "材料", "身份证", "户口簿", "居住证", "社保", "医保", "就业", "培训", "招聘", "党群服务中心", "议事会", "协商", "文化",
			"图书室", "书法", "合唱", "广场舞", "健身", "运动会", "邻里节", "便民", "理发", "维修", "开锁", "心理咨询", "法律援助", "调解", "纠纷", "信访",
			"反诈", "宣传", "讲座", "防汛", "绿化", "环境整治", "文明", "城市", "朝阳区", "望京", "海淀区", "东城区", "西城区", "多福巷", "花家地", "酒仙桥",
			"和平里", "什刹海", "北京市", "民政局", "卫健委", "残联", "妇联", "团委", "工会", "慈善", "捐赠", "物资", "发放", "食堂", "开业", "优惠", "预约",
			"热线", "电话", "地址", "时间", "周一", "周五", "上午", "下午", "欢迎", "居民", "参加", "咨询", "联系", "负责人", "工作人员");

	private static final List<String> LINKS = List.of("的", "和", "在", "为", "开展", "提供", "组织", "推进", "落实", "做好", "关于",
			"进一步", "");

	private static final List<String> STOPS = List.of("，", "，", "。", "；", "、", "！");

	private TextIndex index;

	private String[] queries;

	private String[] sites;

	@Setup(Level.Trial)
	public void buildIndex() {
		this.index = TextIndex.inMemory("bench", Clock.fixed(Instant.parse("2026-12-03T04:00:00Z"), ZoneOffset.UTC));
		long started = System.nanoTime();
		int count = this.index.replaceAll(IntStream.range(0, ARTICLES).mapToObj(TextIndexBenchmark::article));
		System.out.printf("%nIndexed %,d articles in %.1f s, %,d MiB in memory%n", count,
				(System.nanoTime() - started) / 1e9, this.index.memoryBytes() >> 20);
		Random random = new Random(7);
		this.queries = new String[QUERIES];
		this.sites = new String[QUERIES];
		for (int i = 0; i < QUERIES; i++) {
			this.queries[i] = query(random);
			this.sites[i] = "s" + random.nextInt(SITES);
		}
	}

	static TextDocument article(int n) {
		Random random = new Random(n);
		StringBuilder title = new StringBuilder();
		for (int i = 0; i < 3 + random.nextInt(3); i++) {
			title.append(any(WORDS, random));
		}
		int length = 200 + random.nextInt(300);
		StringBuilder body = new StringBuilder(length + 16);
		while (body.length() < length) {
			body.append(any(WORDS, random)).append(any(LINKS, random)).append(any(WORDS, random));
			body.append(random.nextInt(4) == 0 ? any(STOPS, random) : "");
		}
		body.append('。');
		String site = "s" + (n % SITES);
		return new TextDocument("a" + n, title.toString(), body.toString(),
				Map.of("site", List.of(site), "kind", List.of(random.nextBoolean() ? "news" : "notice")),
				TODAY.minusDays(random.nextInt(2_000)));
	}

	private static String query(Random random) {
		StringBuilder query = new StringBuilder(any(WORDS, random));
		for (int i = random.nextInt(3); i > 0; i--) {
			query.append(' ').append(any(WORDS, random));
		}
		return query.toString();
	}

	private static String any(List<String> words, Random random) {
		return words.get(random.nextInt(words.size()));
	}

	@TearDown(Level.Trial)
	public void close() {
		this.index.close();
	}

	@Benchmark
	public TextHits acrossAllSites() {
		int i = ThreadLocalRandom.current().nextInt(QUERIES);
		return this.index.search(this.queries[i], Map.of(), 0, 10);
	}

	@Benchmark
	public TextHits withinOneSite() {
		int i = ThreadLocalRandom.current().nextInt(QUERIES);
		return this.index.search(this.queries[i], Map.of("site", Set.of(this.sites[i])), 0, 10);
	}

}
