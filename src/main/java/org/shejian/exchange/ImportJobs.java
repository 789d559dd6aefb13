package org.shejian.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.shejian.catalogue.Resource;
import org.shejian.shared.Actor;
import org.shejian.shared.Problem;
import org.shejian.shared.geo.CoordinateSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * Imports started from a page or the API, run in the background so that their progress
 * can be watched. The upload is copied to a temporary file first and removed when the
 * import ends. The job lives in memory (this node); its batch, with the outcome, is in
 * the database.
 */
@Component("dataImportJobs")
public class ImportJobs implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(ImportJobs.class);

	private final Imports imports;

	private final MessageSource messages;

	private final Map<String, Job> jobs = new ConcurrentHashMap<>();

	private final ExecutorService executor = Executors.newFixedThreadPool(2, (task) -> {
		Thread thread = new Thread(task, "data-import");
		thread.setDaemon(true);
		return thread;
	});

	ImportJobs(Imports imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	/** A running or finished import, as its starter sees it. */
	public static final class Job implements Imports.Progress {

		private final String id;

		private final long userId;

		private final String resource;

		private volatile Long batchId;

		private volatile long read;

		private volatile long rejected;

		private volatile boolean finished;

		private volatile String problem;

		Job(String id, long userId, String resource) {
			this.id = id;
			this.userId = userId;
			this.resource = resource;
		}

		@Override
		public void started(long batchId) {
			this.batchId = batchId;
		}

		@Override
		public void rows(long read, long rejected) {
			this.read = read;
			this.rejected = rejected;
		}

		public String id() {
			return this.id;
		}

		public String resource() {
			return this.resource;
		}

		public Long batchId() {
			return this.batchId;
		}

		public long read() {
			return this.read;
		}

		public long rejected() {
			return this.rejected;
		}

		public boolean finished() {
			return this.finished;
		}

		/** Why the file was refused as a whole, in the starter's language. */
		public String problem() {
			return this.problem;
		}

	}

	/**
	 * Checks what can be checked at once (access, coordinates declared), keeps the upload
	 * and starts the import.
	 */
	public Job start(Actor actor, String identifier, InputStreamSource content, String fileName, ImportMode mode,
			CoordinateSystem coordinates, Locale locale) {
		Resource resource = this.imports.target(actor, identifier);
		if (this.imports.hasCoordinates(resource) && coordinates == null) {
			throw Problem.invalid("exchange.coordinates.missing");
		}
		Path file;
		try {
			file = Files.createTempFile("shejian-import-", ".upload");
			try (InputStream in = content.getInputStream()) {
				Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Keeping the upload failed", ex);
		}
		Job job = new Job(UUID.randomUUID().toString(), actor.userId(), identifier);
		this.jobs.put(job.id(), job);
		// The job runs as its starter, so that the audit log names who imported.
		this.executor.execute(new DelegatingSecurityContextRunnable(() -> {
			try {
				this.imports.importFile(actor, identifier, file, fileName, mode, coordinates, locale, job);
			}
			catch (Problem problem) {
				job.problem = problem.text(this.messages, locale);
			}
			catch (RuntimeException ex) {
				logger.error("Import of {} into {} failed", fileName, identifier, ex);
				job.problem = new Problem(HttpStatus.INTERNAL_SERVER_ERROR, "exchange.failed").text(this.messages,
						locale);
			}
			finally {
				job.finished = true;
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					logger.warn("Removing the upload {} failed", file, ex);
				}
			}
		}));
		return job;
	}

	/** A job, to the account that started it only. */
	public Optional<Job> find(Actor actor, String id) {
		return Optional.ofNullable(this.jobs.get(id)).filter((job) -> job.userId == actor.userId());
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
