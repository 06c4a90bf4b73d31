package io.renloop.payroll.internal.region;

import static io.renloop.payroll.internal.region.RegionFixtures.version;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TheNewestVersionOnOrBeforeTheDayAppliesTests {

	static final LocalDate JULY_2025 = LocalDate.of(2025, 7, 1);

	static final LocalDate JANUARY_2026 = LocalDate.of(2026, 1, 1);

	static final LocalDate JULY_2026 = LocalDate.of(2026, 7, 1);

	final List<Region> builtIn = List.of(version("BJ", "北京 2025", JULY_2025), version("SH", "上海 2025", JULY_2025));

	@Test
	void theBuiltInVersionAppliesFromItsFirstDay() {
		assertThat(name("BJ", List.of(), JULY_2025)).isEqualTo("北京 2025");
	}

	@Test
	void noVersionAppliesBeforeTheFirstOneStarts() {
		assertThat(RegionHistory.inForce("BJ", builtIn, List.of(), JULY_2025.minusDays(1))).isEmpty();
	}

	@Test
	void aTenantsVersionAppliesFromItsStartAndTheBuiltInOneBefore() {
		List<Region> tenants = List.of(version("BJ", "北京 公司自定", JANUARY_2026));

		assertThat(name("BJ", tenants, JANUARY_2026.minusDays(1))).isEqualTo("北京 2025");
		assertThat(name("BJ", tenants, JANUARY_2026)).isEqualTo("北京 公司自定");
		assertThat(name("BJ", tenants, JULY_2026)).isEqualTo("北京 公司自定");
	}

	@Test
	void onTheSameStartDayTheTenantsVersionWins() {
		assertThat(name("BJ", List.of(version("BJ", "北京 煤矿", JULY_2025)), JULY_2025)).isEqualTo("北京 煤矿");
	}

	@Test
	void aLaterBuiltInVersionReplacesAnOlderTenantVersion() {
		List<Region> shipped = List.of(version("BJ", "北京 2025", JULY_2025), version("BJ", "北京 2026", JULY_2026));
		List<Region> tenants = List.of(version("BJ", "北京 公司自定", JANUARY_2026));

		assertThat(RegionHistory.inForce("BJ", shipped, tenants, JULY_2026).orElseThrow().name())
			.isEqualTo("北京 2026");
	}

	@Test
	void theTenantsOwnRegionsAreListedWithTheBuiltInOnesByCode() {
		List<Region> tenants = List.of(version("GZ", "广州", JANUARY_2026), version("BJ", "北京 公司自定", JULY_2026));

		assertThat(RegionHistory.inForce(builtIn, tenants, JANUARY_2026).values()).extracting(Region::name)
			.containsExactly("北京 2025", "广州", "上海 2025");
	}

	private String name(String code, List<Region> tenants, LocalDate day) {
		return RegionHistory.inForce(code, builtIn, tenants, day).orElseThrow().name();
	}
}
