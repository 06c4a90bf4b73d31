package io.renloop.analytics.internal.attrition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A CSV saved by Excel on Chinese Windows (GBK) and one with a UTF-8 byte order mark read the same as plain UTF-8. */
class AttritionUploadsReadGbkAndByteOrderMarksTests {

	private static final String CSV = "工号,部门,司龄,加班,是否离职\n" + rows();

	@Test
	void gbkColumnsAndValuesAreRead() {
		CsvUpload upload = CsvUpload.read("人员.csv", CSV.getBytes(Charset.forName("GBK")));

		assertThat(upload.training("是否离职", "是", List.of()).set().columns()).containsExactly("工号", "部门", "司龄", "加班");
		assertThat(upload.rowsOf(List.of("部门")).get(0)[0]).isEqualTo("采矿部");
	}

	@Test
	void aByteOrderMarkIsNotPartOfTheFirstColumnName() {
		CsvUpload upload = CsvUpload.read("people.csv", ("\uFEFF" + CSV).getBytes(StandardCharsets.UTF_8));

		assertThat(upload.rowsOf(List.of("工号"))).hasSize(40);
	}

	private static String rows() {
		StringBuilder rows = new StringBuilder();
		for (int i = 0; i < 40; i++) {
			rows.append("E").append(i).append(',').append(i % 2 == 0 ? "采矿部" : "财务部").append(',').append(i % 7)
				.append(',').append(i % 3 == 0 ? "是" : "否").append(',').append(i % 4 == 0 ? "是" : "否").append('\n');
		}
		return rows.toString();
	}
}
