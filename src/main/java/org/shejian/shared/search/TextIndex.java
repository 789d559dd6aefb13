package org.shejian.shared.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.shejian.shared.Dates;
import org.shejian.shared.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A full-text index of one owner's documents (the map's entries, a site's articles):
 * Chinese-aware ({@link ChineseAnalyzer}), ranked by BM25 with the title weighing three
 * times the body and newer documents slightly favoured (equal scores go to the newer),
 * filtered by keys, with marked snippets. Counting every match of a common word would
 * cost more than finding the best ten, so totals are exact up to
 * {@value #EXACT_TOTAL_UP_TO} and a lower bound above.
 * <p>
 * <b>Storage.</b> The index is held in memory ({@link ByteBuffersDirectory}) and starts
 * empty: its owner fills it from its database at start ({@link #replaceAll}) and follows
 * its changes ({@link #upsert}, {@link #delete}). The database stays the only record, so
 * there are no index files to back up, migrate between Lucene versions, lock between
 * nodes or find stale after a crash, and each node of a cluster holds its own copy. The
 * price is memory ({@link #memoryBytes}: the stored text and its terms) and a rebuild at
 * every start; both are measured for 100,000 articles in {@code docs/benchmarks.md}.
 * Limitation: an owner with millions of long documents should not rebuild at every start
 * (lifted by a file-system directory under {@code shejian.data-dir} that survives
 * restarts, with a check against the database's change sequence).
 * <p>
 * <b>Visibility and threads.</b> Every write is visible to the next search. Searches run
 * in parallel with each other and with writes and never wait; writes run in parallel with
 * each other, and wait while {@link #replaceAll} builds the replacement, which searches
 * see only once it is complete.
 */
public final class TextIndex implements AutoCloseable {

	/** The length of a snippet, in characters. */
	public static final int SNIPPET_LENGTH = 120;

	/** The largest page of hits. */
	public static final int MAX_LIMIT = 100;

	/** How deep results may be paged ({@code offset + limit}). */
	public static final int MAX_DEPTH = 10_000;

	static final String ID = "id";

	static final String TITLE = "title";

	static final String BODY = "body";

	static final String DATE = "date";

	/**
	 * Up to how many matches the total is counted exactly; above, it is a lower bound.
	 */
	public static final int EXACT_TOTAL_UP_TO = 1_000;

	private static final Logger logger = LoggerFactory.getLogger(TextIndex.class);

	private static final Sort RANKING = new Sort(SortField.FIELD_SCORE, dateDescending(),
			new SortField(ID, SortField.Type.STRING));

	private static final Set<String> SHOWN = Set.of(ID, TITLE, BODY, DATE);

	private final String name;

	private final Clock clock;

	private final ChineseAnalyzer analyzer = new ChineseAnalyzer();

	private final ReadWriteLock rebuild = new ReentrantReadWriteLock();

	private volatile Store store;

	TextIndex(String name, Clock clock) {
		this.name = name;
		this.clock = clock;
		this.store = Store.open(this.analyzer);
	}

	/** A stand-alone index, for owners and tests outside Spring; close it after use. */
	public static TextIndex inMemory(String name, Clock clock) {
		return new TextIndex(name, clock);
	}

	public String name() {
		return this.name;
	}

	/** Adds the document, or replaces the one with its id. */
	public void upsert(TextDocument document) {
		write((writer) -> writer.updateDocument(new Term(ID, document.id()), toLucene(document)));
	}

	/** Removes the document with this id; nothing happens when there is none. */
	public void delete(String id) {
		write((writer) -> writer.deleteDocuments(new Term(ID, id)));
	}

	/** Removes every document. */
	public void deleteAll() {
		write(IndexWriter::deleteAll);
	}

	/**
	 * Replaces the whole contents with the given documents (a rebuild from the owner's
	 * database). Searches see the previous contents until the new ones are complete; if
	 * reading the documents fails, the previous contents stay.
	 * @return how many documents the index now holds
	 */
	public int replaceAll(Stream<TextDocument> documents) {
		this.rebuild.writeLock().lock();
		try {
			Store replacement = Store.open(this.analyzer);
			AtomicInteger count = new AtomicInteger();
			try {
				documents.forEach((document) -> {
					replacement.add(toLucene(document));
					count.incrementAndGet();
				});
				replacement.refresh();
			}
			catch (RuntimeException ex) {
				replacement.close();
				throw ex;
			}
			Store previous = this.store;
			this.store = replacement;
			previous.close();
			logger.info("Rebuilt text index {} with {} documents", this.name, count.get());
			return count.get();
		}
		finally {
			this.rebuild.writeLock().unlock();
		}
	}

	/** The memory held by the index's files (its flushed segments), in bytes. */
	public long memoryBytes() {
		return read((searcher) -> {
			long bytes = 0;
			ByteBuffersDirectory directory = this.store.directory;
			for (String file : directory.listAll()) {
				bytes += directory.fileLength(file);
			}
			return bytes;
		});
	}

	/** How many documents the index holds. */
	public int size() {
		return read((searcher) -> searcher.getIndexReader().numDocs());
	}

	/**
	 * Finds the documents that contain every word of the query, best first.
	 * @param query what a person typed: plain words separated by spaces (never query
	 * syntax), at most {@value TextQuery#MAX_LENGTH} characters and
	 * {@value TextQuery#MAX_WORDS} words
	 * @param filters allowed values by key name ({@code site → [s1]}, {@code scope →
	 * [110105]}): a document passes when it has one of the allowed values of every key
	 * named; an empty set of values lets nothing pass; an empty map or {@code null}
	 * filters nothing
	 * @param offset how many hits to skip, from 0
	 * @param limit how many hits to return, 1 to {@value #MAX_LIMIT};
	 * {@code offset + limit} at most {@value #MAX_DEPTH}
	 * @return the number of matching documents (exact up to {@value #EXACT_TOTAL_UP_TO},
	 * else at least that) and the requested page of them
	 * @throws Problem (400) for a query without words, too long or with too many words,
	 * or a page out of bounds
	 */
	public TextHits search(String query, Map<String, ? extends Collection<String>> filters, int offset, int limit) {
		checkPage(offset, limit);
		TextQuery parsed = TextQuery.parse(query);
		long today = LocalDate.now(this.clock.withZone(Dates.ZONE)).toEpochDay();
		Query lucene = parsed.toLucene((filters != null) ? filters : Map.of(), today);
		Set<String> marks = parsed.marks();
		return read((searcher) -> {
			TopFieldDocs top = searcher.search(lucene,
					new TopFieldCollectorManager(RANKING, offset + limit, null, EXACT_TOTAL_UP_TO));
			List<TextHit> hits = new ArrayList<>();
			for (int i = offset; i < top.scoreDocs.length; i++) {
				hits.add(hit(searcher, top.scoreDocs[i], marks));
			}
			return new TextHits(top.totalHits.value,
					top.totalHits.relation == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO, hits);
		});
	}

	private static void checkPage(int offset, int limit) {
		if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
			throw Problem.invalid("search.page.invalid", MAX_LIMIT);
		}
		if ((long) offset + limit > MAX_DEPTH) {
			throw Problem.invalid("search.page.tooDeep", MAX_DEPTH);
		}
	}

	private static TextHit hit(IndexSearcher searcher, ScoreDoc found, Set<String> marks) throws IOException {
		Document document = searcher.storedFields().document(found.doc, SHOWN);
		Number day = document.getField(DATE) != null ? document.getField(DATE).numericValue() : null;
		float score = (float) ((FieldDoc) found).fields[0];
		return new TextHit(document.get(ID), Snippets.marked(document.get(TITLE), marks),
				Snippets.passage(document.get(BODY), marks, SNIPPET_LENGTH),
				(day != null) ? LocalDate.ofEpochDay(day.longValue()) : null, score);
	}

	static String keyField(String name) {
		return "key." + name;
	}

	private static Document toLucene(TextDocument source) {
		Document document = new Document();
		document.add(new StringField(ID, source.id(), Field.Store.YES));
		document.add(new SortedDocValuesField(ID, new BytesRef(source.id())));
		document.add(new TextField(TITLE, source.title(), Field.Store.YES));
		document.add(new TextField(BODY, source.body(), Field.Store.YES));
		source.keys()
			.forEach((key, values) -> values
				.forEach((value) -> document.add(new StringField(keyField(key), value, Field.Store.NO))));
		if (source.date() != null) {
			document.add(new LongField(DATE, source.date().toEpochDay(), Field.Store.YES));
		}
		return document;
	}

	private static SortField dateDescending() {
		SortField date = new SortedNumericSortField(DATE, SortField.Type.LONG, true);
		date.setMissingValue(Long.MIN_VALUE);
		return date;
	}

	private void write(Change change) {
		// Limitation: every write reopens the searcher (a few milliseconds), which
		// suits an owner's edits but not a bulk load, hence replaceAll (lifted, should
		// owners write many documents a second, by a ControlledRealTimeReopenThread and
		// waiting for the write's generation only where the writer must see it).
		this.rebuild.readLock().lock();
		try {
			change.apply(this.store.writer);
			this.store.refresh();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write text index " + this.name, ex);
		}
		finally {
			this.rebuild.readLock().unlock();
		}
	}

	private <T> T read(Reading<T> reading) {
		while (true) {
			Store current = this.store;
			IndexSearcher searcher;
			try {
				searcher = current.searchers.acquire();
			}
			catch (AlreadyClosedException | IOException ex) {
				if (current == this.store) {
					throw new IllegalStateException("Text index " + this.name + " is closed", ex);
				}
				continue;
			}
			try {
				return reading.apply(searcher);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read text index " + this.name, ex);
			}
			finally {
				release(current, searcher);
			}
		}
	}

	private static void release(Store store, IndexSearcher searcher) {
		try {
			store.searchers.release(searcher);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.rebuild.writeLock().lock();
		try {
			this.store.close();
		}
		finally {
			this.rebuild.writeLock().unlock();
		}
	}

	private interface Change {

		void apply(IndexWriter writer) throws IOException;

	}

	private interface Reading<T> {

		T apply(IndexSearcher searcher) throws IOException;

	}

	/** A directory with its writer and the searchers that follow it. */
	private record Store(ByteBuffersDirectory directory, IndexWriter writer, SearcherManager searchers) {

		static Store open(ChineseAnalyzer analyzer) {
			try {
				ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory,
						new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
							.setRAMBufferSizeMB(64));
				return new Store(directory, writer, new SearcherManager(writer, null));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		void add(Document document) {
			try {
				this.writer.addDocument(document);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		void refresh() {
			try {
				this.searchers.maybeRefreshBlocking();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		void close() {
			try {
				this.searchers.close();
				this.writer.close();
				this.directory.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
