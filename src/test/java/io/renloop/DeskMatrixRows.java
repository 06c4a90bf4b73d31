package io.renloop;

import io.renloop.AuthorizationMatrixTests.Row;
import java.util.List;

/**
 * The desk's rows of {@link AuthorizationMatrixTests} (admin, hr, recruiter, manager, employee, interviewer): every
 * login may search; what the search finds follows the caller's permissions (tested in the desk's own tests).
 */
final class DeskMatrixRows {

	private DeskMatrixRows() {
	}

	static List<Row> rows() {
		return List.of(new Row("GET /api/v1/search", "GET", "/api/v1/search?q=%E6%9D%8E", null,
				"2xx 2xx 2xx 2xx 2xx 2xx"));
	}
}
