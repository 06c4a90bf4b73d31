package io.renloop.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Decides approvals through the API as a person with the task in their inbox. */
public final class Approvals {

	private Approvals() {
	}

	/** Waits for the subject's task in the login's inbox and approves it. */
	public static void approve(int port, String login, String subjectId) {
		ApiClient approver = ApiClient.as(port, login);
		JsonNode task = Eventually.await(() -> {
			for (JsonNode t : approver.get("/api/v1/approvals/inbox").json()) {
				if (t.get("subjectId").asString().equals(subjectId)) {
					return t;
				}
			}
			return null;
		});
		assertThat(task).as(login + " has " + subjectId + " in the inbox").isNotNull();
		assertThat(approver.post("/api/v1/approvals/" + task.get("taskId").asString() + "/decision",
				Map.of("outcome", "APPROVED", "comment", "ok")).status()).isEqualTo(200);
	}
}
