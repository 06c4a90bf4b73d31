package io.renloop.interview.internal;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.renloop.interview.internal.FeedbackWriter.Wording;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The wording reviewer over any OpenAI-compatible chat-completions endpoint (DeepSeek, Qwen, a local Ollama…)
 * through LangChain4j. It asks for the same items in kinder, more natural words as JSON and hands back only a
 * draft that passes {@link DraftChecks}; any failure gives no draft.
 */
@Component
class OpenAiFeedbackDrafts implements FeedbackDrafts {

	private static final Logger log = LoggerFactory.getLogger(OpenAiFeedbackDrafts.class);

	private static final String INSTRUCTIONS = """
			You edit feedback for a job candidate after a written interview. Rewrite each item in warmer, more \
			natural and encouraging words in the same language (%s). Keep every item's meaning and the dimension \
			names exactly as written; do not add facts, numbers, scores, levels or advice that is not in the item. \
			Answer with JSON only: {"strengths": [...], "improvements": [...], "jobFit": "..."} with exactly as \
			many items as given, in the same order.""";

	private final JsonMapper json;

	OpenAiFeedbackDrafts(JsonMapper json) {
		this.json = json;
	}

	@Override
	public Optional<Wording> draft(Endpoint endpoint, Request request) {
		try {
			ChatModel model = OpenAiChatModel.builder()
				.baseUrl(endpoint.baseUrl())
				.apiKey(endpoint.apiKey() == null ? "none" : endpoint.apiKey())
				.modelName(endpoint.model())
				.timeout(endpoint.timeout())
				.maxRetries(0)
				.temperature(0.3)
				.build();
			String answer = model.chat(SystemMessage.from(INSTRUCTIONS.formatted("zh".equals(request.language())
					? "Simplified Chinese" : "English")), UserMessage.from(json.writeValueAsString(input(request))))
				.aiMessage()
				.text();
			Optional<Wording> draft = parse(answer, request.wording()).filter(d -> DraftChecks.acceptable(request, d));
			if (draft.isEmpty()) {
				log.info("The feedback reviewer's draft did not pass the checks; the rule-based wording is used");
			}
			return draft;
		}
		catch (RuntimeException ex) {
			log.info("The feedback reviewer failed ({}); the rule-based wording is used", ex.getClass().getSimpleName());
			return Optional.empty();
		}
	}

	/** What the model sees: the language, the dimensions with strength or not, and the items to reword. */
	private static Map<String, Object> input(Request request) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("language", request.language());
		input.put("dimensions", request.dimensions()
			.stream()
			.map(d -> Map.of("dimension", d.dimension(), "assessment", d.strength() ? "strength" : "to improve"))
			.toList());
		input.put("strengths", request.wording().strengths());
		input.put("improvements", request.wording().improvements());
		input.put("jobFit", request.wording().jobFit());
		return input;
	}

	private Optional<Wording> parse(String answer, Wording original) {
		if (answer == null) {
			return Optional.empty();
		}
		int start = answer.indexOf('{');
		int end = answer.lastIndexOf('}');
		if (start < 0 || end < start) {
			return Optional.empty();
		}
		JsonNode node = json.readTree(answer.substring(start, end + 1));
		if (!node.path("strengths").isArray() || !node.path("improvements").isArray()
				|| !node.path("jobFit").isString()) {
			return Optional.empty();
		}
		return Optional.of(new Wording(texts(node.get("strengths")), texts(node.get("improvements")),
				node.get("jobFit").asString(), original.closing()));
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach(item -> texts.add(item.isString() ? item.asString().strip() : ""));
		return texts;
	}
}
