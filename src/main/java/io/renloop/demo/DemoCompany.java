package io.renloop.demo;

import java.util.List;

/**
 * The shape of a demo company: units with their staffing, positions grouped in job families.
 */
record DemoCompany(String tenantId, String name, String locale, String timeZone, boolean chineseNames,
		List<Family> families, Unit root) {

	record Family(String code, String name, List<Job> jobs) {
	}

	record Job(String code, String name, String grade) {
	}

	/**
	 * @param staffing position code and number of employees, the first entry heads the unit
	 * @param spare extra planned headcount per position beyond the staff
	 */
	record Unit(String code, String name, String kind, List<Staff> staffing, int spare, List<Unit> children) {
	}

	record Staff(String positionCode, int count) {
	}

	static Unit unit(String code, String name, String kind, List<Staff> staffing, Unit... children) {
		return new Unit(code, name, kind, staffing, 1, List.of(children));
	}

	static Staff staff(String positionCode, int count) {
		return new Staff(positionCode, count);
	}
}
