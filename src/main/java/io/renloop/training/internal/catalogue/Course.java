package io.renloop.training.internal.catalogue;

import io.renloop.training.Catalogue.ContentKind;
import io.renloop.training.Catalogue.CourseKind;
import io.renloop.training.Catalogue.CourseView;
import io.renloop.training.internal.Language;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A course of the catalogue as stored. */
record Course(UUID id, String code, String titleZh, String titleEn, CourseKind kind, ContentKind contentKind,
		Integer contentSeconds, BigDecimal minWatchShare, String richText, String contentFile, String contentType,
		Long contentSize, BigDecimal hours, BigDecimal credits, BigDecimal cost, String provider, String tags,
		String performanceItem) {

	boolean isVideo() {
		return kind == CourseKind.ONLINE && contentKind == ContentKind.VIDEO && contentSeconds != null;
	}

	WatchRule watchRule() {
		return new WatchRule(contentSeconds, minWatchShare);
	}

	boolean costsMoney() {
		return cost.signum() > 0;
	}

	String title() {
		return Language.pick(titleZh, titleEn);
	}

	List<String> tagList() {
		return tags.isBlank() ? List.of() : Arrays.asList(tags.split(","));
	}

	CourseView view() {
		return new CourseView(id, code, title(), titleZh, titleEn, kind, contentKind, contentSeconds, minWatchShare,
				richText, contentFile != null, contentType, hours, credits, cost, provider, tagList(), performanceItem);
	}
}
