package io.renloop.analytics.internal.attrition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Columns named after a protected attribute, in English or Chinese, are dropped and listed; look-alikes are kept. */
class ProtectedColumnsAreNeverFeaturesTests {

	@ParameterizedTest
	@ValueSource(strings = { "Age", "age_band", "AgeGroup", "Gender", "SEX", "MaritalStatus", "Date of Birth",
			"BirthDate", "DOB", "Ethnicity", "Race", "Religion", "HealthStatus", "Disability", "性别", "年龄", "出生日期",
			"婚姻状况", "民族", "宗教信仰", "健康状况", "是否残疾" })
	void protectedNamesAreRecognised(String column) {
		assertThat(ProtectedAttributes.isProtected(column)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "AverageHours", "MonthlyWage", "Percentage", "Stage", "OverTime", "Manager", "DistanceFromHome",
			"司龄", "月薪", "加班时长", "部门", "绩效" })
	void lookAlikesAreKept(String column) {
		assertThat(ProtectedAttributes.isProtected(column)).isFalse();
	}

	@Test
	void anUploadDropsAndListsProtectedColumns() {
		String csv = HrAttritionGenerator.csv(200, true, 5).replaceFirst("Department", "婚姻状况");
		CsvUpload upload = CsvUpload.read("people.csv", csv.getBytes(StandardCharsets.UTF_8));

		CsvUpload.Training training = upload.training("Attrition", "Yes", List.of("EmployeeNumber"));

		assertThat(training.droppedProtected()).containsExactly("Age", "Gender", "MaritalStatus", "婚姻状况");
		assertThat(training.excluded()).containsExactly("EmployeeNumber");
		assertThat(training.set().columns()).doesNotContain("Age", "Gender", "MaritalStatus", "婚姻状况",
				"EmployeeNumber", "Attrition").contains("OverTime", "MonthlyIncome");
	}
}
