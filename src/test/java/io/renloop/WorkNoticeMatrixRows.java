package io.renloop;

import io.renloop.AuthorizationMatrixTests.Row;
import java.util.List;
import java.util.Map;

/**
 * The work notices' rows of {@link AuthorizationMatrixTests} (admin, hr, recruiter, manager, employee,
 * interviewer): every login reads its own notices and channels; choosing a channel none of the demo logins is linked
 * to is a 400 for each of them, so the row changes nobody's choice.
 */
final class WorkNoticeMatrixRows {

	private WorkNoticeMatrixRows() {
	}

	static List<Row> rows() {
		return List.of(new Row("GET /api/v1/me/notices", "GET", "/api/v1/me/notices", null, "2xx 2xx 2xx 2xx 2xx 2xx"),
				new Row("GET /api/v1/me/notices/channels", "GET", "/api/v1/me/notices/channels", null,
						"2xx 2xx 2xx 2xx 2xx 2xx"),
				new Row("PUT /api/v1/me/notices/channels", "PUT", "/api/v1/me/notices/channels",
						() -> Map.of("channels", List.of("DINGTALK")), "400 400 400 400 400 400"));
	}
}
