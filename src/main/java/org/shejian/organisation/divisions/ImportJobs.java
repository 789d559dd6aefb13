package org.shejian.organisation.divisions;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.shejian.shared.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Imports started from the console run in the background, one at a time; the page polls
 * their progress.
 */
@Component
public class ImportJobs implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(ImportJobs.class);

	private final DivisionImporter importer;

	private final ExecutorService executor = Executors.newSingleThreadExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "division-import");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

	ImportJobs(DivisionImporter importer) {
		this.importer = importer;
	}

	/**
	 * Starts an import in the background.
	 * @return the job, whose id the page polls
	 */
	public ImportJob start(DivisionFileSet files, String province, LocalDate edition, String startedBy) {
		ImportJob job = new ImportJob(UUID.randomUUID().toString(), province, startedBy);
		this.jobs.put(job.id(), job);
		SecurityContext context = SecurityContextHolder.getContext();
		this.executor.submit(() -> run(job, files, province, edition, startedBy, context));
		return job;
	}

	private void run(ImportJob job, DivisionFileSet files, String province, LocalDate edition, String startedBy,
			SecurityContext context) {
		SecurityContextHolder.setContext(context);
		try {
			job.finish(this.importer.importProvince(files, province, edition, startedBy, job::update));
		}
		catch (Problem problem) {
			job.fail(problem);
		}
		catch (RuntimeException ex) {
			logger.error("Division import {} failed", job.id(), ex);
			job.fail(new Problem(HttpStatus.INTERNAL_SERVER_ERROR, "import.failed"));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	public Optional<ImportJob> find(String id) {
		return Optional.ofNullable(this.jobs.get(id));
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
