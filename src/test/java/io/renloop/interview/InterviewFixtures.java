package io.renloop.interview;

import io.renloop.support.ApiClient;
import io.renloop.support.TestUsers;

/**
 * Questions for API tests: a sample question under a fresh key, created through the API.
 */
public final class InterviewFixtures {

	private InterviewFixtures() {
	}

	/** The sample question {@code sampleKey} under a unique key, optionally with another text. */
	public static QuestionDefinition question(String sampleKey, String text) {
		QuestionDefinition q = SampleQuestions.definition(sampleKey);
		return new QuestionDefinition(TestUsers.unique("Q"), q.jobFamily(), q.dimension(), q.type(), q.language(),
				text == null ? q.text() : text, q.rubric(), q.timeLimitSeconds());
	}

	/** Creates the gas emergency question for the client's tenant and returns its id. */
	public static String createGasQuestion(ApiClient client, String text) {
		ApiClient.Response created = client.post("/api/v1/interview/questions", question("TEST-SAFETY-GAS", text));
		if (created.status() != 201) {
			throw new IllegalStateException(created.status() + " " + created.body());
		}
		return created.json().get("id").asString();
	}
}
