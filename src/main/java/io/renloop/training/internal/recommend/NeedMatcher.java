package io.renloop.training.internal.recommend;

import io.renloop.platform.SentenceEmbeddings;
import io.renloop.training.Catalogue.CourseView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Finds the courses that cover a need: by tag first (a tag equal to, or contained in, the topic, or the need's exact
 * tag), then by meaning — the sentence embeddings of the topic and of the course's Chinese title and tags — keeping
 * the closest few above a similarity threshold.
 */
@Component
class NeedMatcher {

	/** bge-small-zh puts unrelated short Chinese phrases around 0.4–0.6 and paraphrases above 0.75. */
	static final double SIMILAR = 0.72;

	static final int BY_MEANING = 2;

	private static final int CACHE_LIMIT = 20_000;

	private final SentenceEmbeddings embeddings;

	private final Map<String, float[]> vectors = new ConcurrentHashMap<>();

	NeedMatcher(SentenceEmbeddings embeddings) {
		this.embeddings = embeddings;
	}

	List<CourseView> covering(Need need, List<CourseView> courses) {
		List<CourseView> byTag = courses.stream().filter(c -> tagged(need, c)).toList();
		if (!byTag.isEmpty()) {
			return byTag;
		}
		float[] topic = vector(need.topic());
		record Scored(CourseView course, double similarity) {
		}
		List<Scored> scored = new ArrayList<>();
		for (CourseView course : courses) {
			double similarity = SentenceEmbeddings.similarity(topic, vector(courseText(course)));
			if (similarity >= SIMILAR) {
				scored.add(new Scored(course, similarity));
			}
		}
		return scored.stream()
			.sorted(Comparator.comparingDouble(Scored::similarity).reversed())
			.limit(BY_MEANING)
			.map(Scored::course)
			.toList();
	}

	static boolean tagged(Need need, CourseView course) {
		String topic = need.topic().toLowerCase(Locale.ROOT);
		for (String tag : course.tags()) {
			String t = tag.toLowerCase(Locale.ROOT);
			if (need.tag() != null && t.equals(need.tag().toLowerCase(Locale.ROOT))) {
				return true;
			}
			if (t.length() >= 2 && (topic.equals(t) || topic.contains(t))) {
				return true;
			}
		}
		return false;
	}

	private static String courseText(CourseView course) {
		return course.titleZh() + " " + String.join(" ", course.tags());
	}

	private float[] vector(String text) {
		if (vectors.size() > CACHE_LIMIT) {
			vectors.clear();
		}
		return vectors.computeIfAbsent(text, t -> embeddings.embed(t, Locale.CHINESE));
	}
}
