package org.shejian.shared.tabular;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shejian.shared.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class EncodingsTest {

	private static final Charset GBK = Charset.forName("GBK");

	@TempDir
	Path folder;

	@Test
	void detectsUtf8() throws IOException {
		Encoding encoding = Encodings.detect(file("code,name\n110101,东城区\n".getBytes(StandardCharsets.UTF_8)));

		assertThat(encoding).isEqualTo(Encoding.UTF_8);
		assertThat(encoding.bomLength()).isZero();
	}

	@Test
	void detectsUtf8WithByteOrderMark() throws IOException {
		Encoding encoding = Encodings.detect(file(withBom("code,name\n110101,东城区\n")));

		assertThat(encoding.label()).isEqualTo("UTF-8 (BOM)");
		assertThat(encoding.charset()).isEqualTo(StandardCharsets.UTF_8);
		assertThat(encoding.bomLength()).isEqualTo(3);
	}

	@Test
	void detectsGbkWhenTheChineseComesAfterAHundredThousandAsciiRows() throws IOException {
		StringBuilder text = new StringBuilder("code,name\n");
		for (int i = 0; i < 100_000; i++) {
			text.append(110101001001L + i).append(",Dongcheng\n");
		}
		text.append("110101999999,东城区和平里街道\n");

		Encoding encoding = Encodings.detect(file(text.toString().getBytes(GBK)));

		assertThat(encoding).isEqualTo(Encoding.GB18030);
	}

	@Test
	void readsACharacterSplitBetweenTwoChunksAsUtf8() throws IOException {
		byte[] ascii = "a".repeat(64 * 1024 - 1).getBytes(StandardCharsets.US_ASCII);
		byte[] chinese = "中文\n".getBytes(StandardCharsets.UTF_8);
		byte[] bytes = Arrays.copyOf(ascii, ascii.length + chinese.length);
		System.arraycopy(chinese, 0, bytes, ascii.length, chinese.length);

		assertThat(Encodings.detect(file(bytes))).isEqualTo(Encoding.UTF_8);
	}

	@Test
	void refusesUtf8WithAFewBadBytesAndNamesTheLine() throws IOException {
		byte[] bytes = "code,name\n110101,东城区\n110102,西城区\n".getBytes(StandardCharsets.UTF_8);
		bytes[bytes.length - 4] = (byte) 0xFF;

		Problem problem = refusal(bytes);

		assertThat(problem.messageKey()).isEqualTo("tabular.encoding.damagedUtf8");
		assertThat(problem.arguments()).containsExactly(3L);
	}

	@Test
	void refusesUtf8CutInsideACharacterInsteadOfReadingItAsGbk() throws IOException {
		byte[] whole = "code,name\n11,北京市".getBytes(StandardCharsets.UTF_8);

		Problem problem = refusal(Arrays.copyOf(whole, whole.length - 2));

		assertThat(problem.messageKey()).isEqualTo("tabular.encoding.damagedUtf8");
		assertThat(Encodings.looksLikeDamagedUtf8(Arrays.copyOf(whole, whole.length - 2))).isTrue();
	}

	@Test
	void refusesBadBytesAfterAByteOrderMark() throws IOException {
		byte[] bytes = withBom("code,name\n11,北京\n");
		bytes[bytes.length - 2] = (byte) 0xC0;

		assertThat(refusal(bytes).messageKey()).isEqualTo("tabular.encoding.damagedUtf8");
	}

	@Test
	void refusesBytesThatAreNeitherUtf8NorGb18030() throws IOException {
		Problem problem = refusal(new byte[] { 'c', 'o', (byte) 0xFF, (byte) 0xFF });

		assertThat(problem.messageKey()).isEqualTo("tabular.encoding.unknown");
	}

	@Test
	void doesNotTakeGbkForDamagedUtf8() {
		assertThat(Encodings.looksLikeDamagedUtf8("code,name\n11,北京市\n".getBytes(GBK))).isFalse();
	}

	@Test
	void opensTextAfterTheByteOrderMark() throws IOException {
		Path file = file(withBom("编码\n"));

		try (var reader = Encodings.detect(file).open(file)) {
			assertThat(reader.read()).isEqualTo('编');
		}
	}

	private Problem refusal(byte[] bytes) throws IOException {
		Path file = file(bytes);
		return catchThrowableOfType(Problem.class, () -> Encodings.detect(file));
	}

	private Path file(byte[] bytes) throws IOException {
		return Files.write(this.folder.resolve("table.csv"), bytes);
	}

	static byte[] withBom(String text) {
		byte[] body = text.getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[body.length + 3];
		bytes[0] = (byte) 0xEF;
		bytes[1] = (byte) 0xBB;
		bytes[2] = (byte) 0xBF;
		System.arraycopy(body, 0, bytes, 3, body.length);
		return bytes;
	}

}
