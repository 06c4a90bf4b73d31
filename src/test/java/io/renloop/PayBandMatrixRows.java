package io.renloop;

import io.renloop.AuthorizationMatrixTests.Row;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The pay band endpoints' rows of {@link AuthorizationMatrixTests} (admin, hr, recruiter, manager, employee,
 * interviewer): payroll reads them (PAYROLL_READ) and payroll administrators save them (PAYROLL_ADMIN), which of
 * these logins only the tenant admin has.
 */
final class PayBandMatrixRows {

	private PayBandMatrixRows() {
	}

	static List<Row> rows() {
		String bands = "/api/v1/payroll/pay-bands";
		return List.of(
				new Row("GET /api/v1/payroll/pay-bands", "GET", bands, null, "2xx 403 403 403 403 403"),
				new Row("PUT /api/v1/payroll/pay-bands/{positionId}", "PUT", bands + "/" + UUID.randomUUID(), () -> Map.of("effectiveFrom", "2099-01-01", "minimum", 8000, "midpoint", 10000, "maximum", 12000), "404 403 403 403 403 403"));
	}
}
