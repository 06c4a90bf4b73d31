package io.renloop.recruitment.internal;

import io.renloop.recruitment.ParsedResume;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A candidate's latest title and organization, e.g. "安全部经理 · 陕西煤业化工集团有限责任公司". */
final class Headlines {

	private Headlines() {
	}

	/** The headline of the position with the latest start (an ongoing one first), or null. */
	static String of(ParsedResume resume) {
		if (resume == null) {
			return null;
		}
		return resume.experience()
			.stream()
			.max(Comparator.comparing((ParsedResume.Experience e) -> "present".equals(e.end()))
				.thenComparing(e -> e.start() == null ? "" : e.start()))
			.map(e -> Stream.of(e.title(), e.organization())
				.filter(Objects::nonNull)
				.filter(t -> !t.isBlank())
				.collect(Collectors.joining(" · ")))
			.filter(t -> !t.isBlank())
			.orElse(null);
	}
}
