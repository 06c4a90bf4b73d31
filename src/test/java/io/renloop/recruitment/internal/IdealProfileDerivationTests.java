package io.renloop.recruitment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.employee.EmployeeRecords.Certificate;
import io.renloop.employee.EmployeeRecords.Education;
import io.renloop.employee.EmployeeRecords.WorkHistory;
import io.renloop.employee.PositionHolders.Qualifications;
import io.renloop.recruitment.EducationLevel;
import io.renloop.recruitment.internal.IdealProfileDerivation.Counted;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdealProfileDerivationTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	@Test
	void expiredCertificatesDoNotCount() {
		IdealProfileDerivation derived = new IdealProfileDerivation(List.of(
				holder(5, "本科", new Certificate("注册安全工程师", null, null, TODAY.minusDays(1))),
				holder(5, "本科", new Certificate("注册安全工程师", null, null, TODAY.plusYears(1)))), TODAY);

		assertThat(derived.requiredCertificates()).containsExactly(new Counted<>("注册安全工程师", 1));
	}

	@Test
	void educationIsTheHighestLevelSeventyPercentReach() {
		IdealProfileDerivation derived = new IdealProfileDerivation(List.of(holder(1, "博士"), holder(1, "硕士研究生"),
				holder(1, "硕士"), holder(1, "本科"), holder(1, "大专")), TODAY);

		assertThat(derived.education()).contains(new Counted<>(EducationLevel.BACHELOR, 4));
	}

	@Test
	void yearsAddWorkHistoryToTenure() {
		Qualifications veteran = new Qualifications(java.util.UUID.randomUUID(), TODAY.minusYears(2), List.of(),
				List.of(new WorkHistory("山西焦煤集团", "安全员", TODAY.minusYears(10), TODAY.minusYears(4))), List.of());
		IdealProfileDerivation derived = new IdealProfileDerivation(List.of(veteran), TODAY);

		assertThat(derived.yearsOfExperience(veteran)).isEqualTo(8.0);
		assertThat(derived.medianYears()).contains(new Counted<>(8, 1));
	}

	@Test
	void noEmployeesSuggestNothing() {
		IdealProfileDerivation derived = new IdealProfileDerivation(List.of(), TODAY);

		assertThat(derived.requiredCertificates()).isEmpty();
		assertThat(derived.education()).isEmpty();
		assertThat(derived.medianYears()).isEmpty();
	}

	private static Qualifications holder(int years, String degree, Certificate... certificates) {
		return new Qualifications(java.util.UUID.randomUUID(), TODAY.minusYears(years), List.of(new Education("中国矿业大学", degree, null, null, null)),
				List.of(), List.of(certificates));
	}
}
