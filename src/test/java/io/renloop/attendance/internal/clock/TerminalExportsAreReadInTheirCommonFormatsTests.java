package io.renloop.attendance.internal.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.renloop.platform.InvalidFieldsException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Terminal exports (考勤机导出) come in GBK or UTF-8, with Chinese or English headers, the time in one column or in
 * date and time columns, and in several date-time formats; unreadable rows are problems of their own row; the event
 * id of a punch depends only on the employee and the second.
 */
class TerminalExportsAreReadInTheirCommonFormatsTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final Instant EIGHT_FIFTY_FIVE = Instant.parse("2026-03-02T00:55:00Z");

	@Test
	void aGbkExportWithChineseHeadersAndSeparateDateAndTime() {
		byte[] gbk = "工号,姓名,日期,时间,机器号\nSNE00002,王五,2026/3/2,8:55,3\nSNE00002,王五,2026/3/2,18:01:30,3\n"
			.getBytes(Charset.forName("GBK"));
		PunchFile file = PunchFile.read("考勤.csv", gbk, SHANGHAI);
		assertThat(file.problems()).isEmpty();
		assertThat(file.punches()).extracting(PunchFile.Punch::at)
			.containsExactly(EIGHT_FIFTY_FIVE, Instant.parse("2026-03-02T10:01:30Z"));
		assertThat(file.punches()).extracting(PunchFile.Punch::deviceId).containsOnly("3");
		assertThat(file.punches().get(0).row()).isEqualTo(2);
	}

	@Test
	void everyCommonFormatOfOneColumnMeansTheSameInstant() {
		for (String written : new String[] { "2026-03-02 08:55:00", "2026-03-02 08:55", "2026/03/02 08:55",
				"2026.3.2 8:55", "20260302085500", "2026-03-02T08:55:00", "2026-03-02T08:55:00+08:00",
				"2026-03-02T00:55:00Z" }) {
			assertThat(PunchFile.instant(written, SHANGHAI)).as(written).isEqualTo(EIGHT_FIFTY_FIVE);
		}
		assertThat(PunchFile.instant("2026-02-30 08:55", SHANGHAI)).isNull();
		assertThat(PunchFile.instant("yesterday", SHANGHAI)).isNull();
	}

	@Test
	void rowsWithoutANumberOrWithAnUnreadableTimeAreProblemsOfTheirRow() {
		byte[] csv = "employeeNo,time\n,2026-03-02 08:55\nSNE00002,soon\nSNE00002,2026-03-02 08:55\n"
			.getBytes(StandardCharsets.UTF_8);
		PunchFile file = PunchFile.read("export.csv", csv, SHANGHAI);
		assertThat(file.problems()).extracting(PunchFile.Problem::row, PunchFile.Problem::field)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "employeeNo"),
					org.assertj.core.groups.Tuple.tuple(3, "time"));
		assertThat(file.punches()).hasSize(1);
		assertThat(file.punches().get(0).deviceId()).isNull();
	}

	@Test
	void aFileWithoutATimeColumnIsRefusedAsAWhole() {
		byte[] csv = "工号,姓名\nSNE00002,王五\n".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> PunchFile.read("export.csv", csv, SHANGHAI))
			.isInstanceOfSatisfying(InvalidFieldsException.class,
					ex -> assertThat(ex.problems().get(0).field()).isEqualTo("file"));
	}

	@Test
	void theEventIdDependsOnlyOnTheEmployeeAndTheSecond() {
		assertThat(PunchFile.eventId("SNE00002", EIGHT_FIFTY_FIVE))
			.isEqualTo(PunchFile.eventId("SNE00002", PunchFile.instant("2026/3/2 8:55:00", SHANGHAI)))
			.isNotEqualTo(PunchFile.eventId("SNE00003", EIGHT_FIFTY_FIVE));
	}
}
