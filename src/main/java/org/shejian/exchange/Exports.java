package org.shejian.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import org.shejian.audit.AuditLog;
import org.shejian.catalogue.Catalogue;
import org.shejian.catalogue.Item;
import org.shejian.catalogue.Resource;
import org.shejian.catalogue.ResourceReader;
import org.shejian.catalogue.ResourceReader.Caller;
import org.shejian.catalogue.ResourceTables;
import org.shejian.exchange.internal.ExportRepository;
import org.shejian.organisation.UnitScope;
import org.shejian.organisation.Units;
import org.shejian.shared.Actor;
import org.shejian.shared.Problem;
import org.shejian.shared.Role;
import org.shejian.shared.tabular.RowsWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exports of a resource to CSV or XLSX, in the background and streamed, so that any size
 * runs in flat memory. What is exported is what the requester may read: the maintainers
 * of the providing unit every row of their scope (shared or not), others what the read
 * API gives them. Text cells that a spreadsheet would run as a formula are neutralised by
 * the writer; numbers stay numbers.
 */
@Service
public class Exports implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(Exports.class);

	private final Catalogue catalogue;

	private final ResourceReader reader;

	private final ResourceTables tables;

	private final Units units;

	private final UnitScope scope;

	private final ExportRepository repository;

	private final AuditLog audit;

	private final MessageSource messages;

	private final TransactionTemplate readOnly;

	private final Clock clock;

	private final Path directory;

	private final Map<Long, AtomicLong> progress = new ConcurrentHashMap<>();

	private final ExecutorService executor = Executors.newFixedThreadPool(2, (task) -> {
		Thread thread = new Thread(task, "data-export");
		thread.setDaemon(true);
		return thread;
	});

	Exports(Catalogue catalogue, ResourceReader reader, ResourceTables tables, Units units, UnitScope scope,
			ExportRepository repository, AuditLog audit, MessageSource messages, TransactionTemplate transactions,
			Clock clock, @Value("${shejian.data-dir}") String dataDir) {
		this.catalogue = catalogue;
		this.reader = reader;
		this.tables = tables;
		this.units = units;
		this.scope = scope;
		this.repository = repository;
		this.audit = audit;
		this.messages = messages;
		this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
		this.readOnly.setReadOnly(true);
		this.clock = clock;
		this.directory = Path.of(dataDir, "exchange");
	}

	/**
	 * Starts an export of what the actor may read of a resource.
	 */
	public ExportJob start(Actor actor, String identifier, ExportJob.Format format) {
		Resource resource;
		String condition;
		Resource workingCopy = this.catalogue.find(identifier).orElse(null);
		boolean maintainer = workingCopy != null && Role.UNIT_EDITORS.stream().anyMatch(actor::has)
				&& this.scope.covers(actor, workingCopy.providerUnitId());
		if (maintainer) {
			resource = workingCopy;
			condition = this.units.subtreeCondition("_unit", actor.unitId());
		}
		else {
			ResourceReader.Access access = this.reader.access(identifier, new Caller(actor, null));
			resource = access.resource();
			condition = access.scopeCondition();
		}
		long id = this.repository.start(identifier, resource.name(), format, actor.username(), actor.userId(),
				this.clock.instant());
		this.audit.record("exchange.export", "resource:" + identifier, resource.providerUnitId(), null,
				Map.of("export", id, "format", format.name()));
		AtomicLong written = new AtomicLong();
		this.progress.put(id, written);
		Locale locale = LocaleContextHolder.getLocale();
		this.executor.execute(
				new DelegatingSecurityContextRunnable(() -> write(id, resource, condition, format, written, locale)));
		return job(actor, id);
	}

	private void write(long id, Resource resource, String condition, ExportJob.Format format, AtomicLong written,
			Locale locale) {
		String name = "export-" + id + "." + format.extension();
		try {
			Files.createDirectories(this.directory);
			try (OutputStream out = Files.newOutputStream(this.directory.resolve(name));
					RowsWriter writer = (format == ExportJob.Format.CSV) ? RowsWriter.csv(out) : RowsWriter.xlsx(out)) {
				List<Item> items = resource.items();
				writer.sheet(resource.name(), items.stream().map(Item::title).toList());
				this.readOnly.executeWithoutResult((status) -> this.tables.stream(resource,
						items.stream().map(Item::name).toList(), condition, (values) -> {
							writer.row(Arrays.asList(values));
							written.incrementAndGet();
						}));
				writer.finish();
			}
			this.repository.finish(id, ExportJob.State.DONE, written.get(), null, name, this.clock.instant());
		}
		catch (Problem problem) {
			fail(id, name, written, problem.text(this.messages, locale));
		}
		catch (IOException | RuntimeException ex) {
			logger.error("Export {} of {} failed", id, resource.identifier(), ex);
			fail(id, name, written, new Problem(HttpStatus.INTERNAL_SERVER_ERROR, "exchange.export.failed")
				.text(this.messages, locale));
		}
		finally {
			this.progress.remove(id);
		}
	}

	private void fail(long id, String name, AtomicLong written, String message) {
		try {
			Files.deleteIfExists(this.directory.resolve(name));
		}
		catch (IOException ex) {
			logger.warn("Removing the failed export {} failed", name, ex);
		}
		this.repository.finish(id, ExportJob.State.FAILED, written.get(), message, null, this.clock.instant());
	}

	/**
	 * An export, to the account that requested it only, with its progress while running.
	 */
	public ExportJob job(Actor actor, long id) {
		ExportJob job = this.repository.find(id)
			.filter((j) -> j.requestedById() == actor.userId())
			.orElseThrow(() -> Problem.notFound("exchange.export.notFound", id));
		AtomicLong running = this.progress.get(id);
		if (running != null && job.state() == ExportJob.State.RUNNING) {
			return new ExportJob(job.id(), job.resourceIdentifier(), job.resourceName(), job.format(), job.state(),
					running.get(), job.message(), job.requestedBy(), job.requestedById(), job.requestedAt(),
					job.finishedAt());
		}
		return job;
	}

	public List<ExportJob> jobs(Actor actor) {
		return this.repository.of(actor.userId());
	}

	/** The file of a finished export. */
	public Path file(Actor actor, long id) {
		ExportJob job = job(actor, id);
		String name = this.repository.file(id).orElse(null);
		if (job.state() != ExportJob.State.DONE || name == null || !Files.exists(this.directory.resolve(name))) {
			throw Problem.notFound("exchange.export.notReady", id);
		}
		return this.directory.resolve(name);
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
