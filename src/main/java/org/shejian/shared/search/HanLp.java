package org.shejian.shared.search;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.logging.Level;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.io.IIOAdapter;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.utility.Predefine;

/**
 * HanLP (portable) set up in code, before its dictionaries load. By itself HanLP reads a
 * {@code hanlp.properties} from the class path, or a data root from {@code HANLP_ROOT},
 * and then reads dictionaries, and writes their caches, relative to that root or to the
 * working directory (its portable adapter falls back on plain files for anything not in
 * the jar). Its settings class still reads those two sources when it loads, but here
 * every dictionary path is then set back to the data bundled in the HanLP jar, reads come
 * only from that jar's resources and writes are refused, so the platform neither depends
 * on nor leaves files in the directory it starts in. Its console messages below warnings
 * are silenced.
 */
final class HanLp {

	static {
		configure();
	}

	private HanLp() {
	}

	/**
	 * A new standard (Viterbi) segmenter reporting offsets. A segmenter holds only its
	 * settings and the dictionaries are read-only once loaded, but each tokenizer keeps
	 * its own all the same.
	 */
	static Segment segment() {
		return new ViterbiSegment().enableOffset(true);
	}

	/** The adapter that reads HanLP's bundled data and refuses every write. */
	static final class BundledData implements IIOAdapter {

		@Override
		public InputStream open(String path) throws IOException {
			InputStream stream = HanLP.class.getResourceAsStream("/" + path);
			if (stream == null) {
				throw new FileNotFoundException("Not bundled with HanLP: " + path);
			}
			return stream;
		}

		@Override
		public OutputStream create(String path) throws IOException {
			throw new IOException("HanLP data is read-only here: " + path);
		}

	}

	/** Runs once, on first use, before any dictionary class is loaded. */
	private static void configure() {
		Predefine.logger.setLevel(Level.WARNING);
		HanLP.Config.IOAdapter = new BundledData();
		HanLP.Config.DEBUG = false;
		HanLP.Config.Normalization = false;
		HanLP.Config.ShowTermNature = false;
		HanLP.Config.CustomDictionaryAutoRefreshCache = false;
		HanLP.Config.CoreDictionaryPath = "data/dictionary/CoreNatureDictionary.mini.txt";
		HanLP.Config.CoreDictionaryTransformMatrixDictionaryPath = "data/dictionary/CoreNatureDictionary.tr.txt";
		HanLP.Config.CustomDictionaryPath = new String[] { "data/dictionary/custom/CustomDictionary.txt" };
		HanLP.Config.BiGramDictionaryPath = "data/dictionary/CoreNatureDictionary.ngram.mini.txt";
		HanLP.Config.CoreStopWordDictionaryPath = "data/dictionary/stopwords.txt";
		HanLP.Config.CoreSynonymDictionaryDictionaryPath = "data/dictionary/synonym/CoreSynonym.txt";
		HanLP.Config.PersonDictionaryPath = "data/dictionary/person/nr.txt";
		HanLP.Config.PersonDictionaryTrPath = "data/dictionary/person/nr.tr.txt";
		HanLP.Config.PlaceDictionaryPath = "data/dictionary/place/ns.txt";
		HanLP.Config.PlaceDictionaryTrPath = "data/dictionary/place/ns.tr.txt";
		HanLP.Config.OrganizationDictionaryPath = "data/dictionary/organization/nt.txt";
		HanLP.Config.OrganizationDictionaryTrPath = "data/dictionary/organization/nt.tr.txt";
		HanLP.Config.tcDictionaryRoot = "data/dictionary/tc/";
		HanLP.Config.PinyinDictionaryPath = "data/dictionary/pinyin/pinyin.txt";
		HanLP.Config.TranslatedPersonDictionaryPath = "data/dictionary/person/nrf.txt";
		HanLP.Config.JapanesePersonDictionaryPath = "data/dictionary/person/nrj.txt";
		HanLP.Config.CharTypePath = "data/dictionary/other/CharType.bin";
		HanLP.Config.CharTablePath = "data/dictionary/other/CharTable.txt";
		HanLP.Config.PartOfSpeechTagDictionary = "data/dictionary/other/TagPKU98.csv";
	}

}
