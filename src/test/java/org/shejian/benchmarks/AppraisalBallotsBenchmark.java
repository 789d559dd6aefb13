package org.shejian.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.shejian.ShejianApplication;
import org.shejian.appraisal.AppraisalCampaigns;
import org.shejian.appraisal.Ballots;
import org.shejian.appraisal.Campaign;
import org.shejian.appraisal.CampaignForm;
import org.shejian.appraisal.SiteResult;
import org.shejian.appraisal.TestSmsGateway;
import org.shejian.appraisal.Voters;
import org.shejian.shared.Actor;
import org.shejian.shared.Dates;
import org.shejian.shared.Role;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * A thousand voters casting ballots at once, through the services the pages and the API
 * call: every voter verifies a number (a code each, from its own address), then all start
 * together and each casts five ballots (one site first rated 1 and then changed, and one
 * ballot replayed twice). Checks that every site counts exactly one ballot per voter with
 * the final ratings' sum, then prints ballots per second.
 *
 * <pre>
 * java -cp ... org.shejian.benchmarks.AppraisalBallotsBenchmark h2|postgres [voters] [threads]
 * </pre>
 */
public final class AppraisalBallotsBenchmark {

	private static final long[] SITES = { 9001, 9002, 9003, 9004, 9005 };

	private static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=bench_appraisal";

	private AppraisalBallotsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String database = (args.length > 0) ? args[0] : "h2";
		int voterCount = (args.length > 1) ? Integer.parseInt(args[1]) : 1000;
		int threads = (args.length > 2) ? Integer.parseInt(args[2]) : 64;
		List<String> properties = new ArrayList<>(List.of("server.port=0", "shejian.divisions.load-on-empty=false",
				"shejian.audit.key=bench-audit-key", "shejian.accounts.initial-admin-password=Bench-Admin-2026!",
				"logging.level.root=WARN", "spring.datasource.hikari.maximum-pool-size=10"));
		Path folder = null;
		if (database.equals("postgres")) {
			properties.addAll(List.of("spring.datasource.url=" + PG_URL, "spring.datasource.username=postgres",
					"spring.flyway.schemas=bench_appraisal", "spring.flyway.default-schema=bench_appraisal"));
		}
		else {
			folder = Files.createTempDirectory("shejian-appraisal-bench");
			properties.add("spring.datasource.url=jdbc:h2:file:" + folder.resolve("shejian") + ";AUTO_SERVER=FALSE");
		}
		// Command-line arguments, so that they win over application.properties.
		String[] arguments = properties.stream().map((property) -> "--" + property).toArray(String[]::new);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ShejianApplication.class)
			.run(arguments)) {
			run(context, database, voterCount, threads);
		}
		finally {
			if (folder != null) {
				FileSystemUtils.deleteRecursively(folder);
			}
		}
	}

	private static void run(ConfigurableApplicationContext context, String database, int voterCount, int threads)
			throws Exception {
		AppraisalCampaigns campaigns = context.getBean(AppraisalCampaigns.class);
		Voters voters = context.getBean(Voters.class);
		Ballots ballots = context.getBean(Ballots.class);
		TestSmsGateway sms = context.getBean(TestSmsGateway.class);
		Clock clock = context.getBean(Clock.class);
		JdbcClient jdbc = context.getBean(JdbcClient.class);

		DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(Dates.ZONE);
		Instant now = clock.instant();
		Campaign campaign = campaigns.create(admin(), new CampaignForm("COMMUNITY", 2099, "bench",
				local.format(now.minus(Duration.ofHours(1))), local.format(now.plus(Duration.ofDays(1))), 3, 1, null));

		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			long start = System.nanoTime();
			List<Callable<String>> verifications = new ArrayList<>();
			for (int i = 0; i < voterCount; i++) {
				String phone = Long.toString(13_900_000_000L + i);
				String address = "10.9." + (i >> 8) + "." + (i & 255);
				verifications.add(() -> {
					voters.requestCode(phone, address, Locale.SIMPLIFIED_CHINESE);
					return voters.verify(phone, sms.lastCode(phone)).token();
				});
			}
			List<String> tokens = new ArrayList<>();
			for (Future<String> token : pool.invokeAll(verifications)) {
				tokens.add(token.get());
			}
			double verifySeconds = (System.nanoTime() - start) / 1e9;

			CountDownLatch go = new CountDownLatch(1);
			AtomicInteger calls = new AtomicInteger();
			List<Callable<Long>> casting = new ArrayList<>();
			long expectedSum = 0;
			for (int i = 0; i < voterCount; i++) {
				String token = tokens.get(i);
				int voter = i;
				for (long site : SITES) {
					expectedSum += rating(voter, site);
				}
				casting.add(() -> {
					go.await();
					ballots.cast(token, campaign.id(), SITES[0], 1, "先给 1 分");
					calls.incrementAndGet();
					for (long site : SITES) {
						ballots.cast(token, campaign.id(), site, rating(voter, site), null);
						calls.incrementAndGet();
					}
					for (int replay = 0; replay < 2; replay++) {
						ballots.cast(token, campaign.id(), SITES[1], rating(voter, SITES[1]), null);
						calls.incrementAndGet();
					}
					return 0L;
				});
			}
			List<Future<Long>> done = new ArrayList<>();
			for (Callable<Long> task : casting) {
				done.add(pool.submit(task));
			}
			start = System.nanoTime();
			go.countDown();
			for (Future<Long> result : done) {
				result.get();
			}
			double castSeconds = (System.nanoTime() - start) / 1e9;

			List<SiteResult> results = campaigns.results(campaign);
			long rows = jdbc.sql("SELECT COUNT(*) FROM apr_ballot WHERE campaign_id = ?")
				.param(campaign.id())
				.query(Long.class)
				.single();
			long sum = jdbc.sql("SELECT SUM(rating) FROM apr_ballot WHERE campaign_id = ?")
				.param(campaign.id())
				.query(Long.class)
				.single();
			boolean exact = rows == (long) voterCount * SITES.length && sum == expectedSum
					&& results.stream()
						.filter((r) -> Set.of(9001L, 9002L, 9003L, 9004L, 9005L).contains(r.siteId()))
						.allMatch((r) -> r.count() == voterCount);
			System.out.printf("database: %s, voters: %d, threads: %d, cores: %d%n", database, voterCount, threads,
					Runtime.getRuntime().availableProcessors());
			System.out.printf("verified %d voters in %.2f s (%.0f verifications/s)%n", voterCount, verifySeconds,
					voterCount / verifySeconds);
			System.out.printf("cast %d ballots (incl. changes and replays) in %.2f s: %.0f ballots/s%n", calls.get(),
					castSeconds, calls.get() / castSeconds);
			System.out.printf("stored %d ballots (expected %d), rating sum %d (expected %d): %s%n", rows,
					(long) voterCount * SITES.length, sum, expectedSum, exact ? "EXACT" : "MISMATCH");
			if (!exact) {
				throw new IllegalStateException("The count is not exact");
			}
		}
		finally {
			pool.shutdown();
		}
	}

	private static int rating(int voter, long site) {
		return 1 + (int) ((voter + site) % 5);
	}

	private static Actor admin() {
		return new Actor() {

			@Override
			public long userId() {
				return 0;
			}

			@Override
			public String username() {
				return "bench";
			}

			@Override
			public long unitId() {
				return 110000000000L;
			}

			@Override
			public Set<Role> roles() {
				return Set.of(Role.CITY_ADMIN);
			}

		};
	}

}
