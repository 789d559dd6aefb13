package org.shejian.requests;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.shejian.PlatformTestSupport;
import org.shejian.account.internal.TestAccounts;
import org.shejian.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Identical requests sent at once are each kept: a request is not a vote.
 */
@Tag("database")
class RequestConcurrencyDatabaseTests extends PlatformTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	Open311Keys keys;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void fiftyIdenticalPostsInParallelMakeFiftyRequests() throws Exception {
		String key = this.keys.issue(this.accounts.create("11", Role.CITY_ADMIN), "并发测试").secret();
		String description = "同一个路灯不亮 " + UUID.randomUUID();
		List<Callable<Integer>> posts = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			posts.add(
					() -> this.mvc
						.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
							.param("api_key", key)
							.param("service_code", "road-facilities")
							.param("description", description)
							.param("address_id", "110101001001"))
						.andReturn()
						.getResponse()
						.getStatus());
		}

		ExecutorService pool = Executors.newFixedThreadPool(16);
		List<Integer> statuses = new ArrayList<>();
		try {
			for (Future<Integer> result : pool.invokeAll(posts)) {
				statuses.add(result.get());
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(statuses).hasSize(50).containsOnly(200);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM req_request WHERE description = ?")
			.param(description)
			.query(Long.class)
			.single()).isEqualTo(50);
		assertThat(this.jdbc.sql("SELECT COUNT(DISTINCT token) FROM req_request WHERE description = ?")
			.param(description)
			.query(Long.class)
			.single()).isEqualTo(50);
	}

}
