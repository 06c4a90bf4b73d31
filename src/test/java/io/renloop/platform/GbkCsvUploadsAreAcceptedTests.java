package io.renloop.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Security finding "GBK CSV uploads refused": Excel on Chinese Windows saves CSV in GBK, so imports read GBK and
 * GB18030 as well as UTF-8 with or without a byte order mark, and the Chinese names arrive intact.
 */
class GbkCsvUploadsAreAcceptedTests {

	static final String CSV = "工号,姓名,部门编码,入职日期\nIMP-1,张三,IT,2026-03-01\nIMP-2,欧阳娜娜,SALES,2026-03-02\n";

	@Test
	void gbkAsExcelSavesItIsRead() throws UnreadableFileException {
		SheetTable table = CsvReader.read(CSV.getBytes(Charset.forName("GBK")));

		assertThat(table.header()).containsExactly("工号", "姓名", "部门编码", "入职日期");
		assertThat(table.rows()).extracting(row -> row.cell(1)).containsExactly("张三", "欧阳娜娜");
	}

	@Test
	void gb18030KeepsNamesOutsideGbk() throws UnreadableFileException {
		String rareName = "王\uD869\uDF00"; // a CJK Extension B character, four bytes in GB18030
		byte[] content = ("姓名\n" + rareName + "\n").getBytes(Charset.forName("GB18030"));

		assertThat(CsvReader.read(content).rows().get(0).cells()).containsExactly(rareName);
	}

	@Test
	void utf8WithAndWithoutByteOrderMarkIsRead() throws UnreadableFileException {
		for (String text : List.of(CSV, "\uFEFF" + CSV)) {
			SheetTable table = CsvReader.read(text.getBytes(StandardCharsets.UTF_8));

			assertThat(table.header().get(0)).isEqualTo("工号");
			assertThat(table.rows().get(1).cell(1)).isEqualTo("欧阳娜娜");
		}
	}

	@Test
	void bytesOfNeitherEncodingAreRefusedByName() {
		byte[] binary = { 'a', ',', (byte) 0xFF, (byte) 0xFE, (byte) 0x80, '\n' };

		assertThatThrownBy(() -> CsvReader.read(binary)).isInstanceOf(UnreadableFileException.class)
			.hasMessage("error.import.unknownEncoding");
	}
}
