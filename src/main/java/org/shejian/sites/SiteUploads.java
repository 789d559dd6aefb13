package org.shejian.sites;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.shejian.audit.AuditLog;
import org.shejian.organisation.UnitScope;
import org.shejian.shared.Actor;
import org.shejian.shared.Hashes;
import org.shejian.shared.Problem;
import org.shejian.shared.Role;
import org.shejian.sites.FileContent.Detected;
import org.shejian.sites.internal.SiteFileRepository;
import org.shejian.sites.internal.SiteRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The file library of each site: images and attachments that editors
 * ({@link Role#ORGANISATION_EDITORS}) whose subtree covers the site upload and delete,
 * judged by their content (see {@link FileContent}) and stored under
 * {@code {data-dir}/sites/{siteId}/} with a generated name. A file is written to a
 * temporary file in the same folder and moved into place only once accepted, so nothing
 * half-written is ever served.
 */
@Service
@Transactional
public class SiteUploads {

	private static final Logger logger = LoggerFactory.getLogger(SiteUploads.class);

	/** The most files one list holds. */
	public static final int MAX_LIST = 200;

	private final SiteFileRepository files;

	private final SiteRepository sites;

	private final UnitScope scope;

	private final AuditLog audit;

	private final Clock clock;

	private final SiteUploadProperties limits;

	private final FileContent content;

	private final Path directory;

	SiteUploads(SiteFileRepository files, SiteRepository sites, UnitScope scope, AuditLog audit, Clock clock,
			SiteUploadProperties limits, @Value("${shejian.data-dir}") String dataDir) {
		this.files = files;
		this.sites = sites;
		this.scope = scope;
		this.audit = audit;
		this.clock = clock;
		this.limits = limits;
		this.content = new FileContent(limits);
		this.directory = Path.of(dataDir, "sites");
	}

	/** A file and where its bytes are. */
	public record StoredFile(SiteFile file, Path path) {
	}

	/**
	 * Takes a file into the site's library.
	 * @param submittedName the name the browser sent; only its last segment is kept
	 * @param in the content, read to its end or one byte past the largest limit
	 * @throws Problem (404) for a site outside the actor's scope, (400) for a refused
	 * name or content, (413) for a file over the limit of its kind
	 */
	public SiteFile upload(Actor actor, long siteId, String submittedName, InputStream in) {
		requireEditor(actor);
		Site site = scopedSite(actor, siteId);
		String name = FileContent.name(submittedName);
		try {
			Path folder = Files.createDirectories(this.directory.resolve(Long.toString(site.id())));
			Path temporary = Files.createTempFile(folder, ".upload-", ".part");
			try {
				return accept(actor, site, name, in, folder, temporary);
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	/** The site's files, newest first. */
	@Transactional(readOnly = true)
	public List<SiteFile> files(Actor actor, long siteId, int page) {
		Site site = scopedSite(actor, siteId);
		return this.files.ofSite(site.id(), Math.max(0, page) * MAX_LIST, MAX_LIST);
	}

	/**
	 * Removes a file from the library; its bytes go once the removal is committed.
	 * Articles that show or link it show a broken image or link from then on.
	 */
	public void delete(Actor actor, long siteId, long fileId) {
		requireEditor(actor);
		Site site = scopedSite(actor, siteId);
		SiteFileRepository.Stored stored = this.files.find(site.id(), fileId)
			.orElseThrow(() -> Problem.notFound("site.file.notFound", fileId));

		this.files.delete(site.id(), fileId);
		Path path = path(site.id(), stored.storedName());
		afterCommit(() -> deleteQuietly(path));
		this.audit.record("site.file.delete", "site-file:" + fileId, site.unitId(), stored.file(), null);
		logger.info("Deleted file {} of site {}", fileId, site.id());
	}

	/**
	 * A file of a site as the public reaches it: every file of a live site's library is
	 * public by its address; the caller checks that the site is live.
	 * @throws Problem (404) when the site has no such file
	 */
	@Transactional(readOnly = true)
	public StoredFile published(Site site, long fileId) {
		return this.files.find(site.id(), fileId)
			.map((stored) -> new StoredFile(stored.file(), path(site.id(), stored.storedName())))
			.filter((stored) -> Files.isRegularFile(stored.path()))
			.orElseThrow(() -> Problem.notFound("site.file.notFound", fileId));
	}

	/** The most bytes a file of the kind may have. */
	public long limit(SiteFileKind kind) {
		return this.limits.maxSize(kind);
	}

	private SiteFile accept(Actor actor, Site site, String name, InputStream in, Path folder, Path temporary)
			throws IOException {
		MessageDigest sha256 = Hashes.sha256();
		long size = receive(in, temporary, sha256);
		if (size == 0) {
			throw Problem.invalid("site.file.empty");
		}
		Detected detected = this.content.check(temporary, name, size);
		String storedName = UUID.randomUUID().toString().replace("-", "");
		Path target = folder.resolve(storedName);

		Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
		afterRollback(() -> deleteQuietly(target));
		SiteFile draft = new SiteFile(0, site.id(), detected.kind(), name, detected.mediaType(), size,
				HexFormat.of().formatHex(sha256.digest()), detected.width(), detected.height(), actor.userId(),
				this.clock.instant());
		long id = this.files.insert(draft, storedName);
		SiteFile stored = this.files.find(site.id(), id).orElseThrow().file();
		this.audit.record("site.file.upload", "site-file:" + id, site.unitId(), null, stored);
		logger.info("Stored file {} ({}, {} bytes) for site {}", id, stored.mediaType(), size, site.id());
		return stored;
	}

	/** Copies the content into the file, stopping one byte past the largest limit. */
	private long receive(InputStream in, Path file, MessageDigest digest) throws IOException {
		long max = this.limits.maxSize();
		long size = 0;
		byte[] buffer = new byte[64 * 1024];
		try (OutputStream out = Files.newOutputStream(file)) {
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				size += n;
				if (size > max) {
					throw FileContent.tooLarge(largestKind(), max);
				}
				digest.update(buffer, 0, n);
				out.write(buffer, 0, n);
			}
		}
		return size;
	}

	private SiteFileKind largestKind() {
		return (this.limits.maxSize(SiteFileKind.IMAGE) >= this.limits.maxSize(SiteFileKind.ATTACHMENT))
				? SiteFileKind.IMAGE : SiteFileKind.ATTACHMENT;
	}

	private Path path(long siteId, String storedName) {
		return this.directory.resolve(Long.toString(siteId)).resolve(storedName);
	}

	private Site scopedSite(Actor actor, long siteId) {
		return this.sites.find(siteId)
			.filter((site) -> this.scope.covers(actor, site.unitId()))
			.orElseThrow(() -> Problem.notFound("site.notFound", siteId));
	}

	private static void requireEditor(Actor actor) {
		if (actor.roles().stream().noneMatch(Role.ORGANISATION_EDITORS::contains)) {
			throw Problem.forbidden("role.missing");
		}
	}

	private static void afterCommit(Runnable action) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			action.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				action.run();
			}
		});
	}

	private static void afterRollback(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						action.run();
					}
				}
			});
		}
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException failed) {
			logger.warn("Could not delete {}: {}", path, failed.getMessage());
		}
	}

}
